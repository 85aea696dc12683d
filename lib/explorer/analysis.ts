import {
  contributions,
  EPSILON,
  normaliseWeights,
  rankOptions,
  weightedTotals,
  type DecisionMatrix,
  type RankedOption,
} from '@/lib/decision';

/** One criterion's part in a switch from one option to another. */
export interface SwitchRow {
  readonly criterion: string;
  readonly index: number;
  readonly weight: number;
  readonly fromScore: number;
  readonly toScore: number;
  /** Change in the total on the 0–100 scale: 10 × weight × (to − from). Positive is a gain. */
  readonly change: number;
}

/** What switching from one option to another gains and costs under given weights. */
export interface HeadToHead {
  readonly from: string;
  readonly to: string;
  /** Every criterion, in case order. */
  readonly rows: readonly SwitchRow[];
  /** Criteria where the switch gains, biggest first. */
  readonly gains: readonly SwitchRow[];
  /** Criteria where the switch costs, biggest loss first. */
  readonly costs: readonly SwitchRow[];
  /** The net change in total (the sum of `change`), equal to total(to) − total(from). */
  readonly net: number;
  readonly fromTotal: number;
  readonly toTotal: number;
}

/**
 * Compares two options criterion by criterion. `weights` must be normalised (sum to 1) and in
 * the matrix's criteria order; `from`/`to` are option ids (throws on an unknown id). Rows whose
 * change is within EPSILON of zero are neither gains nor costs.
 */
export function headToHead(
  matrix: DecisionMatrix,
  weights: readonly number[],
  from: string,
  to: string,
): HeadToHead {
  const a = matrix.options.indexOf(from);
  const b = matrix.options.indexOf(to);
  if (a < 0 || b < 0) throw new Error(`unknown option "${a < 0 ? from : to}"`);
  const parts = contributions(matrix.scores, weights);
  const rowA = parts[a] ?? [];
  const rowB = parts[b] ?? [];
  const rows: SwitchRow[] = matrix.criteria.map((criterion, j) => ({
    criterion,
    index: j,
    weight: weights[j] ?? 0,
    fromScore: matrix.scores[a]?.[j] ?? 0,
    toScore: matrix.scores[b]?.[j] ?? 0,
    change: (rowB[j] ?? 0) - (rowA[j] ?? 0),
  }));
  const [fromTotal = 0, toTotal = 0] = weightedTotals(
    [matrix.scores[a] ?? [], matrix.scores[b] ?? []],
    weights,
  );
  return {
    from,
    to,
    rows,
    gains: rows.filter((r) => r.change > EPSILON).sort((x, y) => y.change - x.change),
    costs: rows.filter((r) => r.change < -EPSILON).sort((x, y) => x.change - y.change),
    net: toTotal - fromTotal,
    fromTotal,
    toTotal,
  };
}

/**
 * How far two weightings are apart, in percentage points: the total variation distance
 * ½ Σ |a − b| × 100, i.e. the share of importance that would have to move from some criteria
 * to others to turn one weighting into the other. 0 = identical, 100 = no overlap at all.
 * Both inputs must be normalised (use `normaliseWeights` on points first) and the same length.
 */
export function weightDistance(a: readonly number[], b: readonly number[]): number {
  const sum = a.reduce((s, x, j) => s + Math.abs(x - (b[j] ?? 0)), 0);
  return 50 * sum;
}

/** A criterion where two weightings differ, in percentage points (reader minus other). */
export interface WeightDifference {
  readonly index: number;
  readonly criterion: string;
  readonly difference: number;
}

/**
 * The criteria where `mine` and `theirs` (both normalised) differ most, biggest gap first,
 * leaving out gaps under half a percentage point. Returns at most `limit` entries.
 */
export function largestWeightDifferences(
  criteria: readonly string[],
  mine: readonly number[],
  theirs: readonly number[],
  limit = 3,
): WeightDifference[] {
  return criteria
    .map((criterion, index) => ({
      index,
      criterion,
      difference: 100 * ((mine[index] ?? 0) - (theirs[index] ?? 0)),
    }))
    .filter((d) => Math.abs(d.difference) >= 0.5)
    .sort((x, y) => Math.abs(y.difference) - Math.abs(x.difference))
    .slice(0, limit);
}

/** Totals, contributions and ranking under one set of points: everything a view displays. */
export interface Scored {
  readonly weights: readonly number[];
  readonly totals: readonly number[];
  readonly contributions: readonly (readonly number[])[];
  readonly ranking: readonly RankedOption[];
}

/**
 * Scores every option under importance `points` (0–100 each, case order), using lib/decision
 * for every step. All-zero points count as equal weights (see `normaliseWeights`).
 */
export function scoreMatrix(matrix: DecisionMatrix, points: readonly number[]): Scored {
  const weights = normaliseWeights(points);
  const totals = weightedTotals(matrix.scores, weights);
  return {
    weights,
    totals,
    contributions: contributions(matrix.scores, weights),
    ranking: rankOptions(matrix.options, totals),
  };
}
