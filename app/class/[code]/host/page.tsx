import type { Metadata } from 'next';
import { resultsContextFromCase } from '@/lib/teaching/results-view';
import { HostConsole } from '@/components/class/host-console';
import { QrCode } from '@/components/class/qr-code';
import { NotFoundMessage } from '@/components/ui/not-found-message';
import { findClassPage } from '../../find-session';

type Props = { params: Promise<{ code: string }> };

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Host a class session' };

/** The host's page for one class session. */
export default async function HostPage({ params }: Props) {
  const found = await findClassPage((await params).code);
  if (!found) {
    return (
      <NotFoundMessage
        title="No such class session"
        body="There is no class session with this code: it may have been deleted, or purged after 30 days without use."
      />
    );
  }
  const { code, c, origin, local, joinUrl } = found;
  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          Class session · host
        </p>
        <h1 className="text-3xl font-bold text-balance">{c.meta.title}</h1>
      </header>
      <HostConsole
        code={code}
        joinUrl={joinUrl}
        origin={origin}
        localWarning={local}
        qr={
          <QrCode text={joinUrl} label={`QR code of the join link ${joinUrl}`} className="w-full" />
        }
        ctx={resultsContextFromCase(c)}
      />
    </div>
  );
}
