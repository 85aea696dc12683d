'use client';

import { memo } from 'react';
import { formatPoints } from '@/lib/explorer/format';
import { isSharedRank } from '@/lib/explorer/ranking';
import type { ExplorerModel } from '@/lib/explorer/model';
import { selectContributions, selectRanking, selectTotals } from '@/lib/explorer/store';
import { OptionDisputesNote } from './disputes';
import { criterionColour } from './palette';
import { RankExplanation, TotalExplanation } from './total-explanation';
import { LagBoundary, useLaggingState } from './lagging';
import { useCaseModel } from './use-explorer';

/**
 * The live part of an option's column: its rank, its total, and a stacked bar of each
 * criterion's contribution (with the same breakdown as text for screen readers). The columns
 * sit below the sliders, so they follow a press a frame later (`useLaggingState`) and say so
 * while they lag.
 */
export function OptionStanding({ optionIndex }: { optionIndex: number }) {
  const model = useCaseModel();
  const state = useLaggingState();
  const ranking = selectRanking(state);
  const me = ranking.find((r) => r.index === optionIndex);
  const rank = me?.rank ?? 0;
  return (
    <LagBoundary>
      <Standing
        model={model}
        optionIndex={optionIndex}
        rank={rank}
        shared={isSharedRank(ranking, rank)}
        total={selectTotals(state)[optionIndex] ?? 0}
        row={selectContributions(state)[optionIndex]}
      />
    </LagBoundary>
  );
}

const Standing = memo(function Standing({
  model,
  optionIndex,
  rank,
  shared,
  total,
  row = [],
}: {
  model: ExplorerModel;
  optionIndex: number;
  rank: number;
  shared: boolean;
  total: number;
  row?: readonly number[];
}) {
  const option = model.options[optionIndex];
  if (!option) return null;
  const described = model.criteria
    .map((k, j) => ({ label: k.label, value: row[j] ?? 0 }))
    .filter((d) => d.value > 0.05)
    .sort((a, b) => b.value - a.value);

  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between gap-3">
        <RankExplanation
          id={`col-rank-${option.id}`}
          optionId={option.id}
          rank={rank}
          shared={shared}
          className="min-h-11 text-2xl font-bold"
        />
        <div className="text-sm text-muted">
          <TotalExplanation
            id={`col-total-${option.id}`}
            optionIndex={optionIndex}
            total={total}
            className="min-h-11 text-2xl font-semibold text-ink"
          />{' '}
          / 100
        </div>
      </div>
      <OptionDisputesNote optionId={option.id} />
      <div
        role="img"
        aria-label={`Contributions to the total: ${described.map((d) => `${d.label} ${formatPoints(d.value)}`).join(', ')}.`}
        className="flex h-4 w-full gap-px overflow-hidden rounded-sm bg-surface-2"
      >
        {row.map((value, j) => (
          <div
            key={model.criteria[j]?.id ?? j}
            className={`h-full ${criterionColour(j)}`}
            style={{ width: `${Math.max(0, value)}%` }}
          />
        ))}
      </div>
    </div>
  );
});
/** The key to the contribution bars' colours. */
export function ContributionLegend() {
  const model = useCaseModel();
  return (
    <ul
      aria-label="Key to the contribution bars"
      className="flex flex-wrap gap-x-4 gap-y-1 text-sm"
    >
      {model.criteria.map((k, j) => (
        <li key={k.id} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={`inline-block h-3 w-3 rounded-sm ${criterionColour(j)}`}
          />
          {k.label}
        </li>
      ))}
    </ul>
  );
}
