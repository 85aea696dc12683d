'use client';

import { memo, useMemo } from 'react';

import { largestWeightDifferences, scoreMatrix, weightDistance } from '@/lib/explorer/analysis';
import { formatPoints, midSentence } from '@/lib/explorer/format';
import type { ExplorerModel } from '@/lib/explorer/model';
import { selectNormalisedWeights } from '@/lib/explorer/store';
import { LagBoundary, useLaggingState } from './lagging';
import { useCaseModel, useExplorer, useOptionLabel } from './use-explorer';

/**
 * How far the reader's weights are from the article author's preset (total variation
 * distance, in percentage points), where they differ most, and what the author's weights
 * rank first; with a button to adopt them.
 */
export function AuthorComparison() {
  const model = useCaseModel();
  // Secondary to the ranking above it: it follows a press a frame later.
  const state = useLaggingState();
  const applyPreset = useExplorer((s) => s.applyPreset);
  const labelOf = useOptionLabel();
  return (
    <LagBoundary>
      <Comparison
        model={model}
        mine={selectNormalisedWeights(state)}
        applyPreset={applyPreset}
        labelOf={labelOf}
      />
    </LagBoundary>
  );
}

const Comparison = memo(function Comparison({
  model,
  mine,
  applyPreset,
  labelOf,
}: {
  model: ExplorerModel;
  mine: readonly number[];
  applyPreset: (id: string) => void;
  labelOf: (optionId: string) => string;
}) {
  // The author's preset never changes on the page: score it once, not on every slider move.
  const authorScored = useMemo(() => {
    const author = model.presets.find((p) => p.id === model.authorPresetId);
    return author ? scoreMatrix(model.matrix, author.points) : null;
  }, [model]);
  if (!authorScored) return null;

  const theirs = authorScored.weights;
  const distance = weightDistance(mine, theirs);
  const top = authorScored.ranking.filter((r) => r.rank === 1);
  const gaps = largestWeightDifferences(model.matrix.criteria, mine, theirs);
  const same = distance < 0.05;

  return (
    <section
      aria-labelledby="author-heading"
      className="space-y-3 rounded-lg border border-line p-4"
    >
      <h2 id="author-heading" className="text-lg font-semibold">
        Your weights vs the author&apos;s
      </h2>
      <p>
        {same ? (
          <>Your weights are the same as the author&apos;s.</>
        ) : (
          <>
            Your weights are <strong className="tabular-nums">{Math.round(distance)}</strong>{' '}
            percentage points from the author&apos;s: that much of the weight would have to move
            between criteria to match theirs (0 = identical, 100 = nothing in common).
          </>
        )}
      </p>
      {gaps.length > 0 && (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {gaps.map((g) => (
            <li key={g.criterion}>
              {model.criteria[g.index]?.label}: {Math.round(Math.abs(g.difference))} percentage
              points {g.difference > 0 ? 'more' : 'less'} of the weight than the author gives it
            </li>
          ))}
        </ul>
      )}
      <p>
        The author&apos;s weights rank{' '}
        <strong>{top.map((r) => midSentence(labelOf(r.option))).join(' and ')}</strong> first
        {top[0] && <> ({formatPoints(top[0].total)})</>}.
      </p>
      {!same && (
        <button
          type="button"
          onClick={() => model.authorPresetId && applyPreset(model.authorPresetId)}
          className="min-h-11 rounded-md border border-accent px-4 font-medium text-accent hover:bg-surface-2 print:hidden"
        >
          Use the author&apos;s weights
        </button>
      )}
    </section>
  );
});
