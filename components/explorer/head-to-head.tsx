'use client';

import { memo, useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { headToHead } from '@/lib/explorer/analysis';
import {
  formatPoints,
  formatScore,
  formatShare,
  formatSigned,
  midSentence,
} from '@/lib/explorer/format';
import type { DecisionMatrix } from '@/lib/decision';
import type { ExplorerModel } from '@/lib/explorer/model';
import { selectMatrix, selectNormalisedWeights } from '@/lib/explorer/store';
import type { Disputes } from '@/lib/stance/schema';
import { YourScoreMark } from './disputes';
import { LagBoundary, useLaggingState } from './lagging';
import { useCaseModel, useExplorer } from './use-explorer';

/**
 * Pick two options and see, criterion by criterion, what switching from one to the other gains
 * and costs under the current weights. Loaded lazily: most readers never open it.
 */
export function HeadToHead() {
  return (
    <div className="space-y-4">
      <PairPicker />
      <LaggingComparison />
    </div>
  );
}

/** The two options to compare: they answer at once, and re-render only when the pair changes. */
function PairPicker() {
  const model = useCaseModel();
  const [from, to] = useExplorer(useShallow((s) => s.pair));
  const setPair = useExplorer((s) => s.setPair);
  const id = useId();

  const select = (which: 'from' | 'to') => (
    <div className="min-w-0 flex-1">
      <label htmlFor={`${id}-${which}`} className="block text-sm font-medium">
        {which === 'from' ? 'Switch from' : 'To'}
      </label>
      <select
        id={`${id}-${which}`}
        value={which === 'from' ? from : to}
        onChange={(e) =>
          which === 'from' ? setPair(e.target.value, to) : setPair(from, e.target.value)
        }
        className="mt-1 h-11 w-full rounded-md border border-line bg-canvas px-2 text-ink"
      >
        {model.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.shortLabel}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="flex flex-col gap-3 sm:flex-row print:hidden">
      {select('from')}
      {select('to')}
    </div>
  );
}

/** The comparison: the pair at once, a weight change a frame later (said while it lags). */
function LaggingComparison() {
  const model = useCaseModel();
  const [from, to] = useExplorer(useShallow((s) => s.pair));
  const state = useLaggingState();
  return (
    <LagBoundary>
      <Comparison
        model={model}
        matrix={selectMatrix(state)}
        weights={selectNormalisedWeights(state)}
        disputes={state.disputes}
        from={from}
        to={to}
      />
    </LagBoundary>
  );
}

const Comparison = memo(function Comparison({
  model,
  matrix,
  weights,
  disputes,
  from,
  to,
}: {
  model: ExplorerModel;
  matrix: DecisionMatrix;
  weights: readonly number[];
  disputes: Disputes;
  from: string;
  to: string;
}) {
  const labelOf = (optionId: string) =>
    model.options.find((o) => o.id === optionId)?.shortLabel ?? optionId;
  const h = headToHead(matrix, weights, from, to);
  return from === to ? (
    <p className="text-muted">Pick two different options to compare them.</p>
  ) : (
    <div className="space-y-4">
      <p className="text-lg">
        Switching from <strong>{midSentence(labelOf(from))}</strong> to{' '}
        <strong>{midSentence(labelOf(to))}</strong> changes the total by{' '}
        <strong className={h.net >= 0 ? 'text-good' : 'text-bad'}>
          {formatSigned(h.net)} points
        </strong>{' '}
        ({formatPoints(h.fromTotal)} → {formatPoints(h.toTotal)}).
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[20rem] text-sm">
          <caption className="sr-only">
            What switching from {midSentence(labelOf(from))} to {midSentence(labelOf(to))} gains and
            costs, by criterion
          </caption>
          <thead>
            <tr className="border-b border-line text-left text-muted">
              <th scope="col" className="py-2 pr-2 font-medium">
                Criterion
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                Weight
              </th>
              <th scope="col" className="px-2 py-2 text-right font-medium">
                Score
              </th>
              <th scope="col" className="py-2 pl-2 text-right font-medium">
                Gain or cost
              </th>
            </tr>
          </thead>
          <tbody>
            {h.rows.map((r) => (
              <tr key={r.criterion} className="border-b border-line/60">
                <th scope="row" className="py-2 pr-2 text-left font-normal">
                  {model.criteria[r.index]?.label}
                </th>
                <td className="px-2 py-2 text-right tabular-nums">{formatShare(r.weight)}</td>
                <td className="px-2 py-2 text-right whitespace-nowrap tabular-nums">
                  {formatScore(r.fromScore)}
                  {disputes[from]?.[r.criterion] !== undefined && <YourScoreMark />} →{' '}
                  {formatScore(r.toScore)}
                  {disputes[to]?.[r.criterion] !== undefined && <YourScoreMark />}
                </td>
                <td
                  className={`py-2 pl-2 text-right font-semibold tabular-nums ${r.change > 0.05 ? 'text-good' : r.change < -0.05 ? 'text-bad' : 'text-muted'}`}
                >
                  {formatSigned(r.change)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="py-2 text-left">
                Net
              </th>
              <td colSpan={2} />
              <td className="py-2 text-right font-bold tabular-nums">{formatSigned(h.net)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="text-sm text-muted">
        Each row is 10 × weight × (new score − old score). Gains are marked +, costs −.
      </p>
    </div>
  );
});
