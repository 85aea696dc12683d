'use client';

import { useId } from 'react';
import {
  CR_ACCEPTABLE,
  pairwiseProblems,
  pairwiseWeights,
  saatyRatio,
  type PairwiseResult,
} from '@/lib/decision/elicitation';
import type { PairwiseJudgement } from '@/lib/stance/schema';
import {
  consistencySentence,
  inconsistencySentence,
  judgementSentence,
  saatyWords,
} from '@/lib/words/elicitation';
import { pairsOf } from './defaults';
import type { MethodCriterion, MethodProps, PairwiseElicitation } from './types';
import { ApplyButton, WeightsPreview } from './weights-preview';

/** The reader's judgement of a pair, in either orientation, or undefined when skipped. */
function findJudgement(
  judgements: readonly PairwiseJudgement[],
  a: string,
  b: string,
): PairwiseJudgement | undefined {
  const direct = judgements.find((j) => j.a === a && j.b === b);
  if (direct) return direct;
  const flipped = judgements.find((j) => j.a === b && j.b === a);
  if (!flipped) return undefined;
  const more = flipped.more === 'a' ? 'b' : flipped.more === 'b' ? 'a' : 'equal';
  return { a, b, more, value: flipped.value };
}

/** The pairwise result for the judgements, or null with the reason when there is none. */
export function evaluatePairwise(
  criteria: readonly MethodCriterion[],
  judgements: readonly PairwiseJudgement[],
):
  | { result: PairwiseResult; weights: Record<string, number> }
  | { result: null; unlinked: string[][] } {
  const ids = criteria.map((k) => k.id);
  const ratios = judgements.map((j) => ({ a: j.a, b: j.b, ratio: saatyRatio(j) }));
  const problems = pairwiseProblems(ids, ratios);
  const disconnected = problems.find((p) => p.kind === 'disconnected');
  if (problems.length > 0) return { result: null, unlinked: disconnected?.groups ?? [] };
  const result = pairwiseWeights(ids, ratios);
  return {
    result,
    weights: Object.fromEntries(ids.map((id, k) => [id, result.weights[k] ?? 0])),
  };
}

/** For each pair, which matters more and by how much (Saaty 1–9); weights by AHP. */
export function PairwiseMethod({
  criteria,
  value,
  onChange,
  onApply,
}: MethodProps<PairwiseElicitation>) {
  const labels = new Map(criteria.map((k) => [k.id, k.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const pairs = pairsOf(criteria);
  const evaluated = evaluatePairwise(criteria, value.judgements);

  const setPair = (a: string, b: string, j: PairwiseJudgement | null) => {
    const rest = value.judgements.filter(
      (x) => !((x.a === a && x.b === b) || (x.a === b && x.b === a)),
    );
    const next = j ? [...rest, j] : rest;
    // Keep the case's pair order so the stance reads the same however it was edited.
    const at = (x: PairwiseJudgement) =>
      pairs.findIndex(([p, q]) => (p === x.a && q === x.b) || (p === x.b && q === x.a));
    onChange({ method: 'pairwise', judgements: next.sort((x, y) => at(x) - at(y)) });
  };

  const worst =
    evaluated.result && evaluated.result.cr !== null && evaluated.result.cr > CR_ACCEPTABLE
      ? evaluated.result.inconsistencies.slice(0, 3)
      : [];

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        For each pair, say which criterion matters more to you and by how much. Skip a pair you
        cannot judge: the others fill the gap, as long as every criterion is still compared with the
        rest through some chain of pairs.
      </p>
      <ol aria-label="Pairs to compare" className="space-y-2">
        {pairs.map(([a, b]) => (
          <PairRow
            key={`${a}:${b}`}
            a={a}
            b={b}
            labelOf={labelOf}
            judgement={findJudgement(value.judgements, a, b)}
            onChange={(j) => setPair(a, b, j)}
          />
        ))}
      </ol>

      {evaluated.result === null ? (
        <p role="alert" className="rounded-md border border-warn p-3 text-sm">
          Too many pairs skipped: {unlinkedSentence(evaluated.unlinked, labelOf)} Compare at least
          one pair that links them.
        </p>
      ) : (
        <div className="space-y-3">
          <p
            className={`text-sm ${worst.length > 0 ? 'rounded-md border border-warn p-3' : ''}`}
            data-testid="consistency"
          >
            {consistencySentence(evaluated.result.cr, evaluated.result.ci)}
          </p>
          {worst.length > 0 && (
            <ul aria-label="Judgements to reconsider" className="space-y-2 text-sm">
              {worst.map((x) => (
                <li key={`${x.a}:${x.b}`} className="space-y-1">
                  <p>{inconsistencySentence(x, labelOf)}</p>
                  <button
                    type="button"
                    aria-label={`Use the suggestion: ${labelOf(x.a)} or ${labelOf(x.b)}`}
                    onClick={() => setPair(x.a, x.b, { a: x.a, b: x.b, ...x.suggestion })}
                    className="min-h-11 rounded-md border border-line px-3 text-sm hover:bg-surface-2 lg:min-h-8"
                  >
                    Use the suggestion
                  </button>
                </li>
              ))}
            </ul>
          )}
          <WeightsPreview
            label="Weights from your comparisons"
            criteria={criteria}
            weights={evaluated.weights}
          />
        </div>
      )}
      <ApplyButton
        disabled={evaluated.result === null}
        onClick={() => {
          if (evaluated.result) onApply(evaluated.weights, value);
        }}
      />
    </div>
  );
}

function unlinkedSentence(groups: readonly string[][], labelOf: (id: string) => string): string {
  const names = groups.map((g) => g.map(labelOf).join(', '));
  return `${names.join(' and ')} are not compared with each other, directly or through other pairs.`;
}

const VALUES = [2, 3, 4, 5, 6, 7, 8, 9];

function PairRow({
  a,
  b,
  labelOf,
  judgement,
  onChange,
}: {
  a: string;
  b: string;
  labelOf: (id: string) => string;
  judgement: PairwiseJudgement | undefined;
  onChange: (j: PairwiseJudgement | null) => void;
}) {
  const id = useId();
  const skipped = judgement === undefined;
  const more = judgement?.more ?? 'equal';
  const value = judgement && judgement.more !== 'equal' ? judgement.value : 3;
  const set = (m: PairwiseJudgement['more'], v: number) =>
    onChange(m === 'equal' ? { a, b, more: 'equal', value: 1 } : { a, b, more: m, value: v });

  return (
    <li>
      <fieldset className="rounded-lg border border-line bg-surface px-3 py-2">
        <legend className="px-1 text-sm font-semibold">
          {labelOf(a)} or {labelOf(b)}?
        </legend>
        <div className={`space-y-1 ${skipped ? 'opacity-60' : ''}`}>
          <div
            className="flex flex-col gap-0.5 text-sm"
            role="radiogroup"
            aria-label="Which matters more"
          >
            {(['a', 'equal', 'b'] as const).map((m) => (
              <label key={m} className="flex min-h-11 items-center gap-2 lg:min-h-7">
                <input
                  type="radio"
                  name={`${id}-more`}
                  checked={!skipped && more === m}
                  disabled={skipped}
                  onChange={() => set(m, value)}
                  className="h-4 w-4 accent-accent"
                />
                {m === 'equal' ? 'Both equally' : `${labelOf(m === 'a' ? a : b)} matters more`}
              </label>
            ))}
          </div>
          {!skipped && more !== 'equal' && (
            <label className="flex flex-wrap items-center gap-2 text-sm">
              By how much
              <select
                value={value}
                onChange={(e) => set(more, Number(e.currentTarget.value))}
                className="h-11 min-w-0 rounded-md border border-line bg-canvas px-2 text-ink lg:h-8"
              >
                {VALUES.map((v) => (
                  <option key={v} value={v}>
                    {saatyWords(v)} ({v})
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <div className="mt-1 flex flex-wrap items-center justify-between gap-2 text-sm">
          <span className="text-muted" aria-hidden={skipped ? undefined : true}>
            {skipped
              ? 'Skipped: the other pairs decide.'
              : judgementSentence(a, b, { more, value: more === 'equal' ? 1 : value }, labelOf) +
                '.'}
          </span>
          <button
            type="button"
            aria-pressed={skipped}
            onClick={() => (skipped ? set('equal', 1) : onChange(null))}
            className="min-h-11 rounded-md border border-line px-3 hover:bg-surface-2 lg:min-h-8"
          >
            Skip
          </button>
        </div>
      </fieldset>
    </li>
  );
}
