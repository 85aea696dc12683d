'use client';

import { memo, useCallback, useId, useMemo, useState } from 'react';
import {
  flipPoints,
  leaderSegments,
  smallestChange,
  stabilityInterval,
  sweepLines,
  type DecisionMatrix,
} from '@/lib/decision';
import { capitalise, formatPoints, formatShare, joinLabels } from '@/lib/explorer/format';
import { nameOf } from '@/lib/words/names';
import { sensitivityGeometry } from '@/lib/robustness/sensitivity-geometry';
import {
  coincidentLines,
  flipSentence,
  smallestChangeSentence,
  stabilitySentence,
} from '@/lib/robustness/sentences';
import { useCaseModel, useExplorer } from '@/components/explorer/use-explorer';
import { LagBoundary, useDeferredWeights } from '@/components/explorer/lagging';
import { OptionKey } from './option-key';
import { SensitivityChart } from './sensitivity-chart';
import { useElementWidth } from './use-element-width';
import { useNames, type RobustnessNames } from './use-names';

interface Labelled {
  readonly id: string;
  readonly label: string;
}

export interface SensitivityViewProps {
  readonly matrix: DecisionMatrix;
  /** Normalised weights, criteria order. */
  readonly weights: readonly number[];
  /** The reader's importance points, for "from 50 to 64 points" hints. */
  readonly points?: readonly number[];
  readonly options: readonly Labelled[];
  readonly criteria: readonly Labelled[];
  readonly names: RobustnessNames;
  /** The criterion id whose chart is shown; undefined: the one that matters most for the winner. */
  readonly shown?: string;
  /** Shows another criterion's chart. */
  readonly onSweepChange?: (criterionId: string) => void;
}

/**
 * One-way sensitivity: the smallest change that alters the winner, a chart per criterion (one
 * at a time, chosen with a select), its summary sentence and numbers, and a sentence for every
 * criterion. All maths comes from lib/decision; this only lays it out.
 */
export function SensitivityView({
  matrix,
  weights,
  points,
  options,
  criteria,
  names,
  shown,
  onSweepChange,
}: SensitivityViewProps) {
  const id = useId();
  // Start on the criterion whose weight matters most for the winner.
  const [initial] = useState(() => smallestChange(matrix, weights)?.index ?? 0);
  const chosen = criteria.findIndex((k) => k.id === shown);
  const selected = chosen >= 0 ? chosen : initial;
  const setSelected = (index: number) => {
    const k = criteria[index];
    if (k) onSweepChange?.(k.id);
  };
  const [chartBox, width] = useElementWidth<HTMLDivElement>(640);
  const j = Math.min(selected, criteria.length - 1);

  const all = useMemo(
    () => criteria.map((_, k) => stabilityInterval(matrix, weights, k)),
    [matrix, weights, criteria],
  );
  const change = useMemo(() => smallestChange(matrix, weights), [matrix, weights]);
  const sweep = useMemo(
    () => ({
      lines: sweepLines(matrix, weights, j),
      segments: leaderSegments(matrix, weights, j),
      flips: flipPoints(matrix, weights, j),
    }),
    [matrix, weights, j],
  );
  const optionIndex = useMemo(
    () => Object.fromEntries(options.map((o, i) => [o.id, i])),
    [options],
  );
  const interval = all[j];
  const criterion = criteria[j];
  if (!interval || !criterion) return null;

  const current = weights[j] ?? 0;
  const geometry = sensitivityGeometry({
    width,
    ...sweep,
    current,
    shortLabels: names.short.options,
  });
  const sentence = stabilitySentence(interval, names.prose);
  const leader = interval.leader;
  const at = (line: (typeof sweep.lines)[number], w: number) => line.intercept + line.slope * w;
  const short = (optionId: string) => nameOf(names.short.options, optionId);
  const selectId = `${id}-criterion`;

  return (
    <div className="space-y-5">
      <p className="rounded-lg border-l-4 border-accent bg-surface px-4 py-3 font-medium">
        {smallestChangeSentence(change, leader, names.prose, points)}
      </p>

      <div className="max-w-md print:hidden">
        <label htmlFor={selectId} className="block text-sm font-medium">
          Criterion to vary
        </label>
        <select
          id={selectId}
          value={j}
          onChange={(e) => setSelected(Number(e.currentTarget.value))}
          className="mt-1 h-11 w-full rounded-md border border-line bg-canvas px-2 text-ink"
        >
          {criteria.map((k, index) => (
            <option key={k.id} value={index}>
              {k.label}
            </option>
          ))}
        </select>
      </div>

      <figure
        aria-labelledby={`${id}-caption`}
        className="break-inside-avoid space-y-3 rounded-lg border border-line bg-surface p-3 sm:p-4"
      >
        <figcaption id={`${id}-caption`} className="space-y-1">
          <span className="block text-sm font-semibold text-muted">
            Varying {criterion.label} (now {formatShare(current)} of the weight)
          </span>
          <span className="block font-medium">{sentence}</span>
        </figcaption>
        <OptionKey options={options} />
        <div ref={chartBox} className="max-w-4xl min-w-0">
          <SensitivityChart
            id={`${id}-chart`}
            geometry={geometry}
            title={`Each option's total as the weight on ${criterion.label} goes from 0% to 100%`}
            description={sentence}
            optionIndex={optionIndex}
          />
        </div>
      </figure>

      <div className="space-y-2">
        <table className="w-full max-w-2xl border-collapse text-sm tabular-nums">
          <caption className="mb-1 text-left font-semibold">
            The chart in numbers: totals as the weight on {criterion.label} changes
          </caption>
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-1 pr-2 font-medium">
                Option
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                At 0%
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                At your {formatShare(current)}
              </th>
              <th scope="col" className="py-1 pl-2 text-right font-medium">
                At 100%
              </th>
            </tr>
          </thead>
          <tbody>
            {sweep.lines.map((l) => (
              <tr key={l.option} className="border-b border-line">
                <th scope="row" className="py-1 pr-2 text-left font-normal">
                  {short(l.option)}
                </th>
                <td className="px-2 py-1 text-right">{formatPoints(at(l, 0))}</td>
                <td className="px-2 py-1 text-right">{formatPoints(at(l, current))}</td>
                <td className="py-1 pl-2 text-right">{formatPoints(at(l, 1))}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="text-sm">
          {flipSentence(sweep.flips, names.prose)}
          {coincidentLines(sweep.lines).map((group) => (
            <span key={group.join()}>
              {' '}
              {capitalise(joinLabels(group.map((o) => nameOf(names.prose.options, o))))} have the
              same total at every weight here, so their lines lie on top of each other.
            </span>
          ))}
        </p>
      </div>

      <div className="space-y-2">
        <h4 className="font-semibold">Every criterion at a glance</h4>
        <ul className="space-y-2 text-sm">
          {criteria.map((k, index) => {
            const s = all[index];
            return s ? (
              <li key={k.id} className="border-l-2 border-line pl-3">
                <span className="font-medium">
                  {k.label} ({formatShare(weights[index] ?? 0)}):
                </span>{' '}
                {stabilitySentence(s, names.prose)}
              </li>
            ) : null;
          })}
        </ul>
      </div>
    </div>
  );
}

// Re-renders only when the deferred weights arrive, not on every keypress.
const MemoSensitivityView = memo(SensitivityView);

/** The sensitivity view on the explorer's live weights, a frame or two behind them. */
export function SensitivityPanel() {
  const model = useCaseModel();
  const { matrix, weights, points } = useDeferredWeights();
  const names = useNames(model);
  const shown = useExplorer((s) => s.robustness.sweep);
  const setRobustness = useExplorer((s) => s.setRobustness);
  const onSweepChange = useCallback((k: string) => setRobustness({ sweep: k }), [setRobustness]);
  return (
    <LagBoundary>
      <MemoSensitivityView
        matrix={matrix}
        shown={shown}
        onSweepChange={onSweepChange}
        weights={weights}
        points={points}
        options={model.options}
        criteria={model.criteria}
        names={names}
      />
    </LagBoundary>
  );
}
