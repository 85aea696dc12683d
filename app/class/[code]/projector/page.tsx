import type { Metadata } from 'next';
import { resultsContextFromCase } from '@/lib/teaching/results-view';
import { ProjectorView } from '@/components/class/projector-view';
import { QrCode } from '@/components/class/qr-code';
import { NotFoundMessage } from '@/components/ui/not-found-message';
import { findClassPage } from '../../find-session';

type Props = { params: Promise<{ code: string }> };

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Projector' };

/** The projector view of one class session (the host's device). */
export default async function ProjectorPage({ params }: Props) {
  const found = await findClassPage((await params).code);
  if (!found) {
    return (
      <NotFoundMessage
        title="No such class session"
        body="There is no class session with this code: it may have been deleted."
      />
    );
  }
  const { code, c, joinUrl } = found;
  return (
    <ProjectorView
      code={code}
      joinUrl={joinUrl}
      title={c.meta.title}
      qr={
        <QrCode text={joinUrl} label={`QR code of the join link ${joinUrl}`} className="w-full" />
      }
      ctx={resultsContextFromCase(c)}
    />
  );
}
