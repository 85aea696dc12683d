/**
 * The arithmetic behind each number the explorer shows, as data that a view lays out. Nothing
 * here computes a total itself: callers pass the weights and contributions from `scoreMatrix`.
 */

/** A weight's share: its points over the sum of all points. */
export interface ShareExplanation {
  readonly points: number;
  readonly sum: number;
  readonly share: number;
  /** True when every criterion has 0 points, in which case all count equally. */
  readonly allZero: boolean;
}

/**
 * Explains criterion `index`'s share of the weight. `share` must be the normalised weight from
 * lib/decision for the same points, so the explanation always matches what is shown.
 */
export function explainShare(
  points: readonly number[],
  index: number,
  share: number,
): ShareExplanation {
  const sum = points.reduce((s, p) => s + Math.max(0, p), 0);
  return { points: points[index] ?? 0, sum, share, allZero: sum === 0 };
}

/** One line of a total's breakdown: weight × score × 10 = contribution. */
export interface TotalTerm {
  readonly criterion: string;
  readonly label: string;
  readonly weight: number;
  readonly score: number;
  readonly contribution: number;
}

/**
 * The terms of an option's total: for each criterion, weight × score × 10. The terms sum to
 * the total. `weights`, `scores` and `contributions` must share the criteria order.
 */
export function explainTotal(
  criteria: readonly { id: string; label: string }[],
  weights: readonly number[],
  scores: readonly number[],
  contributionRow: readonly number[],
): TotalTerm[] {
  return criteria.map((k, j) => ({
    criterion: k.id,
    label: k.label,
    weight: weights[j] ?? 0,
    score: scores[j] ?? 0,
    contribution: contributionRow[j] ?? 0,
  }));
}
