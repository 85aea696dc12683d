'use client';

import { useId, useState, type ReactNode } from 'react';
import { formatScore } from '@/lib/explorer/format';
import { describeDisputes } from '@/lib/explorer/ranking';
import { selectCaseRanking, selectDisputeCount, selectRanking } from '@/lib/explorer/store';
import { scoreShade } from './palette';
import { useDisputes, useExplorer, useExplorerStoreApi, useOptionLabel } from './use-explorer';

const MIN = 0;
const MAX = 10;

/** The reader's own score for a cell, or undefined. */
function useDisputed(optionId: string, criterionId: string): number | undefined {
  return useDisputes()[optionId]?.[criterionId];
}

/**
 * The mark on a score the reader set themselves, wherever it appears: a pencil, with words for
 * screen readers, and shown in print too.
 */
export function YourScoreMark({ caseScore }: { caseScore?: number }) {
  return (
    <>
      <span aria-hidden="true" className="ml-0.5 text-xs">
        ✎
      </span>
      <span className="sr-only">
        {' '}
        (your score{caseScore === undefined ? '' : `; the case says ${formatScore(caseScore)}`})
      </span>
    </>
  );
}

/** A score that shows the reader's own when they disputed it, with the mark. */
export function ScoreValue({
  optionId,
  criterionId,
  caseScore,
}: {
  optionId: string;
  criterionId: string;
  caseScore: number;
}) {
  const mine = useDisputed(optionId, criterionId);
  if (mine === undefined) return <>{formatScore(caseScore)}</>;
  return (
    <>
      {formatScore(mine)}
      <YourScoreMark caseScore={caseScore} />
    </>
  );
}

/**
 * A heatmap cell of the score matrix: the case's score, or the reader's own in its shade with
 * a dashed outline and the mark. `children` is the server-rendered cell content (the button
 * that opens the assessment), given the score to show.
 */
export function MatrixCell({
  optionId,
  criterionId,
  caseScore,
  children,
}: {
  optionId: string;
  criterionId: string;
  caseScore: number;
  children: ReactNode;
}) {
  const mine = useDisputed(optionId, criterionId);
  const disputed = mine !== undefined;
  return (
    <td
      className={`rounded-sm p-0 ${scoreShade(mine ?? caseScore)} ${disputed ? 'outline-2 -outline-offset-2 outline-ink outline-dashed' : ''}`}
      data-disputed={disputed || undefined}
    >
      {children}
    </td>
  );
}

/**
 * "Use my own score" for one assessment: a button that opens a 0–10 field named after the
 * option, the criterion and "your score", with the case's score and range beside it, and a
 * button back to the case's score. A score equal to the case's is not kept as a dispute.
 */
export function DisputeControl({
  optionId,
  optionLabel,
  criterionId,
  criterionLabel,
  caseScore,
  range,
}: {
  optionId: string;
  /** The option's short label. */
  optionLabel: string;
  criterionId: string;
  criterionLabel: string;
  caseScore: number;
  range: readonly [number, number];
}) {
  const mine = useDisputed(optionId, criterionId);
  const { setDispute } = useExplorerStoreApi().getState();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const [low, high] = range;

  if (!open && mine === undefined) {
    return (
      <p className="print:hidden">
        <button
          type="button"
          onClick={() => setOpen(true)}
          className="min-h-11 rounded-md border border-line px-3 font-medium hover:bg-surface-2"
        >
          Use my own score
          <span className="sr-only">
            {' '}
            for {optionLabel} on {criterionLabel}
          </span>
        </button>
      </p>
    );
  }

  const commit = (text: string) => {
    setDraft(text);
    if (text.trim() === '') return;
    const n = Number(text);
    if (!Number.isFinite(n) || n < MIN || n > MAX) return;
    setDispute(optionId, criterionId, n === caseScore ? null : n);
  };

  return (
    <div className="space-y-2 rounded-md border border-dashed border-ink/50 p-3">
      <div className="flex flex-wrap items-center gap-3">
        <label htmlFor={id} className="font-medium">
          Your score
        </label>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={MIN}
          max={MAX}
          step={0.5}
          aria-label={`${optionLabel} on ${criterionLabel}: your score`}
          aria-describedby={`${id}-case`}
          value={draft ?? formatScore(mine ?? caseScore)}
          onChange={(e) => commit(e.currentTarget.value)}
          onBlur={() => setDraft(null)}
          className="h-11 w-20 rounded-md border border-line bg-canvas px-2 text-right text-ink tabular-nums"
        />
        <span id={`${id}-case`} className="text-sm text-muted">
          The case says {formatScore(caseScore)}
          {low !== high && (
            <>
              {' '}
              (plausible range {formatScore(low)}–{formatScore(high)})
            </>
          )}
          .
        </span>
      </div>
      <button
        type="button"
        onClick={() => {
          setDispute(optionId, criterionId, null);
          setDraft(null);
          setOpen(false);
        }}
        className="min-h-11 rounded-md border border-line px-3 text-sm font-medium hover:bg-surface-2 print:hidden"
      >
        Use the case&apos;s score
        <span className="sr-only">
          {' '}
          for {optionLabel} on {criterionLabel}
        </span>
      </button>
    </div>
  );
}

/**
 * The one-line summary of what the reader's own scores change, with "Reset all my scores".
 * Renders an empty live region when there are none, so the first dispute is announced.
 */
export function DisputesSummary() {
  // Without disputes (the usual case) nothing here depends on the weights: a slider press
  // re-renders it only when the reader has scores of their own.
  const count = useExplorer(selectDisputeCount);
  return (
    <div role="status" aria-live="polite">
      {count > 0 && <DisputesSentence count={count} />}
    </div>
  );
}

function DisputesSentence({ count }: { count: number }) {
  const caseRanking = useExplorer(selectCaseRanking);
  const ranking = useExplorer(selectRanking);
  const resetDisputes = useExplorer((s) => s.resetDisputes);
  const labelOf = useOptionLabel();
  const sentence = describeDisputes(count, caseRanking, ranking, labelOf);
  return (
    <>
      {sentence && (
        <div className="space-y-2 rounded-lg border border-dashed border-ink/50 bg-surface p-3">
          <p>
            <span aria-hidden="true">✎ </span>
            {sentence}
          </p>
          <button
            type="button"
            onClick={resetDisputes}
            className="min-h-11 rounded-md border border-line px-3 text-sm font-medium hover:bg-surface-2 print:hidden"
          >
            Reset all my scores
          </button>
        </div>
      )}
    </>
  );
}

/** How many of an option's scores are the reader's own, as a short note (nothing when none). */
export function OptionDisputesNote({ optionId }: { optionId: string }) {
  const n = Object.keys(useDisputes()[optionId] ?? {}).length;
  if (n === 0) return null;
  return (
    <p className="text-sm">
      <span aria-hidden="true">✎ </span>
      Uses {n === 1 ? 'one of your own scores' : `${n} of your own scores`}.
    </p>
  );
}

/** An assessment's score badge on an option page: the reader's own score when they set one. */
export function AssessmentScore({
  optionId,
  criterionId,
  caseScore,
}: {
  optionId: string;
  criterionId: string;
  caseScore: number;
}) {
  const mine = useDisputed(optionId, criterionId);
  return (
    <p
      className={`shrink-0 rounded-md px-3 py-1 text-lg font-bold tabular-nums ${scoreShade(mine ?? caseScore)} ${mine === undefined ? '' : 'outline-2 -outline-offset-2 outline-ink outline-dashed'}`}
    >
      <ScoreValue optionId={optionId} criterionId={criterionId} caseScore={caseScore} />
      <span className="text-sm font-normal"> / 10</span>
    </p>
  );
}
