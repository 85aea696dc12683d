import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { scoreMatrix, type Scored } from './analysis';
import { leadSummary, type LeadSummary } from './ranking';
import { defaultPoints, matchingPreset, type ExplorerModel, type ModelPreset } from './model';
import { clampPoints } from './url-codec';
import type { WeightsSource } from './initial-weights';

/**
 * The explorer's one store, built from two slices by `createExplorerStore` (one store per case
 * page, created inside the client provider). Derived values (normalised weights, totals,
 * ranking) are never stored: the `select*` functions below compute them with lib/decision and
 * memoise per points array, so a component selecting them gets a stable reference.
 */

/** How the current weights came about: restored on load, or set by the reader. */
export type WeightsChange = 'restore' | 'edit';

/** Importance points per criterion and the actions that change them. */
export interface WeightsSlice {
  /** Importance points per criterion, 0–100, case order. Replaced, never mutated. */
  readonly points: readonly number[];
  /** Where the weights shown on load came from. */
  readonly source: WeightsSource;
  /** Whether the last change was a restore on load or the reader's own edit. */
  readonly lastChange: WeightsChange;
  /** Sets one criterion's points (rounded and clamped to 0–100; NaN is ignored). */
  setPoint: (index: number, value: number) => void;
  /** Applies a preset by id; an unknown id does nothing. */
  applyPreset: (presetId: string) => void;
  /** Back to the case's default points. */
  resetWeights: () => void;
  /** Replaces all points at once after load (from the address or storage), without announcing. */
  restoreWeights: (points: readonly number[], source: WeightsSource) => void;
}

/** The reader's view choices. */
export interface UiSlice {
  /** The head-to-head pair: switching from `pair[0]` to `pair[1]`. */
  readonly pair: readonly [string, string];
  /** Option id whose risks are shown, or `all`. */
  readonly riskFilter: string;
  /** A short notice about the weights (a bad link, unusable saved weights), or null. */
  readonly notice: string | null;
  setPair: (from: string, to: string) => void;
  setRiskFilter: (optionId: string) => void;
  setNotice: (notice: string | null) => void;
}

/** The whole explorer state: the case's compact model plus both slices. */
export type ExplorerState = { readonly model: ExplorerModel } & WeightsSlice & UiSlice;

/** The store type the provider holds. */
export type ExplorerStore = StoreApi<ExplorerState>;

/** The risk filter value that shows every option's risks. */
export const ALL_OPTIONS = 'all';

const createWeightsSlice =
  (
    model: ExplorerModel,
    initial: readonly number[],
  ): StateCreator<ExplorerState, [], [], WeightsSlice> =>
  (set) => ({
    points: initial,
    source: 'default',
    lastChange: 'restore',
    setPoint: (index, value) =>
      set((s) => {
        if (!Number.isFinite(value) || index < 0 || index >= s.points.length) return s;
        const v = clampPoints(value);
        if (s.points[index] === v) return s;
        const points = s.points.slice();
        points[index] = v;
        return { points, lastChange: 'edit' };
      }),
    applyPreset: (presetId) =>
      set((s) => {
        const preset = model.presets.find((p) => p.id === presetId);
        return preset ? { points: preset.points.map(clampPoints), lastChange: 'edit' } : s;
      }),
    resetWeights: () => set({ points: defaultPoints(model), lastChange: 'edit' }),
    restoreWeights: (points, source) =>
      set({
        points:
          points.length === model.criteria.length ? points.map(clampPoints) : defaultPoints(model),
        source,
        lastChange: 'restore',
      }),
  });

const createUiSlice =
  (model: ExplorerModel): StateCreator<ExplorerState, [], [], UiSlice> =>
  (set) => {
    // Default pair: from the runner-up to the leader under the default weights.
    const ranking = scoreMatrix(model.matrix, defaultPoints(model)).ranking;
    const first = ranking[0]?.option ?? model.options[0]?.id ?? '';
    const second = ranking[1]?.option ?? first;
    const known = (id: string) => model.options.some((o) => o.id === id);
    return {
      pair: [second, first],
      riskFilter: ALL_OPTIONS,
      notice: null,
      setPair: (from, to) => set((s) => (known(from) && known(to) ? { pair: [from, to] } : s)),
      setRiskFilter: (optionId) =>
        set((s) => (optionId === ALL_OPTIONS || known(optionId) ? { riskFilter: optionId } : s)),
      setNotice: (notice) => set({ notice }),
    };
  };

/**
 * Creates a store for one case. `initialPoints` defaults to the case's default points; it must
 * be what the server rendered with, or hydration will not match (restore the address's or the
 * stored weights after mount with `restoreWeights`).
 */
export function createExplorerStore(
  model: ExplorerModel,
  initialPoints: readonly number[] = defaultPoints(model),
): ExplorerStore {
  return createStore<ExplorerState>()((...a) => ({
    model,
    ...createWeightsSlice(model, initialPoints)(...a),
    ...createUiSlice(model)(...a),
  }));
}

// Derived values are cached per model and per points array, so selectors return the same
// object until the points change and components re-render only when they must.
const scoredCache = new WeakMap<ExplorerModel, WeakMap<readonly number[], Scored>>();

function scored(state: Pick<ExplorerState, 'model' | 'points'>): Scored {
  let byPoints = scoredCache.get(state.model);
  if (!byPoints) {
    byPoints = new WeakMap();
    scoredCache.set(state.model, byPoints);
  }
  let result = byPoints.get(state.points);
  if (!result) {
    result = scoreMatrix(state.model.matrix, state.points);
    byPoints.set(state.points, result);
  }
  return result;
}

/** Normalised weights (sum to 1), case order. Stable reference until the points change. */
export const selectNormalisedWeights = (s: ExplorerState): readonly number[] => scored(s).weights;

/** Each option's total on 0–100, case order. */
export const selectTotals = (s: ExplorerState): readonly number[] => scored(s).totals;

/** Each option's per-criterion contributions (rows: options in case order). */
export const selectContributions = (s: ExplorerState): readonly (readonly number[])[] =>
  scored(s).contributions;

/** The ranking, best first, ties sharing a rank. */
export const selectRanking = (s: ExplorerState) => scored(s).ranking;

const leadCache = new WeakMap<object, LeadSummary>();

/** Who leads and by how much (see `leadSummary`). Stable until the points change. */
export const selectLead = (s: ExplorerState): LeadSummary => {
  const ranking = selectRanking(s);
  let lead = leadCache.get(ranking);
  if (!lead) {
    lead = leadSummary(ranking);
    leadCache.set(ranking, lead);
  }
  return lead;
};

/** The preset the current points match exactly, or null for a custom weighting. */
export const selectActivePreset = (s: ExplorerState): ModelPreset | null =>
  matchingPreset(s.model, s.points);
