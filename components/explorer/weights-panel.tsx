'use client';

import { memo, useId, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { explainShare } from '@/lib/explorer/explain';
import { formatShare } from '@/lib/explorer/format';
import { selectActivePreset, selectNormalisedWeights, selectPoints } from '@/lib/explorer/store';
import type { ExplorerModel } from '@/lib/explorer/model';
import { MAX_POINTS, MIN_POINTS } from '@/lib/explorer/url-codec';
import { Popover } from '@/components/ui/popover';
import { ElicitationControls } from './elicitation/elicitation-controls';
import type { SwingScale } from './elicitation/types';
import { criterionColour } from './palette';
import { useLaggingState } from './lagging';
import {
  setTextInPlace,
  useCaseModel,
  useExplorer,
  useExplorerStoreApi,
  useLiveDom,
  usePoints,
} from './use-explorer';

const CUSTOM = 'custom';

/**
 * One slider and number field per criterion, with each weight's share, presets and reset.
 * `notes` holds server-rendered content per criterion id (its question and scale words),
 * shown in a disclosure under the slider. "Set weights by" offers guided methods that fill the
 * sliders (see ./elicitation).
 */
export function WeightsPanel({
  notes,
  scales = {},
}: {
  notes: Readonly<Record<string, ReactNode>>;
  /** Each criterion's words for a score of 0 and of 10, for the swing method. */
  scales?: Readonly<Record<string, SwingScale>>;
}) {
  const model = useCaseModel();
  const activePreset = useExplorer((s) => selectActivePreset(s)?.id ?? CUSTOM);
  const { applyPreset, resetWeights } = useExplorer(
    useShallow((s) => ({ applyPreset: s.applyPreset, resetWeights: s.resetWeights })),
  );
  const presetId = useId();

  return (
    <section aria-labelledby="weights-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="weights-heading" className="text-xl font-semibold">
          Your weights
        </h2>
        <p className="text-sm text-muted print:hidden">
          Give each criterion 0–100 points for how much it matters to you. Only the proportions
          count: each weight&apos;s share is its points over the total.
        </p>
      </div>

      <div className="flex flex-wrap items-end gap-3 print:hidden">
        <div className="min-w-0 flex-1">
          <label htmlFor={presetId} className="block text-sm font-medium">
            Preset
          </label>
          <select
            id={presetId}
            value={activePreset}
            onChange={(e) => applyPreset(e.target.value)}
            className="mt-1 h-11 w-full rounded-md border border-line bg-canvas px-2 text-ink"
          >
            {activePreset === CUSTOM && (
              <option value={CUSTOM} disabled>
                Your own weights
              </option>
            )}
            {model.presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          onClick={resetWeights}
          className="h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2"
        >
          Reset
        </button>
      </div>

      <ElicitationControls scales={scales} />

      <ul className="space-y-1.5 print:hidden">
        {model.criteria.map((k, j) => (
          <WeightRow key={k.id} index={j} label={k.label} note={notes[k.id]} />
        ))}
      </ul>
      <PrintedWeights />
    </section>
  );
}

function WeightRow({ index, label, note }: { index: number; label: string; note: ReactNode }) {
  // Only the row whose points change re-renders; every row's share is its own small component.
  const value = useExplorer((s) => selectPoints(s)[index] ?? 0);
  const { setPoint } = useExplorerStoreApi().getState();
  // While the reader types, the field shows their text; it is committed whenever it is a valid
  // number, and snaps back to the stored value on blur.
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const sliderId = `${id}-slider`;

  const commit = (text: string) => {
    setDraft(text);
    if (text.trim() === '') return;
    const n = Number(text);
    if (Number.isFinite(n) && n >= MIN_POINTS && n <= MAX_POINTS) setPoint(index, n);
  };

  return (
    <li className="relative rounded-lg border border-line bg-surface px-3 pt-1.5 pb-1">
      <div className="flex items-baseline justify-between gap-3">
        <label htmlFor={sliderId} className="flex min-w-0 items-baseline gap-2 font-medium">
          <span
            aria-hidden="true"
            className={`inline-block h-2.5 w-2.5 shrink-0 rounded-full ${criterionColour(index)}`}
          />
          <span>{label}</span>
        </label>
        <ShareExplanation id={`${id}-share`} index={index} label={label} />
      </div>
      <div className="flex items-center gap-3">
        <input
          id={sliderId}
          type="range"
          min={MIN_POINTS}
          max={MAX_POINTS}
          step={1}
          value={value}
          onChange={(e) => {
            setDraft(null);
            setPoint(index, e.currentTarget.valueAsNumber);
          }}
          className="h-11 min-w-0 flex-1 cursor-pointer accent-accent lg:h-8"
        />
        <input
          type="number"
          inputMode="numeric"
          min={MIN_POINTS}
          max={MAX_POINTS}
          step={1}
          aria-label={`${label} points`}
          value={draft ?? String(value)}
          onChange={(e) => commit(e.currentTarget.value)}
          onBlur={() => setDraft(null)}
          className="h-11 w-18 rounded-md border border-line bg-canvas px-2 text-right text-ink tabular-nums lg:h-8"
        />
      </div>
      {note && (
        <details className="group text-sm">
          <summary className="-mx-1 inline-flex min-h-11 cursor-pointer items-center rounded px-1 text-xs text-muted hover:text-ink lg:min-h-6">
            What this asks<span className="sr-only">: {label}</span>
          </summary>
          <div className="mt-1 mb-1 space-y-2">{note}</div>
        </details>
      )}
    </li>
  );
}

/** A criterion's share of the weight, as text that alone re-renders when it changes. */
function ShareText({ index }: { index: number }) {
  const [ref, text] = useLiveDom<HTMLSpanElement, string>(
    (s) => formatShare(selectNormalisedWeights(s)[index] ?? 0),
    setTextInPlace,
  );
  return (
    <span ref={ref} className="tabular-nums">
      {text}
    </span>
  );
}

const ShareExplanation = memo(function ShareExplanation({
  id,
  index,
  label,
}: {
  id: string;
  index: number;
  label: string;
}) {
  return (
    <Popover
      id={id}
      title={`${label}: share of the weight`}
      trigger={
        <>
          <ShareText index={index} />
          <span className="sr-only"> of the weight: how is this worked out?</span>
        </>
      }
      triggerClassName="inline-flex min-h-11 items-center px-1 text-sm font-semibold lg:min-h-6"
    >
      <ShareReason index={index} label={label} />
    </Popover>
  );
});

/** The share's working, read from the store only while its card is open. */
function ShareReason({ index, label }: { index: number; label: string }) {
  const points = usePoints();
  const share = useExplorer((s) => selectNormalisedWeights(s)[index] ?? 0);
  const e = explainShare(points, index, share);
  return e.allZero ? (
    <p>
      Every criterion has 0 points, so they all count equally: each has 1 ÷ {points.length} ={' '}
      {formatShare(share)} of the weight.
    </p>
  ) : (
    <>
      <p>A weight&apos;s share is its points divided by the points of all criteria together.</p>
      <p className="font-mono text-sm">
        {e.points} ÷ {e.sum} = {(share * 100).toFixed(1)}%
      </p>
      <p className="text-muted">
        Each option&apos;s score on {label} is multiplied by this share (and by 10) to give its
        contribution to the total.
      </p>
    </>
  );
}

/**
 * A plain table of the current weights, shown only when printing (sliders do not print). It
 * follows the sliders a frame later: nobody prints within a frame of a change.
 */
function PrintedWeights() {
  const state = useLaggingState();
  return (
    <PrintedWeightsTable
      model={state.model}
      points={selectPoints(state)}
      weights={selectNormalisedWeights(state)}
    />
  );
}

const PrintedWeightsTable = memo(function PrintedWeightsTable({
  model,
  points,
  weights,
}: {
  model: ExplorerModel;
  points: readonly number[];
  weights: readonly number[];
}) {
  return (
    <table className="hidden w-full text-sm print:table">
      <thead>
        <tr className="border-b border-line text-left">
          <th scope="col">Criterion</th>
          <th scope="col" className="text-right">
            Points
          </th>
          <th scope="col" className="text-right">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {model.criteria.map((k, j) => (
          <tr key={k.id} className="border-b border-line">
            <td>{k.label}</td>
            <td className="text-right tabular-nums">{points[j]}</td>
            <td className="text-right tabular-nums">{formatShare(weights[j] ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
