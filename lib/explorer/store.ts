import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { persist, type PersistStorage } from 'zustand/middleware';
import type { DecisionMatrix } from '@/lib/decision';
import { disputeCount, matrixWithDisputes } from '@/lib/stance/disputes';
import type { Disputes, Elicitation, RobustnessSettings, Stance } from '@/lib/stance/schema';
import { STANCE_VERSION } from '@/lib/stance/version';
import { scoreMatrix, type Scored } from './analysis';
import { leadSummary, type LeadSummary } from './ranking';
import { defaultPoints, matchingPreset, type ExplorerModel, type ModelPreset } from './model';
import { clampPoints } from './url-codec';

/**
 * The explorer's one store, built from slices over the reader's stance (see lib/stance) by
 * `createExplorerStore`, one per case page. Derived values (the matrix with the reader's own
 * scores, normalised weights, totals, ranking, the stance itself) are never stored: the
 * `select*` functions below compute them and memoise on the identity of what they read, so a
 * component selecting them gets a stable reference and re-renders only when its inputs change.
 */

/** Where the weights shown on load came from. */
export type WeightsSource = 'url' | 'stored' | 'default';

/** How the current stance came about: restored on load, or changed by the reader. */
export type WeightsChange = 'restore' | 'edit';

/** Importance points per criterion id (0–100). Replaced, never mutated. */
export type PointsById = Readonly<Record<string, number>>;

/** The weights, how they were set, and the actions that change them. */
export interface WeightsSlice {
  /** Importance points per criterion id, 0–100, one entry for every criterion of the case. */
  readonly weights: PointsById;
  /** How the weights were set; undefined means directly, with the sliders or a preset. */
  readonly elicitation: Elicitation | undefined;
  /** The weights and elicitation before the last `applyWeights`, for `undoWeights`. */
  readonly previousWeights: {
    readonly weights: PointsById;
    readonly elicitation: Elicitation | undefined;
  } | null;
  /** Where the stance shown on load came from. */
  readonly source: WeightsSource;
  /** Whether the last change was a restore on load or the reader's own edit. */
  readonly lastChange: WeightsChange;
  /** Sets one criterion's points by case index (rounded, clamped to 0–100; NaN is ignored). */
  setPoint: (index: number, value: number) => void;
  /** Applies a preset by id; an unknown id does nothing. */
  applyPreset: (presetId: string) => void;
  /** Back to the case's default points. */
  resetWeights: () => void;
  /**
   * Sets every weight at once and records how they were set, e.g. from a ranking or pairwise
   * comparison. `points` is keyed by criterion id; a criterion it lacks keeps its points, an
   * unknown id is ignored, values are rounded and clamped to 0–100. Remembers the weights it
   * replaced for `undoWeights` (one level only: a second apply replaces that memory).
   */
  applyWeights: (points: PointsById, elicitation: Elicitation) => void;
  /**
   * Restores the weights and elicitation from before the last `applyWeights`. Does nothing when
   * there is nothing to undo (see `selectCanUndoWeights`); any other weight change (a slider,
   * a preset, reset, a restore) forgets what could be undone.
   */
  undoWeights: () => void;
  /** Replaces all points (case order) after load, without announcing. Wrong length → defaults. */
  restoreWeights: (points: readonly number[], source: WeightsSource) => void;
}

/** The reader's own scores, satisficing minimums and robustness settings. */
export interface JudgementsSlice {
  /** The reader's own scores: option id → criterion id → 0–10. Empty when none. */
  readonly disputes: Disputes;
  /** Satisficing minimums per criterion id (0–10); a criterion without one uses the default. */
  readonly minimums: Readonly<Record<string, number>>;
  /** The robustness panels' settings; an absent field uses the panel's default. */
  readonly robustness: RobustnessSettings;
  /**
   * Uses the reader's own score (clamped to 0–10, rounded to a tenth) for one cell, or forgets
   * it when `score` is null. Unknown ids and NaN are ignored.
   */
  setDispute: (optionId: string, criterionId: string, score: number | null) => void;
  /** Forgets every disputed score. */
  resetDisputes: () => void;
  /** Sets one satisficing minimum (0–10), or forgets it when `value` is null. */
  setMinimum: (criterionId: string, value: number | null) => void;
  /** Forgets every satisficing minimum. */
  resetMinimums: () => void;
  /** Merges robustness settings; a field set to undefined goes back to its default. */
  setRobustness: (patch: Partial<RobustnessSettings>) => void;
  /**
   * Replaces the whole stance (weights, elicitation, disputes, minimums, robustness), e.g. a
   * class submission reopened or a stance restored on load. The stance must already fit the
   * case (`fitStanceToCase`); weights it lacks fall back to the defaults.
   */
  restoreStance: (stance: Stance, source?: WeightsSource) => void;
}

/** The reader's view choices (not part of the stance, never persisted). */
export interface UiSlice {
  /** The head-to-head pair: switching from `pair[0]` to `pair[1]`. */
  readonly pair: readonly [string, string];
  /** Option id whose risks are shown, or `all`. */
  readonly riskFilter: string;
  /** A short notice about the stance (a bad link, unusable saved choices), or null. */
  readonly notice: string | null;
  setPair: (from: string, to: string) => void;
  setRiskFilter: (optionId: string) => void;
  setNotice: (notice: string | null) => void;
}

/** The whole explorer state: the case's compact model plus the slices. */
export type ExplorerState = { readonly model: ExplorerModel } & WeightsSlice &
  JudgementsSlice &
  UiSlice;

/** What persistence stores and restores: the stance, with where it came from and a notice. */
export interface PersistedStance {
  readonly stance: Stance;
  readonly source?: WeightsSource;
  readonly notice?: string | null;
}

/** The store type the provider holds; `persist` is there when it was created with storage. */
export type ExplorerStore = StoreApi<ExplorerState> & {
  readonly persist?: { rehydrate: () => Promise<void> | void };
};

/** The risk filter value that shows every option's risks. */
export const ALL_OPTIONS = 'all';

type Slice<T> = StateCreator<ExplorerState, [], [], T>;

function pointsById(model: ExplorerModel, points: readonly number[]): PointsById {
  return Object.fromEntries(model.criteria.map((k, j) => [k.id, clampPoints(points[j] ?? 0)]));
}

const directly = { elicitation: undefined, previousWeights: null, lastChange: 'edit' } as const;

const createWeightsSlice =
  (model: ExplorerModel, initial: readonly number[]): Slice<WeightsSlice> =>
  (set) => ({
    weights: pointsById(model, initial),
    elicitation: undefined,
    previousWeights: null,
    source: 'default',
    lastChange: 'restore',
    setPoint: (index, value) =>
      set((s) => {
        const id = model.criteria[index]?.id;
        if (!Number.isFinite(value) || id === undefined) return s;
        const v = clampPoints(value);
        if (s.weights[id] === v && s.elicitation === undefined) return s;
        return { weights: { ...s.weights, [id]: v }, ...directly };
      }),
    applyPreset: (presetId) =>
      set((s) => {
        const preset = model.presets.find((p) => p.id === presetId);
        return preset ? { weights: pointsById(model, preset.points), ...directly } : s;
      }),
    resetWeights: () => set({ weights: pointsById(model, defaultPoints(model)), ...directly }),
    applyWeights: (points, elicitation) =>
      set((s) => {
        const weights = { ...s.weights };
        for (const k of model.criteria) {
          const v = points[k.id];
          if (v !== undefined && Number.isFinite(v)) weights[k.id] = clampPoints(v);
        }
        return {
          weights,
          elicitation,
          previousWeights: { weights: s.weights, elicitation: s.elicitation },
          lastChange: 'edit',
        };
      }),
    undoWeights: () =>
      set((s) =>
        s.previousWeights ? { ...s.previousWeights, previousWeights: null, lastChange: 'edit' } : s,
      ),
    restoreWeights: (points, source) =>
      set({
        weights: pointsById(
          model,
          points.length === model.criteria.length ? points : defaultPoints(model),
        ),
        elicitation: undefined,
        previousWeights: null,
        source,
        lastChange: 'restore',
      }),
  });

const NO_DISPUTES: Disputes = {};
const NO_MINIMUMS: Readonly<Record<string, number>> = {};
const NO_SETTINGS: RobustnessSettings = {};

/** The state a restored stance gives: everything it holds, marked as a restore. */
function restoredState(model: ExplorerModel, stance: Stance, source: WeightsSource) {
  return {
    weights: Object.fromEntries(
      model.criteria.map((k) => [k.id, clampPoints(stance.weights[k.id] ?? k.defaultPoints)]),
    ),
    elicitation: stance.elicitation,
    previousWeights: null,
    disputes: stance.disputes ?? NO_DISPUTES,
    minimums: stance.minimums ?? NO_MINIMUMS,
    robustness: stance.robustness ?? NO_SETTINGS,
    source,
    lastChange: 'restore' as const,
  };
}

const createJudgementsSlice =
  (model: ExplorerModel): Slice<JudgementsSlice> =>
  (set) => {
    const option = new Set(model.options.map((o) => o.id));
    const criterion = new Set(model.criteria.map((k) => k.id));
    const scale = (v: number) => Math.min(10, Math.max(0, Math.round(v * 10) / 10));
    return {
      disputes: NO_DISPUTES,
      minimums: NO_MINIMUMS,
      robustness: NO_SETTINGS,
      setDispute: (optionId, criterionId, score) =>
        set((s) => {
          if (!option.has(optionId) || !criterion.has(criterionId)) return s;
          if (score !== null && !Number.isFinite(score)) return s;
          const cells = { ...s.disputes[optionId] };
          if (score === null) delete cells[criterionId];
          else cells[criterionId] = scale(score);
          const disputes = { ...s.disputes };
          if (Object.keys(cells).length > 0) disputes[optionId] = cells;
          else delete disputes[optionId];
          return { disputes, lastChange: 'edit' };
        }),
      resetDisputes: () => set({ disputes: NO_DISPUTES, lastChange: 'edit' }),
      setMinimum: (criterionId, value) =>
        set((s) => {
          if (!criterion.has(criterionId)) return s;
          if (value !== null && !Number.isFinite(value)) return s;
          const minimums = { ...s.minimums };
          if (value === null) delete minimums[criterionId];
          else minimums[criterionId] = Math.min(10, Math.max(0, value));
          return { minimums, lastChange: 'edit' };
        }),
      resetMinimums: () => set({ minimums: NO_MINIMUMS, lastChange: 'edit' }),
      setRobustness: (patch) =>
        set((s) => {
          const next: Record<string, unknown> = { ...s.robustness, ...patch };
          for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
          return { robustness: next as RobustnessSettings, lastChange: 'edit' };
        }),
      restoreStance: (stance, source = 'default') => set(restoredState(model, stance, source)),
    };
  };

const createUiSlice =
  (model: ExplorerModel): Slice<UiSlice> =>
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

/** Options for `createExplorerStore`. */
export interface ExplorerStoreOptions {
  /** Starting points in case order (default: the case's defaults). Must match the server render. */
  readonly initialPoints?: readonly number[];
  /**
   * A whole stance to start from instead (a shared link the server rendered with), applied as
   * a restore from the address. It must be the stance the server used, or hydration will not
   * match; the address is still read again on `rehydrate`, to the same result.
   */
  readonly initialStance?: Stance;
  /**
   * Where the stance is kept (address and local storage; see lib/explorer/stance-storage).
   * Without it the store keeps nothing, e.g. in tests or on a page that submits the stance.
   * With it, nothing is read until `store.persist.rehydrate()` is called after mount.
   */
  readonly storage?: PersistStorage<PersistedStance>;
}

/**
 * Creates a store for one case. It starts from the defaults (or `initialPoints`), as the server
 * rendered: restore the address's or the stored stance after mount (`store.persist.rehydrate()`
 * when created with `storage`, else `restoreStance`), or hydration will not match.
 */
export function createExplorerStore(
  model: ExplorerModel,
  options: ExplorerStoreOptions = {},
): ExplorerStore {
  const initial = options.initialPoints ?? defaultPoints(model);
  const slices: Slice<ExplorerState> = (...a) => ({
    model,
    ...createWeightsSlice(model, initial)(...a),
    ...createJudgementsSlice(model)(...a),
    ...createUiSlice(model)(...a),
    ...(options.initialStance ? restoredState(model, options.initialStance, 'url') : {}),
  });
  if (!options.storage) return createStore<ExplorerState>()(slices);
  return createStore<ExplorerState>()(
    persist(slices, {
      name: `counterweight:stance:${model.caseId}`,
      version: STANCE_VERSION,
      storage: options.storage,
      skipHydration: true,
      partialize: (s): PersistedStance => ({ stance: selectStance(s) }),
      merge: (persisted, current) => {
        const p = persisted as PersistedStance | undefined;
        if (!p) return current;
        const notice = p.notice === undefined ? {} : { notice: p.notice };
        // A reader quick enough to change something before the restore keeps their change.
        if (current.lastChange === 'edit') return { ...current, ...notice };
        return { ...current, ...restoredState(model, p.stance, p.source ?? 'default'), ...notice };
      },
    }),
  );
}

// ——— Selectors. Each memoises on the identity of what it reads. ———

const matrixCache = new WeakMap<ExplorerModel, WeakMap<Disputes, DecisionMatrix>>();

/** The decision matrix with the reader's own scores in place. Stable until the disputes change. */
export const selectMatrix = (s: Pick<ExplorerState, 'model' | 'disputes'>): DecisionMatrix => {
  let byDisputes = matrixCache.get(s.model);
  if (!byDisputes) matrixCache.set(s.model, (byDisputes = new WeakMap()));
  let m = byDisputes.get(s.disputes);
  if (!m) byDisputes.set(s.disputes, (m = matrixWithDisputes(s.model.matrix, s.disputes)));
  return m;
};

const pointsCache = new WeakMap<ExplorerModel, WeakMap<PointsById, readonly number[]>>();

/** Importance points in case order (0–100). Stable until the weights change. */
export const selectPoints = (s: Pick<ExplorerState, 'model' | 'weights'>): readonly number[] => {
  let byWeights = pointsCache.get(s.model);
  if (!byWeights) pointsCache.set(s.model, (byWeights = new WeakMap()));
  let p = byWeights.get(s.weights);
  if (!p) {
    p = s.model.criteria.map((k) => s.weights[k.id] ?? k.defaultPoints);
    byWeights.set(s.weights, p);
  }
  return p;
};

const scoredCache = new WeakMap<DecisionMatrix, WeakMap<readonly number[], Scored>>();

function scoredOn(matrix: DecisionMatrix, points: readonly number[]): Scored {
  let byPoints = scoredCache.get(matrix);
  if (!byPoints) scoredCache.set(matrix, (byPoints = new WeakMap()));
  let result = byPoints.get(points);
  if (!result) byPoints.set(points, (result = scoreMatrix(matrix, points)));
  return result;
}

const scored = (s: ExplorerState): Scored => scoredOn(selectMatrix(s), selectPoints(s));

/** Normalised weights (sum to 1), case order. Stable reference until the weights change. */
export const selectNormalisedWeights = (s: ExplorerState): readonly number[] => scored(s).weights;

/** Each option's total on 0–100 (with the reader's own scores), case order. */
export const selectTotals = (s: ExplorerState): readonly number[] => scored(s).totals;

/** Each option's per-criterion contributions (rows: options in case order). */
export const selectContributions = (s: ExplorerState): readonly (readonly number[])[] =>
  scored(s).contributions;

/** The ranking with the reader's own scores, best first, ties sharing a rank. */
export const selectRanking = (s: ExplorerState) => scored(s).ranking;

/** The ranking under the reader's weights but the case's own scores (for the disputes summary). */
export const selectCaseRanking = (s: ExplorerState) =>
  scoredOn(s.model.matrix, selectPoints(s)).ranking;

/** How many scores the reader has disputed. */
export const selectDisputeCount = (s: Pick<ExplorerState, 'disputes'>): number =>
  disputeCount(s.disputes);

const leadCache = new WeakMap<object, LeadSummary>();

/** Who leads and by how much (see `leadSummary`). Stable until the ranking changes. */
export const selectLead = (s: ExplorerState): LeadSummary => {
  const ranking = selectRanking(s);
  let lead = leadCache.get(ranking);
  if (!lead) leadCache.set(ranking, (lead = leadSummary(ranking)));
  return lead;
};

/** The preset the current points match exactly, or null for a custom weighting. */
export const selectActivePreset = (s: ExplorerState): ModelPreset | null =>
  matchingPreset(s.model, selectPoints(s));

/** True when `undoWeights` has something to restore. */
export const selectCanUndoWeights = (s: ExplorerState): boolean => s.previousWeights !== null;

type StanceParts = Pick<
  ExplorerState,
  'model' | 'weights' | 'elicitation' | 'disputes' | 'minimums' | 'robustness'
>;
const stanceCache = new WeakMap<PointsById, { parts: StanceParts; stance: Stance }>();

/**
 * The reader's stance (see lib/stance): weights for every criterion, and elicitation, disputes,
 * minimums and robustness settings when set (empty ones are left out). The same object until
 * one of them changes, so it can be compared by reference, persisted or submitted as is.
 */
export const selectStance = (s: ExplorerState): Stance => {
  const hit = stanceCache.get(s.weights);
  const p = hit?.parts;
  if (
    hit &&
    p?.model === s.model &&
    p.elicitation === s.elicitation &&
    p.disputes === s.disputes &&
    p.minimums === s.minimums &&
    p.robustness === s.robustness
  ) {
    return hit.stance;
  }
  const stance: Stance = { v: STANCE_VERSION, caseId: s.model.caseId, weights: s.weights };
  if (s.elicitation) stance.elicitation = s.elicitation;
  if (Object.keys(s.disputes).length > 0) stance.disputes = s.disputes;
  if (Object.keys(s.minimums).length > 0) stance.minimums = s.minimums;
  if (Object.keys(s.robustness).length > 0) stance.robustness = s.robustness;
  const { model, weights, elicitation, disputes, minimums, robustness } = s;
  stanceCache.set(weights, {
    parts: { model, weights, elicitation, disputes, minimums, robustness },
    stance,
  });
  return stance;
};
