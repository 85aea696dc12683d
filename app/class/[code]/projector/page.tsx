import type { Metadata } from 'next';
import { getCase } from '@/content';
import { classPages, normaliseJoinCode } from '@/lib/class/contract';
import { resultsContextFromCase } from '@/lib/teaching/results-view';
import { ProjectorView } from '@/components/class/projector-view';
import { QrCode } from '@/components/class/qr-code';
import { NotFoundMessage } from '@/components/ui/not-found-message';
import { findSession, studentOrigin } from '../../find-session';

type Props = { params: Promise<{ code: string }> };

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Projector' };

/** The projector view of one class session (the host's device). */
export default async function ProjectorPage({ params }: Props) {
  const code = normaliseJoinCode(decodeURIComponent((await params).code));
  const session = code ? await findSession(code) : null;
  const c = session ? getCase(session.caseId) : undefined;
  if (!code || !session || !c) {
    return (
      <NotFoundMessage
        title="No such class session"
        body="There is no class session with this code: it may have been deleted."
      />
    );
  }
  const { origin } = await studentOrigin();
  const joinUrl = `${origin}${classPages.joinCode(code)}`;
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
