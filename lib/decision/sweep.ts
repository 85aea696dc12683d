/**
 * One-way weight sweeps, solved exactly. Sweeping criterion j sets its normalised weight to
 * w ∈ [0, 1] and rescales every other weight by (1 − w) / Σ(others), so the others keep their
 * proportions. Each option's total is then a straight line in w, and everything here (flip
 * points, stability intervals, the smallest change) comes from intersecting those lines.
 *
 * Conventions shared by every function in this file:
 * - `weights` are importance points or normalised weights in criteria order; they are normalised
 *   with `normaliseWeights` first. A wrong length throws a RangeError.
 * - If the other criteria carry no weight at all (criterion j holds all of it), the sweep spreads
 *   1 − w equally over them, because there are no proportions to keep.
 * - Totals are on the 0–100 scale of `weightedTotals`. Two totals within EPSILON are level.
 * - The current leader is the explorer's: the first option of `rankOptions` at the current
 *   weights, so a tie at the current weights goes to the option earlier in case order.
 */

import { normaliseWeights, rankOptions, weightedTotals } from './core';
import { EPSILON, type DecisionMatrix } from './types';

/** One option's total as a function of the swept weight: total(w) = intercept + slope × w. */
export interface SweepLine {
  readonly option: string;
  readonly index: number;
  readonly intercept: number;
  readonly slope: number;
}

/** A stretch of the sweep, [from, to], over which one option is on top. */
export interface LeaderSegment {
  readonly from: number;
  readonly to: number;
  readonly leader: string;
}

/** A swept weight at which the leader changes: `from` leads just below `at`, `to` just above. */
export interface FlipPoint {
  readonly at: number;
  readonly from: string;
  readonly to: string;
}

/** The range of one criterion's weight over which the current leader stays first. */
export interface StabilityInterval {
  readonly criterion: string;
  readonly index: number;
  /** Smallest weight at which the leader is still first (level with `belowLeader` there if > 0). */
  readonly lower: number;
  /** Largest weight at which the leader is still first (level with `aboveLeader` there if < 1). */
  readonly upper: number;
  /** The criterion's current normalised weight; lower ≤ current ≤ upper. */
  readonly current: number;
  readonly leader: string;
  /** Other options level with the leader at the current weights (within EPSILON). */
  readonly tiedWith: readonly string[];
  /** Who leads just below `lower`; null when `lower` is 0. */
  readonly belowLeader: string | null;
  /** Who leads just above `upper`; null when `upper` is 1. */
  readonly aboveLeader: string | null;
}

/** The smallest single-weight change that hands the lead to another option. */
export interface SmallestChange {
  readonly criterion: string;
  readonly index: number;
  readonly direction: 'increase' | 'decrease';
  /** Current normalised weight of the criterion. */
  readonly from: number;
  /** The weight at which the challenger draws level; any step beyond it hands over the lead. */
  readonly to: number;
  /** |to − from| in percentage points of normalised weight (0–100). */
  readonly change: number;
  readonly leader: string;
  readonly takesOver: string;
}

function checkedWeights(matrix: DecisionMatrix, weights: readonly number[]): number[] {
  if (weights.length !== matrix.criteria.length) {
    throw new RangeError(
      `expected ${matrix.criteria.length} weights (one per criterion), got ${weights.length}`,
    );
  }
  return normaliseWeights(weights);
}

function checkedCriterion(matrix: DecisionMatrix, j: number): void {
  if (!Number.isInteger(j) || j < 0 || j >= matrix.criteria.length) {
    throw new RangeError(`criterion index ${j} is out of range 0–${matrix.criteria.length - 1}`);
  }
}

/**
 * The full normalised weight vector when criterion j is set to w (0 ≤ w ≤ 1): the others are
 * rescaled by (1 − w) / Σ(others), or share 1 − w equally if they sum to 0. Throws a RangeError
 * for w outside [0, 1] — a caller passing a percentage (e.g. 40) must divide by 100 first.
 */
export function sweepWeights(weights: readonly number[], j: number, w: number): number[] {
  if (!(w >= 0 && w <= 1)) throw new RangeError(`swept weight must be in [0, 1] (got ${w})`);
  const base = normaliseWeights(weights);
  const m = base.length;
  const others = base.reduce((s, x, k) => (k === j ? s : s + x), 0);
  return base.map((x, k) => {
    if (k === j) return w;
    return others > 0 ? (x * (1 - w)) / others : (1 - w) / (m - 1);
  });
}

/**
 * Each option's total (0–100) as a line in criterion j's weight w: intercept = 10 × r and
 * slope = 10 × (s_j − r), where r is the option's mean score on the other criteria weighted by
 * their current proportions. At w = the current weight the line gives the explorer's total.
 */
export function sweepLines(
  matrix: DecisionMatrix,
  weights: readonly number[],
  j: number,
): SweepLine[] {
  checkedCriterion(matrix, j);
  const w = checkedWeights(matrix, weights);
  const m = w.length;
  const others = w.reduce((s, x, k) => (k === j ? s : s + x), 0);
  return matrix.options.map((option, index) => {
    const row = matrix.scores[index] ?? [];
    let rest = 0;
    for (let k = 0; k < m; k++) {
      if (k === j) continue;
      const share = others > 0 ? (w[k] ?? 0) / others : 1 / (m - 1);
      rest += share * (row[k] ?? 0);
    }
    const own = row[j] ?? 0;
    return { option, index, intercept: 10 * rest, slope: 10 * (own - rest) };
  });
}

const at = (line: SweepLine, w: number) => line.intercept + line.slope * w;

/**
 * The line on top at w, looking to one side: among lines level with the best at w (within
 * EPSILON), the steepest leads just to the right and the shallowest just to the left; equal
 * slopes go to the earlier option.
 */
function topLine(lines: readonly SweepLine[], w: number, side: 'left' | 'right'): SweepLine {
  let best = -Infinity;
  for (const l of lines) best = Math.max(best, at(l, w));
  let pick: SweepLine | undefined;
  for (const l of lines) {
    if (at(l, w) < best - EPSILON) continue;
    if (!pick) pick = l;
    else if (side === 'right' ? l.slope > pick.slope + EPSILON : l.slope < pick.slope - EPSILON) {
      pick = l;
    }
  }
  if (!pick) throw new Error('sweep needs at least one option');
  return pick;
}

/** Walks the upper envelope of the lines from w = 0 to w = 1. */
function envelope(lines: readonly SweepLine[]): LeaderSegment[] {
  const segments: LeaderSegment[] = [];
  let x = 0;
  let cur = topLine(lines, 0, 'right');
  // Each step moves to a strictly steeper line, so the walk ends within lines.length steps.
  for (;;) {
    let next = Infinity;
    for (const l of lines) {
      if (l.slope > cur.slope + EPSILON) {
        const cross = (cur.intercept - l.intercept) / (l.slope - cur.slope);
        if (cross < next) next = cross;
      }
    }
    if (!(next < 1)) {
      segments.push({ from: x, to: 1, leader: cur.option });
      return segments;
    }
    next = Math.max(next, x);
    if (next > x) segments.push({ from: x, to: next, leader: cur.option });
    const level = at(cur, next);
    let taker: SweepLine | undefined;
    for (const l of lines) {
      if (l.slope <= cur.slope + EPSILON || at(l, next) < level - EPSILON) continue;
      if (!taker || l.slope > taker.slope + EPSILON) taker = l;
    }
    if (!taker) {
      segments.push({ from: next, to: 1, leader: cur.option });
      return segments;
    }
    cur = taker;
    x = next;
  }
}

/**
 * The stretches of [0, 1] over which each option leads as criterion j's weight is swept, in
 * order, covering [0, 1] without gaps. Options with identical lines (level at every w) are shown
 * as the one earlier in case order; a segment never names two leaders.
 */
export function leaderSegments(
  matrix: DecisionMatrix,
  weights: readonly number[],
  j: number,
): LeaderSegment[] {
  return envelope(sweepLines(matrix, weights, j));
}

/**
 * The exact swept weights in (0, 1) at which the leader changes, found by intersecting the
 * lines and walking their upper envelope (not by sampling). Empty when one option leads
 * throughout. A flip is where two options are level; `to` leads for any w just above `at`.
 */
export function flipPoints(
  matrix: DecisionMatrix,
  weights: readonly number[],
  j: number,
): FlipPoint[] {
  const segments = leaderSegments(matrix, weights, j);
  const flips: FlipPoint[] = [];
  for (let s = 1; s < segments.length; s++) {
    const prev = segments[s - 1]!;
    const seg = segments[s]!;
    if (prev.leader !== seg.leader) flips.push({ at: seg.from, from: prev.leader, to: seg.leader });
  }
  return flips;
}

/**
 * The closed range [lower, upper] of criterion j's weight over which the current leader stays
 * first or level-first, with who leads beyond each end. When another option is level with the
 * leader at the current weights and their lines differ, one end equals `current`: the slightest
 * move that way hands over the lead. Options level with the leader at every w never end it.
 */
export function stabilityInterval(
  matrix: DecisionMatrix,
  weights: readonly number[],
  j: number,
): StabilityInterval {
  const lines = sweepLines(matrix, weights, j);
  const w = normaliseWeights(weights);
  const current = w[j] ?? 0;
  const ranked = rankOptions(matrix.options, weightedTotals(matrix.scores, w));
  const first = ranked[0];
  const lead = first && lines[first.index];
  if (!lead) throw new Error('stabilityInterval needs at least one option');

  let lower = 0;
  let upper = 1;
  const tiedWith: string[] = [];
  for (const l of lines) {
    if (l === lead) continue;
    const a = lead.intercept - l.intercept;
    const b = lead.slope - l.slope;
    const gap = a + b * current;
    const level = Math.abs(gap) <= EPSILON;
    if (level) tiedWith.push(l.option);
    if (Math.abs(b) <= EPSILON) continue;
    // Lines level (within EPSILON) at the current weight or at an end cross exactly there;
    // snapping keeps float noise from inventing a flip a hair inside [0, 1].
    let cross = -a / b;
    if (level) cross = current;
    else if (Math.abs(a) <= EPSILON) cross = 0;
    else if (Math.abs(a + b) <= EPSILON) cross = 1;
    if (b > 0) lower = Math.max(lower, cross);
    else upper = Math.min(upper, cross);
  }
  lower = Math.min(lower, current);
  upper = Math.max(upper, current);

  return {
    criterion: matrix.criteria[j]!,
    index: j,
    lower,
    upper,
    current,
    leader: lead.option,
    tiedWith,
    belowLeader: lower > 0 ? topLine(lines, lower, 'left').option : null,
    aboveLeader: upper < 1 ? topLine(lines, upper, 'right').option : null,
  };
}

/**
 * Across all criteria, the smallest one-way change of a single normalised weight (in
 * percentage points) at which another option draws level with the leader and, just beyond,
 * takes over. Null when no single weight change can change the leader. Ties between criteria
 * go to the earlier criterion, then to an increase. A change of 0 means the leader is already
 * level with `takesOver` at the current weights.
 */
export function smallestChange(
  matrix: DecisionMatrix,
  weights: readonly number[],
): SmallestChange | null {
  let best: SmallestChange | null = null;
  const consider = (c: SmallestChange) => {
    if (!best || c.change < best.change - EPSILON) best = c;
  };
  for (let j = 0; j < matrix.criteria.length; j++) {
    const s = stabilityInterval(matrix, weights, j);
    const base = { criterion: s.criterion, index: j, from: s.current, leader: s.leader };
    if (s.aboveLeader !== null) {
      const change = 100 * (s.upper - s.current);
      consider({ ...base, direction: 'increase', to: s.upper, change, takesOver: s.aboveLeader });
    }
    if (s.belowLeader !== null) {
      const change = 100 * (s.current - s.lower);
      consider({ ...base, direction: 'decrease', to: s.lower, change, takesOver: s.belowLeader });
    }
  }
  return best;
}
