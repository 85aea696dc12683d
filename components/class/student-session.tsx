'use client';

import { useEffect, useId, useState, type ReactNode } from 'react';
import Link from 'next/link';
import {
  classApi,
  classPages,
  JUSTIFICATION_MAX,
  type JoinResponse,
  type OwnSubmission,
  type SubmissionBody,
} from '@/lib/class/contract';
import { scoreMatrix } from '@/lib/explorer/analysis';
import { selectDisputeCount, selectMatrix, selectStance } from '@/lib/explorer/store';
import { formatPoints } from '@/lib/explorer/format';
import type { ExplorerModel } from '@/lib/explorer/model';
import { stancePoints, type Stance } from '@/lib/stance/schema';
import type { ResultsContext } from '@/lib/teaching/results-view';
import type { SwingScale } from '@/components/explorer/elicitation/types';
import { DisputesSummary } from '@/components/explorer/disputes';
import { WeightsPanel } from '@/components/explorer/weights-panel';
import {
  useCaseModel,
  useExplorer,
  useExplorerStoreApi,
  useOptionLabel,
  useRanking,
} from '@/components/explorer/use-explorer';
import { callApi } from './api-client';
import { ClassResultsView } from './class-results';
import { ClassStoreProvider } from './class-store-provider';
import { useClassLive } from './use-class-live';

/** Whether two stances say the same thing (key order aside, as JSON from the server may differ). */
function sameStance(a: Stance, b: Stance): boolean {
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([k, x]) => [k, canonical(x)]),
        )
      : Array.isArray(v)
        ? v.map(canonical)
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

const primary = 'h-11 rounded-md bg-accent px-5 font-semibold text-accent-ink disabled:opacity-60';

/**
 * A student's class page: join, the case in brief, the weight sliders, role and justification,
 * submit and revise, and the class results once revealed.
 */
export function StudentSession(props: {
  code: string;
  model: ExplorerModel;
  ctx: ResultsContext;
  brief: ReactNode;
  /** The case's score matrix (server-rendered), whose cells let the student dispute a score. */
  matrix: ReactNode;
  notes: Readonly<Record<string, ReactNode>>;
  /** Each criterion's words for 0 and 10, for the swing method. */
  scales?: Readonly<Record<string, SwingScale>>;
}) {
  return (
    <ClassStoreProvider model={props.model}>
      <StudentPage {...props} />
    </ClassStoreProvider>
  );
}

type Joined =
  | { status: 'joining' }
  | { status: 'failed'; message: string }
  | { status: 'joined'; response: JoinResponse };

function StudentPage({
  code,
  ctx,
  brief,
  matrix,
  notes,
  scales,
}: {
  code: string;
  ctx: ResultsContext;
  brief: ReactNode;
  matrix: ReactNode;
  notes: Readonly<Record<string, ReactNode>>;
  scales?: Readonly<Record<string, SwingScale>>;
}) {
  const store = useExplorerStoreApi();
  const [joined, setJoined] = useState<Joined>({ status: 'joining' });
  const [submission, setSubmission] = useState<OwnSubmission | null>(null);
  const [role, setRole] = useState('');
  const [justification, setJustification] = useState('');
  const live = useClassLive(code, { host: false });

  useEffect(() => {
    let stopped = false;
    void callApi<JoinResponse>(classApi.join(code), { method: 'POST' }).then((res) => {
      if (stopped) return;
      if (!res.ok) {
        setJoined({ status: 'failed', message: res.message });
        return;
      }
      setJoined({ status: 'joined', response: res.data });
      const own = res.data.submission;
      if (own) {
        // Back on the page after a reload: the student's own submission, as they left it.
        store.getState().restoreStance(own.stance);
        setSubmission(own);
        setRole(own.role ?? '');
        setJustification(own.justification);
      }
    });
    return () => {
      stopped = true;
    };
  }, [code, store]);

  if (joined.status === 'failed') {
    return (
      <div className="space-y-3">
        <p role="alert" className="text-lg text-bad">
          {joined.message}
        </p>
        <p>
          <Link href={classPages.join()} className="font-medium text-accent underline">
            Try another code
          </Link>
        </p>
      </div>
    );
  }

  const session = live.session ?? (joined.status === 'joined' ? joined.response.session : null);
  const state = session?.state;

  return (
    <div className="space-y-10">
      <CompactRanking />
      {brief}
      <section aria-labelledby="submit-heading" className="space-y-6">
        <h2 id="submit-heading" className="text-2xl font-semibold">
          Your weighting
        </h2>
        <div className="max-w-2xl">
          <WeightsPanel notes={notes} scales={scales} />
        </div>
        <ScoreDisputes matrix={matrix} />
        <SubmitForm
          code={code}
          ctx={ctx}
          rolesOffered={session?.settings.rolesOffered ?? false}
          locked={state === 'locked' || state === 'revealed'}
          ready={joined.status === 'joined'}
          submission={submission}
          onSubmitted={setSubmission}
          role={role}
          setRole={setRole}
          justification={justification}
          setJustification={setJustification}
        />
      </section>
      <section aria-labelledby="class-results-heading" className="space-y-4">
        <h2 id="class-results-heading" className="text-2xl font-semibold">
          The class&apos;s results
        </h2>
        {state === 'revealed' && live.results ? (
          <ClassResultsView results={live.results} ctx={ctx} />
        ) : (
          <p>
            The class&apos;s results appear here when your teacher reveals them
            {session ? ` (${session.counts.submitted} submitted so far).` : '.'}
          </p>
        )}
      </section>
    </div>
  );
}

function SubmitForm({
  code,
  ctx,
  rolesOffered,
  locked,
  ready,
  submission,
  onSubmitted,
  role,
  setRole,
  justification,
  setJustification,
}: {
  code: string;
  ctx: ResultsContext;
  rolesOffered: boolean;
  locked: boolean;
  ready: boolean;
  submission: OwnSubmission | null;
  onSubmitted: (s: OwnSubmission) => void;
  role: string;
  setRole: (r: string) => void;
  justification: string;
  setJustification: (j: string) => void;
}) {
  const stance = useExplorer(selectStance);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const changed =
    submission !== null &&
    (!sameStance(submission.stance, stance) ||
      (submission.role ?? '') !== role ||
      submission.justification !== justification);

  const submit = async () => {
    setBusy(true);
    setError(null);
    const body: SubmissionBody = {
      stance,
      role: rolesOffered && role ? role : null,
      justification: justification.trim(),
    };
    const res = await callApi<OwnSubmission>(classApi.submission(code), {
      method: 'PUT',
      body: JSON.stringify(body),
    });
    setBusy(false);
    if (res.ok) {
      onSubmitted(res.data);
      setJustification(res.data.justification);
    } else {
      setError(`Not submitted: ${res.message}`);
    }
  };

  return (
    <form
      className="max-w-2xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {rolesOffered && (
        <div>
          <label htmlFor={`${id}-role`} className="block font-medium">
            Your role
          </label>
          <p id={`${id}-role-help`} className="text-sm text-muted">
            Argue as one of the case&apos;s stakeholders, if your teacher asks you to.
          </p>
          <select
            id={`${id}-role`}
            value={role}
            aria-describedby={`${id}-role-help`}
            onChange={(e) => setRole(e.currentTarget.value)}
            className="mt-1 h-11 w-full rounded-md border border-line bg-canvas px-2 text-ink"
          >
            <option value="">No role</option>
            {ctx.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-why`} className="block font-medium">
          Why? (optional)
        </label>
        <p id={`${id}-why-help`} className="text-sm text-muted">
          One or two sentences for the discussion, at most {JUSTIFICATION_MAX} characters.
          Don&apos;t write your name.
        </p>
        <textarea
          id={`${id}-why`}
          value={justification}
          maxLength={JUSTIFICATION_MAX}
          rows={3}
          aria-describedby={`${id}-why-help ${id}-why-count`}
          onChange={(e) => setJustification(e.currentTarget.value)}
          className="mt-1 w-full rounded-md border border-line bg-canvas p-2 text-ink"
        />
        <p id={`${id}-why-count`} className="text-right text-sm text-muted tabular-nums">
          {justification.length}/{JUSTIFICATION_MAX}
        </p>
      </div>
      {locked && (
        <p className="rounded-md border-2 border-warn px-3 py-2">
          Submissions are locked: your teacher has closed this session.
          {submission ? ' Your last submitted weights count.' : ''}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={primary} disabled={busy || !ready}>
          Submit my weights
        </button>
        <p role="status" className="font-semibold">
          {submission &&
            (changed
              ? 'You have changed your answer since submitting: submit again to update it.'
              : 'Submitted')}
        </p>
      </div>
      {error && (
        <p role="alert" className="text-bad">
          {error}
        </p>
      )}
      {submission && <SubmittedRanking stance={submission.stance} />}
    </form>
  );
}

/**
 * The case's scores, folded away after the sliders: a student who disagrees with a score opens
 * it and uses their own, which their ranking and submission then carry. The summary of what
 * their scores change stays outside, so it is seen while the matrix is closed.
 */
function ScoreDisputes({ matrix }: { matrix: ReactNode }) {
  const count = useExplorer(selectDisputeCount);
  return (
    <div className="max-w-3xl space-y-3">
      {/* Boxed from `sm` up only: on a phone the matrix needs the page's full width. */}
      <details className="border-y border-line py-2 sm:rounded-lg sm:border sm:px-4">
        <summary className="min-h-11 cursor-pointer content-center font-medium">
          Disagree with a score? (optional)
          {count > 0 && (
            <span className="font-normal text-muted">
              {' '}
              · {count === 1 ? 'one of your own scores' : `${count} of your own scores`}
            </span>
          )}
        </summary>
        <div className="space-y-3 py-2">
          <p className="text-sm text-muted">
            How each option scores on each criterion, 0–10. Open a score for its rationale and
            evidence, and use your own score if you disagree: your ranking and your submission then
            use it.
          </p>
          {matrix}
        </div>
      </details>
      <DisputesSummary />
    </div>
  );
}

/** The ranking the student's submitted stance gives (their own disputed scores included). */
function SubmittedRanking({ stance }: { stance: Stance }) {
  const model = useCaseModel();
  const labelOf = useOptionLabel();
  const matrix = selectMatrix({ model, disputes: stance.disputes ?? {} });
  const ranking = scoreMatrix(
    matrix,
    stancePoints(
      stance,
      model.criteria.map((k) => k.id),
    ),
  ).ranking;
  return (
    <div className="space-y-1">
      <h3 className="font-semibold">Your submitted ranking</h3>
      <ol aria-label="Your submitted ranking" className="space-y-0.5">
        {ranking.map((r) => (
          <li key={r.option} className="tabular-nums">
            {r.rank}. {labelOf(r.option)} ({formatPoints(r.total)})
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A one-line live ranking that stays in view while the sliders move; not printed. */
function CompactRanking() {
  const ranking = useRanking();
  const labelOf = useOptionLabel();
  return (
    <aside
      aria-label="Live ranking"
      className="sticky top-0 z-10 -mx-4 border-b border-line bg-canvas px-4 py-2 text-sm print:hidden"
    >
      <ol aria-label="Your ranking as you set it" className="flex flex-wrap gap-x-4">
        {ranking.map((r) => (
          <li key={r.option} className="tabular-nums">
            {r.rank}. {labelOf(r.option)}{' '}
            <span className="text-muted">{formatPoints(r.total)}</span>
          </li>
        ))}
      </ol>
    </aside>
  );
}
