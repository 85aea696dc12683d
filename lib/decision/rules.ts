/**
 * Decision rules besides (and including) the weighted sum, each returning the full order with
 * ranks and a structured reason (ids and numbers; lib/words/rules puts them into sentences).
 *
 * Ranks are competition ranks (1, 1, 3, …): options are sorted exactly, then neighbours whose
 * values are within EPSILON share a rank, as `rankOptions` does. Equal options keep case order.
 */

import { normaliseWeights, rankOptions, weightedTotals } from './core';
import { EPSILON, type DecisionMatrix } from './types';

/** The rules this module knows. */
export type RuleName = 'weighted-sum' | 'maximin' | 'minimax-regret' | 'satisficing';

/** One option's place under a rule; what `value` measures depends on the rule. */
export interface RuleRow {
  readonly option: string;
  readonly index: number;
  readonly rank: number;
  readonly value: number;
}

/** Weighted sum: value = total on 0–100. */
export interface WeightedSumResult {
  readonly rule: 'weighted-sum';
  readonly order: readonly RuleRow[];
  /** Options ranked first (more than one when level). */
  readonly winners: readonly string[];
  readonly reason: {
    readonly total: number;
    readonly runnerUp: string | null;
    readonly runnerUpTotal: number | null;
  };
}

/** A maximin row: value = worst score over the criteria that count. */
export interface MaximinRow extends RuleRow {
  /** Criteria (case order) on which the option has its worst score. */
  readonly worstCriteria: readonly string[];
  /** The option's scores on the counted criteria, worst first. */
  readonly sortedScores: readonly number[];
}

/** Maximin (leximin tie-break): best worst score; level worst scores go to the next-worst. */
export interface MaximinResult {
  readonly rule: 'maximin';
  readonly order: readonly MaximinRow[];
  readonly winners: readonly string[];
  /** Criteria that count: those with positive weight (all, if no weights were given). */
  readonly criteria: readonly string[];
  readonly reason: {
    /** The best option ranked below the winner(s); null when every option is level. */
    readonly runnerUp: string | null;
    /**
     * Position in the worst-first score lists at which the winner beats the runner-up:
     * 0 = the worst score itself, 1 = the next-worst, …; null when there is no runner-up.
     */
    readonly decidedAt: number | null;
  };
}

/** A minimax regret row: value = the option's largest weighted regret, in points (0–100). */
export interface MinimaxRegretRow extends RuleRow {
  /** The criterion of the largest regret (the first in case order if several), null if none. */
  readonly criterion: string | null;
  /** The option that scores best on that criterion (the first in case order if several). */
  readonly against: string | null;
}

/** Minimax regret: the smallest largest regret wins. */
export interface MinimaxRegretResult {
  readonly rule: 'minimax-regret';
  readonly order: readonly MinimaxRegretRow[];
  readonly winners: readonly string[];
  readonly reason: { readonly runnerUp: string | null; readonly runnerUpRegret: number | null };
}

/** A score below the reader's minimum for a criterion. */
export interface Shortfall {
  readonly criterion: string;
  readonly score: number;
  readonly threshold: number;
}

/** A satisficing row: value = weighted total; rank null when the option is ruled out. */
export interface SatisficingRow extends Omit<RuleRow, 'rank'> {
  readonly rank: number | null;
  /** Every criterion on which the option falls below the minimum (empty for survivors). */
  readonly shortfalls: readonly Shortfall[];
}

/** Satisficing: options below any minimum are ruled out; survivors ranked by weighted sum. */
export interface SatisficingResult {
  readonly rule: 'satisficing';
  /** Survivors first, by rank; then ruled-out options in case order. */
  readonly order: readonly SatisficingRow[];
  /** Empty when no option survives. */
  readonly winners: readonly string[];
  readonly survivors: readonly string[];
  /** The minimums that were set, by criterion id. */
  readonly thresholds: Readonly<Record<string, number>>;
}

/** The result of any rule. */
export type RuleResult =
  WeightedSumResult | MaximinResult | MinimaxRegretResult | SatisficingResult;

function checkedWeights(matrix: DecisionMatrix, weights: readonly number[]): number[] {
  if (weights.length !== matrix.criteria.length) {
    throw new RangeError(
      `expected ${matrix.criteria.length} weights (one per criterion), got ${weights.length}`,
    );
  }
  return normaliseWeights(weights);
}

/** Competition ranks for indices already sorted best first; `level` says two share a rank. */
function ranksOf(sorted: readonly number[], level: (a: number, b: number) => boolean): number[] {
  const ranks: number[] = [];
  let rank = 0;
  sorted.forEach((idx, p) => {
    const prev = sorted[p - 1];
    if (prev === undefined || !level(prev, idx)) rank = p + 1;
    ranks.push(rank);
  });
  return ranks;
}

const firstRanked = <R extends { rank: number | null; option: string }>(rows: readonly R[]) =>
  rows.filter((r) => r.rank === 1).map((r) => r.option);

/**
 * Ranks options by weighted total (0–100), highest first, as the explorer does. `weights` are
 * points or normalised weights in criteria order; a wrong length throws a RangeError.
 */
export function weightedSumRule(
  matrix: DecisionMatrix,
  weights: readonly number[],
): WeightedSumResult {
  const w = checkedWeights(matrix, weights);
  const ranked = rankOptions(matrix.options, weightedTotals(matrix.scores, w));
  const order = ranked.map((r) => ({
    option: r.option,
    index: r.index,
    rank: r.rank,
    value: r.total,
  }));
  const runnerUp = order.find((r) => r.rank > 1) ?? null;
  return {
    rule: 'weighted-sum',
    order,
    winners: firstRanked(order),
    reason: {
      total: order[0]?.value ?? 0,
      runnerUp: runnerUp?.option ?? null,
      runnerUpTotal: runnerUp?.value ?? null,
    },
  };
}

/** −1, 0 or 1: how two worst-first score lists compare (positive when `a` is better). */
function compareLeximin(a: readonly number[], b: readonly number[]): { sign: number; at: number } {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = a[k]! - b[k]!;
    if (Math.abs(d) > EPSILON) return { sign: Math.sign(d), at: k };
  }
  return { sign: 0, at: -1 };
}

/**
 * Maximin: the option whose worst score is best wins; level worst scores are decided by the
 * next-worst, and so on (leximin). Scores are compared unweighted. If `weights` are given,
 * criteria with zero weight are left out — a criterion the reader says does not matter should
 * not decide the worst case; without weights every criterion counts.
 */
export function maximinRule(matrix: DecisionMatrix, weights?: readonly number[]): MaximinResult {
  const w = weights ? checkedWeights(matrix, weights) : matrix.criteria.map(() => 1);
  const counted = matrix.criteria.map((_, k) => k).filter((k) => (w[k] ?? 0) > EPSILON);
  const rows = matrix.options.map((option, index) => {
    const row = matrix.scores[index] ?? [];
    const scores = counted.map((k) => row[k] ?? 0);
    const sortedScores = [...scores].sort((a, b) => a - b);
    const worst = sortedScores[0] ?? 0;
    const worstCriteria = counted
      .filter((k) => Math.abs((row[k] ?? 0) - worst) <= EPSILON)
      .map((k) => matrix.criteria[k]!);
    return { option, index, value: worst, worstCriteria, sortedScores };
  });
  const exact = (a: readonly number[], b: readonly number[]) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return b[k]! - a[k]!;
    return 0;
  };
  const sorted = rows
    .map((_, i) => i)
    .sort((a, b) => exact(rows[a]!.sortedScores, rows[b]!.sortedScores) || a - b);
  const ranks = ranksOf(
    sorted,
    (a, b) => compareLeximin(rows[a]!.sortedScores, rows[b]!.sortedScores).sign === 0,
  );
  const order = sorted.map((i, p) => ({ ...rows[i]!, rank: ranks[p]! }));
  const winner = order[0];
  const runnerUp = order.find((r) => r.rank > 1) ?? null;
  const decidedAt =
    winner && runnerUp ? compareLeximin(winner.sortedScores, runnerUp.sortedScores).at : null;
  return {
    rule: 'maximin',
    order,
    winners: firstRanked(order),
    criteria: counted.map((k) => matrix.criteria[k]!),
    reason: { runnerUp: runnerUp?.option ?? null, decidedAt },
  };
}

/**
 * Minimax regret: on each criterion j an option's regret is 10 × w_j × (best score on j − its
 * score), in points on the 0–100 scale of totals; the option whose largest regret is smallest
 * wins. Level largest regrets share a rank (no further tie-break). `weights` as for the
 * weighted sum.
 */
export function minimaxRegretRule(
  matrix: DecisionMatrix,
  weights: readonly number[],
): MinimaxRegretResult {
  const w = checkedWeights(matrix, weights);
  const m = matrix.criteria.length;
  const bestOn = Array.from({ length: m }, (_, k) => {
    let best = 0;
    matrix.options.forEach((_, i) => {
      if ((matrix.scores[i]?.[k] ?? 0) > (matrix.scores[best]?.[k] ?? 0)) best = i;
    });
    return best;
  });
  const rows = matrix.options.map((option, index) => {
    let value = 0;
    let worst = -1;
    for (let k = 0; k < m; k++) {
      const best = matrix.scores[bestOn[k]!]?.[k] ?? 0;
      const regret = 10 * (w[k] ?? 0) * (best - (matrix.scores[index]?.[k] ?? 0));
      if (regret > value + EPSILON) {
        value = regret;
        worst = k;
      }
    }
    return {
      option,
      index,
      value,
      criterion: worst >= 0 ? matrix.criteria[worst]! : null,
      against: worst >= 0 ? matrix.options[bestOn[worst]!]! : null,
    };
  });
  const sorted = rows.map((_, i) => i).sort((a, b) => rows[a]!.value - rows[b]!.value || a - b);
  const ranks = ranksOf(sorted, (a, b) => Math.abs(rows[a]!.value - rows[b]!.value) <= EPSILON);
  const order = sorted.map((i, p) => ({ ...rows[i]!, rank: ranks[p]! }));
  const runnerUp = order.find((r) => r.rank > 1) ?? null;
  return {
    rule: 'minimax-regret',
    order,
    winners: firstRanked(order),
    reason: { runnerUp: runnerUp?.option ?? null, runnerUpRegret: runnerUp?.value ?? null },
  };
}

/**
 * Satisficing: `thresholds` maps criterion id → minimum acceptable score (criteria left out
 * have no minimum). An option scoring below any minimum (by more than EPSILON) is ruled out,
 * with every shortfall listed; survivors are ranked by weighted sum. When none survives,
 * `winners` is empty — check it before reading `order[0]`. An unknown criterion id throws a
 * RangeError, so a typo cannot silently drop a minimum.
 */
export function satisficingRule(
  matrix: DecisionMatrix,
  weights: readonly number[],
  thresholds: Readonly<Record<string, number>>,
): SatisficingResult {
  const w = checkedWeights(matrix, weights);
  for (const id of Object.keys(thresholds)) {
    if (!matrix.criteria.includes(id))
      throw new RangeError(`unknown criterion "${id}" in thresholds`);
  }
  const totals = weightedTotals(matrix.scores, w);
  const shortfalls = matrix.options.map((_, i) =>
    matrix.criteria.flatMap((criterion, k) => {
      const threshold = thresholds[criterion];
      const score = matrix.scores[i]?.[k] ?? 0;
      return threshold !== undefined && score < threshold - EPSILON
        ? [{ criterion, score, threshold }]
        : [];
    }),
  );
  const surviving = matrix.options.map((_, i) => i).filter((i) => shortfalls[i]!.length === 0);
  const ranked = rankOptions(
    surviving.map((i) => matrix.options[i]!),
    surviving.map((i) => totals[i] ?? 0),
  );
  const order: SatisficingRow[] = [
    ...ranked.map((r) => {
      const index = surviving[r.index]!;
      return { option: r.option, index, rank: r.rank, value: r.total, shortfalls: [] };
    }),
    ...matrix.options.flatMap((option, index) =>
      shortfalls[index]!.length
        ? [{ option, index, rank: null, value: totals[index] ?? 0, shortfalls: shortfalls[index]! }]
        : [],
    ),
  ];
  return {
    rule: 'satisficing',
    order,
    winners: firstRanked(order),
    survivors: ranked.map((r) => r.option),
    thresholds: { ...thresholds },
  };
}

/** Options to `allRules`. */
export interface AllRulesInput {
  readonly weights: readonly number[];
  /** Minimum acceptable scores by criterion id for satisficing; default none. */
  readonly thresholds?: Readonly<Record<string, number>>;
}

/** Every rule's result in a fixed order: weighted sum, maximin, minimax regret, satisficing. */
export function allRules(matrix: DecisionMatrix, input: AllRulesInput): RuleResult[] {
  return [
    weightedSumRule(matrix, input.weights),
    maximinRule(matrix, input.weights),
    minimaxRegretRule(matrix, input.weights),
    satisficingRule(matrix, input.weights, input.thresholds ?? {}),
  ];
}
