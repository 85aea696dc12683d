import type { Metadata } from 'next';
import { getCase } from '@/content';
import { normaliseJoinCode } from '@/lib/class/contract';
import { modelFromCase, swingScalesOf } from '@/lib/explorer/model';
import { resultsContextFromCase } from '@/lib/teaching/results-view';
import { CaseBrief } from '@/components/class/case-brief';
import { JoinForm } from '@/components/class/join-form';
import { StudentSession } from '@/components/class/student-session';
import { CriterionNote } from '@/components/explorer/criterion-note';
import { ScoreMatrix } from '@/components/explorer/score-matrix';
import { findSession } from '../../class/find-session';

type Props = { params: Promise<{ code: string }> };

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Class session' };

function NoSession({ message }: { message: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-6 py-8">
      <h1 className="text-3xl font-bold">Join a class session</h1>
      <p role="alert" className="text-lg text-bad">
        {message}
      </p>
      <JoinForm />
    </div>
  );
}

/** A student's page for one class session. */
export default async function StudentPage({ params }: Props) {
  const raw = decodeURIComponent((await params).code);
  const code = normaliseJoinCode(raw);
  if (!code) {
    return (
      <NoSession message="That is not a class code: a code has 6 letters and digits, as shown on your teacher's screen." />
    );
  }
  const session = await findSession(code);
  const c = session ? getCase(session.caseId) : undefined;
  if (!session || !c) {
    return (
      <NoSession
        message={`No class session has the code ${code}. Check it with your teacher: it may have been deleted.`}
      />
    );
  }
  const notes = Object.fromEntries(
    c.criteria.map((k) => [k.id, <CriterionNote key={k.id} criterion={k} />]),
  );
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase">
          Class session {code}
        </p>
        <h1 className="text-3xl font-bold text-balance">{c.meta.title}</h1>
      </header>
      <StudentSession
        code={code}
        model={modelFromCase(c)}
        ctx={resultsContextFromCase(c)}
        brief={<CaseBrief c={c} />}
        matrix={<ScoreMatrix c={c} />}
        notes={notes}
        scales={swingScalesOf(c)}
      />
    </div>
  );
}
