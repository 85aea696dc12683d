'use client';

import { memo, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DecisionMatrix, SmaaResult } from '@/lib/decision';
import { formatShare, ordinalNumber } from '@/lib/explorer/format';
import {
  CERTAINTY_STEPS,
  DEFAULT_CERTAINTY_POSITION,
  certaintyWords,
  concentrationAt,
  typicalSpread,
  weightModelAt,
} from '@/lib/robustness/concentration';
import { formatPercent } from '@/lib/explorer/format';
import { formatCount } from '@/lib/robustness/format';
import { nameOf } from '@/lib/words/names';
import type { SmaaJob } from '@/lib/robustness/smaa-protocol';
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  SAMPLE_CHOICES,
  orderByAcceptability,
  smaaHeadline,
} from '@/lib/robustness/smaa-view';
import type { RobustnessSettings } from '@/lib/stance/schema';
import { useCaseModel, useExplorer } from '@/components/explorer/use-explorer';
import { useDeferredWeights } from '@/components/explorer/lagging';
import type { SmaaRunner } from './smaa-client';
import { useNames, type RobustnessNames } from './use-names';
import { useSmaa, type SmaaState } from './use-smaa';

interface Labelled {
  readonly id: string;
  readonly label: string;
}

export interface UncertaintyViewProps {
  readonly matrix: DecisionMatrix;
  /** Normalised weights, criteria order. */
  readonly weights: readonly number[];
  readonly criteria: readonly Labelled[];
  readonly names: RobustnessNames;
  /** The reader's settings (certainty as 0–100, draws, seed); absent fields use the defaults. */
  readonly settings: RobustnessSettings;
  /** Changes some settings (undefined: back to the default). */
  readonly onSettingsChange: (patch: Partial<RobustnessSettings>) => void;
  /** For tests: a runner factory (defaults to a Web Worker with a main-thread fallback). */
  readonly createRunner?: () => SmaaRunner;
}

/**
 * Segment colours by rank, darkest (light theme) for first; text on each passes WCAG AA. The
 * custom properties are set per theme and for print in robustness.module.css.
 */
const RANK_SHADES = [
  'bg-(--rank-0) text-(--rank-ink-0)',
  'bg-(--rank-1) text-(--rank-ink-1)',
  'bg-(--rank-2) text-(--rank-ink-2)',
  'bg-(--rank-3) text-(--rank-ink-3)',
  'bg-(--rank-4) text-(--rank-ink-4)',
] as const;
const rankShade = (r: number) => RANK_SHADES[Math.min(r, RANK_SHADES.length - 1)]!;

const MAX_SEED = 4_294_967_295;

/** The stance keeps certainty on 0–100; the slider has CERTAINTY_STEPS notches. */
const CERTAINTY_UNIT = 100 / CERTAINTY_STEPS;

function positionOf(concentration: number | undefined): number {
  if (concentration === undefined) return DEFAULT_CERTAINTY_POSITION;
  return Math.min(CERTAINTY_STEPS, Math.max(0, Math.round(concentration / CERTAINTY_UNIT)));
}

function samplesOf(samples: number | undefined): number {
  return SAMPLE_CHOICES.find((n) => n === samples) ?? DEFAULT_SAMPLES;
}

/**
 * SMAA-2 under uncertainty: the reader says how sure they are of their weights, runs the
 * analysis (in a Web Worker, with progress), and sees each option's chance of every rank, its
 * central weights and its confidence factor, with a sentence on how to read each.
 */
export function UncertaintyView({
  matrix,
  weights,
  criteria,
  names,
  settings,
  onSettingsChange,
  createRunner,
}: UncertaintyViewProps) {
  const id = useId();
  const position = positionOf(settings.concentration);
  const samples = samplesOf(settings.samples);
  const seed = settings.seed ?? DEFAULT_SEED;
  const setPosition = (p: number) =>
    onSettingsChange({
      concentration: p === DEFAULT_CERTAINTY_POSITION ? undefined : p * CERTAINTY_UNIT,
    });
  const setSamples = (n: number) =>
    onSettingsChange({ samples: n === DEFAULT_SAMPLES ? undefined : n });
  const setSeed = (n: number) => onSettingsChange({ seed: n === DEFAULT_SEED ? undefined : n });
  const [seedDraft, setSeedDraft] = useState<string | null>(null);

  const job = useMemo<SmaaJob>(
    () => ({
      matrix,
      options: {
        samples,
        seed,
        weights: weightModelAt(position, weights),
        scores: 'triangular',
      },
    }),
    [matrix, samples, seed, position, weights],
  );
  const key = useMemo(
    () => JSON.stringify([weights, position, samples, seed]),
    [weights, position, samples, seed],
  );
  const { state, run, stop } = useSmaa(job, key, createRunner);

  const concentration = concentrationAt(position, criteria.length);
  const words = certaintyWords(position);
  const typical = 1 / Math.max(1, criteria.length);
  const spread = typicalSpread(concentration, typical);
  const running = state.status === 'running';

  return (
    <div className="space-y-5">
      <div className="space-y-4 rounded-lg border border-line bg-surface p-3 sm:p-4 print:hidden">
        <div>
          <label htmlFor={`${id}-certainty`} className="block font-medium">
            How sure are you of your weights?
          </label>
          <input
            id={`${id}-certainty`}
            type="range"
            min={0}
            max={CERTAINTY_STEPS}
            step={1}
            value={position}
            aria-valuetext={words}
            onChange={(e) => setPosition(e.currentTarget.valueAsNumber)}
            className="mt-1 h-11 w-full cursor-pointer accent-accent"
          />
          <div aria-hidden="true" className="flex justify-between text-sm text-muted">
            <span>Exactly my weights</span>
            <span>Any weights at all</span>
          </div>
          <p className="mt-1 text-sm">
            <strong>{words}.</strong>{' '}
            {spread === null
              ? 'Every combination of weights is equally likely, whatever yours are.'
              : `Weights are drawn around yours: a weight of ${formatShare(typical)} typically strays by ±${spread < 0.01 ? (spread * 100).toFixed(1) : Math.round(spread * 100)} points.`}
          </p>
        </div>

        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor={`${id}-samples`} className="block text-sm font-medium">
              Draws
            </label>
            <select
              id={`${id}-samples`}
              value={samples}
              onChange={(e) => setSamples(Number(e.currentTarget.value))}
              className="mt-1 h-11 rounded-md border border-line bg-canvas px-2 text-ink"
            >
              {SAMPLE_CHOICES.map((n) => (
                <option key={n} value={n}>
                  {formatCount(n)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`${id}-seed`} className="block text-sm font-medium">
              Seed
            </label>
            <input
              id={`${id}-seed`}
              type="number"
              inputMode="numeric"
              min={0}
              max={MAX_SEED}
              step={1}
              value={seedDraft ?? String(seed)}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setSeedDraft(text);
                const v = Number(text);
                if (text.trim() !== '' && Number.isInteger(v) && v >= 0 && v <= MAX_SEED) {
                  setSeed(v);
                }
              }}
              onBlur={() => setSeedDraft(null)}
              className="mt-1 h-11 w-28 rounded-md border border-line bg-canvas px-2 text-right text-ink tabular-nums"
            />
          </div>
          {running ? (
            <button
              type="button"
              onClick={stop}
              className="h-11 rounded-md border border-line px-5 font-medium hover:bg-surface-2"
            >
              Stop
            </button>
          ) : (
            <button
              type="button"
              onClick={run}
              className="h-11 rounded-md bg-accent px-5 font-semibold text-accent-ink hover:opacity-90"
            >
              {state.result ? 'Run again' : 'Run the analysis'}
            </button>
          )}
        </div>
        <ProgressLine state={state} />
      </div>

      <Results state={state} currentKey={key} weights={weights} criteria={criteria} names={names} />
    </div>
  );
}

function ProgressLine({ state }: { state: SmaaState }) {
  const running = state.status === 'running';
  const message =
    state.status === 'running'
      ? 'Running the analysis in the background.'
      : state.status === 'done' && state.result
        ? `Done: ${formatCount(state.result.samples)} draws.`
        : state.status === 'stopped'
          ? 'Stopped.'
          : state.status === 'error'
            ? `The analysis failed: ${state.error}`
            : '';
  return (
    <div className="space-y-1">
      {running && (
        <div className="flex items-center gap-3">
          <div
            role="progressbar"
            aria-label="Uncertainty analysis progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={state.progress}
            aria-valuetext={`${state.progress}%`}
            className="h-3 flex-1 overflow-hidden rounded-full border border-line bg-canvas"
          >
            <div
              className="h-full bg-accent motion-safe:transition-[width] motion-safe:duration-150"
              style={{ width: `${state.progress}%` }}
            />
          </div>
          <span aria-hidden="true" className="w-12 text-right text-sm font-semibold tabular-nums">
            {state.progress}%
          </span>
        </div>
      )}
      <p
        role="status"
        className={state.status === 'error' ? 'text-sm text-bad' : 'text-sm text-muted'}
      >
        {message}
      </p>
    </div>
  );
}

function Results({
  state,
  currentKey,
  weights,
  criteria,
  names,
}: {
  state: SmaaState;
  currentKey: string;
  weights: readonly number[];
  criteria: readonly Labelled[];
  names: RobustnessNames;
}) {
  const id = useId();
  const result = state.result;
  if (!result) {
    return (
      <p className="text-muted print:hidden">
        Run the analysis to see how often each option comes first, second, third and last.
      </p>
    );
  }
  const stale = state.resultKey !== currentKey;
  const order = orderByAcceptability(result);
  const ranks = result.options.map((_, r) => r);
  const short = (i: number) => nameOf(names.short.options, result.options[i] ?? '');

  return (
    <div
      className={`space-y-6 ${stale ? 'opacity-60 motion-safe:transition-opacity' : ''}`}
      aria-busy={stale && state.status === 'running'}
    >
      {stale && (
        <p className="text-sm font-medium text-warn">
          {state.status === 'running'
            ? 'These results are for your earlier settings; new ones are on the way.'
            : 'These results are for your earlier settings. Run the analysis again to update them.'}
        </p>
      )}
      <p className="font-medium">{smaaHeadline(result, names.prose)}</p>
      <SettingsLine result={result} state={state} />

      <section aria-labelledby={`${id}-ranks`} className="space-y-3">
        <h4 id={`${id}-ranks`} className="font-semibold">
          Chance of each rank
        </h4>
        <p className="text-sm">
          Each bar splits all the draws by the place the option took in them, first on the left to
          last on the right: a long first segment means the option wins under most weights and
          scores you find plausible.
        </p>
        <RankBars result={result} order={order} short={short} />
        <div className="overflow-x-auto">
          <table className="w-full max-w-2xl border-collapse text-sm tabular-nums">
            <caption className="sr-only">Chance of each rank, as a percentage of draws</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-2 text-left font-medium">
                  Option
                </th>
                {ranks.map((r) => (
                  <th key={r} scope="col" className="px-2 py-1 text-right font-medium">
                    {ordinalNumber(r + 1)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {order.map((i) => (
                <tr key={i} className="border-b border-line">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {short(i)}
                  </th>
                  {ranks.map((r) => (
                    <td key={r} className="px-2 py-1 text-right">
                      {formatPercent(result.acceptability[i]?.[r] ?? 0, 1)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby={`${id}-central`} className="space-y-3">
        <h4 id={`${id}-central`} className="font-semibold">
          Central weights
        </h4>
        <p className="text-sm">
          An option&apos;s central weights are the average of all the drawn weights under which it
          came first: the kind of priorities a person would need to hold for it to win.
        </p>
        <div
          role="region"
          aria-label="Central weights table"
          tabIndex={0}
          className="overflow-x-auto rounded focus-visible:outline-3"
        >
          <table className="w-full max-w-4xl border-collapse text-xs tabular-nums sm:text-sm">
            <caption className="sr-only">
              Central weights: the average weights under which each option came first
            </caption>
            <thead>
              <tr className="border-b border-line align-bottom">
                <th scope="col" className="py-1 pr-2 text-left font-medium">
                  Criterion
                </th>
                <th scope="col" className="px-1 py-1 text-right font-medium sm:px-2">
                  Yours
                </th>
                {order.map((i) => (
                  <th key={i} scope="col" className="px-1 py-1 text-right font-medium sm:px-2">
                    {short(i)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {criteria.map((k, j) => (
                <tr key={k.id} className="border-b border-line">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {k.label}
                  </th>
                  <td className="px-1 py-1 text-right sm:px-2">{formatPercent(weights[j] ?? 0)}</td>
                  {order.map((i) => {
                    const cw = result.centralWeights[i];
                    return (
                      <td key={i} className="px-1 py-1 text-right sm:px-2">
                        {cw ? formatPercent(cw[j] ?? 0) : '—'}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {order.some((i) => !result.centralWeights[i]) && (
          <p className="text-sm text-muted">— means the option never came first, so it has none.</p>
        )}
      </section>

      <section aria-labelledby={`${id}-confidence`} className="space-y-3">
        <h4 id={`${id}-confidence`} className="font-semibold">
          Confidence factors
        </h4>
        <p className="text-sm">
          An option&apos;s confidence factor is how often it would still come first if you held
          exactly its central weights and only the scores varied within their ranges: low means its
          wins rest on fragile scores.
        </p>
        <table className="w-full max-w-md border-collapse text-sm tabular-nums">
          <caption className="sr-only">Confidence factor of each option</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-2 text-left font-medium">
                Option
              </th>
              <th scope="col" className="py-1 pl-2 text-right font-medium">
                Confidence factor
              </th>
            </tr>
          </thead>
          <tbody>
            {order.map((i) => {
              const c = result.confidence[i];
              return (
                <tr key={i} className="border-b border-line">
                  <th scope="row" className="py-1 pr-2 text-left font-normal">
                    {short(i)}
                  </th>
                  <td className="py-1 pl-2 text-right">
                    {c === null || c === undefined ? 'never first' : formatPercent(c)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function SettingsLine({ result, state }: { result: SmaaResult; state: SmaaState }) {
  const weightsText =
    result.concentration === null
      ? 'any weights at all (uniform)'
      : `weights around yours (concentration ${Math.round(result.concentration)})`;
  const where =
    state.mode === 'main-thread' ? 'on this page, in small slices' : 'in a background worker';
  const ms = state.elapsedMs;
  const time =
    ms === null ? '' : ms < 1000 ? ` in ${Math.round(ms)} ms` : ` in ${(ms / 1000).toFixed(1)} s`;
  return (
    <p className="text-sm text-muted">
      {formatCount(result.samples)} draws, seed {result.seed}, {weightsText}; each score drawn from
      its assessed range (triangular, peaking at the score). Computed {where}
      {time}. The same settings and seed always give the same numbers.
    </p>
  );
}

function RankBars({
  result,
  order,
  short,
}: {
  result: SmaaResult;
  order: readonly number[];
  short: (i: number) => string;
}) {
  const ranks = result.options.map((_, r) => r);
  return (
    <div aria-hidden="true" className="space-y-2">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {ranks.map((r) => (
          <li key={r} className="flex items-center gap-1.5">
            <span className={`inline-block h-3 w-5 rounded-sm ${rankShade(r)}`} />
            {ordinalNumber(r + 1)}
          </li>
        ))}
      </ul>
      {order.map((i) => (
        <div key={i} className="grid gap-1 sm:grid-cols-[10rem_minmax(0,1fr)] sm:items-center">
          <span className="text-sm font-medium">{short(i)}</span>
          <div className="flex h-7 w-full gap-0.5 overflow-hidden rounded bg-canvas">
            {ranks.map((r) => {
              const share = result.acceptability[i]?.[r] ?? 0;
              if (share <= 0) return null;
              return (
                <div
                  key={r}
                  className={`flex items-center justify-center overflow-hidden text-xs font-semibold ${rankShade(r)}`}
                  style={{ width: `${share * 100}%` }}
                >
                  {share >= 0.1 ? formatPercent(share) : ''}
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}

// Re-renders only when the deferred weights arrive, not on every keypress. Its results already
// say when they were computed for other weights.
const MemoUncertaintyView = memo(UncertaintyView);

/** The uncertainty panel on the explorer's live weights, a frame or two behind them. */
export function UncertaintyPanel() {
  const model = useCaseModel();
  const { matrix, weights } = useDeferredWeights();
  const names = useNames(model);
  const { settings, setRobustness } = useExplorer(
    useShallow((s) => ({ settings: s.robustness, setRobustness: s.setRobustness })),
  );
  return (
    <MemoUncertaintyView
      matrix={matrix}
      weights={weights}
      criteria={model.criteria}
      names={names}
      settings={settings}
      onSettingsChange={setRobustness}
    />
  );
}
