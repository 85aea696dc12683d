import type { Case } from '@/lib/case/schema';
import { EPSILON, type DecisionMatrix, type RankedOption } from './types';

/**
 * Builds the decision matrix of a validated case: options and criteria in case order.
 * Callers must pass a case that has passed `caseSchema` (every option assesses every criterion).
 */
export function matrixFromCase(c: Pick<Case, 'options' | 'criteria'>): DecisionMatrix {
  const criteria = c.criteria.map((k) => k.id);
  const cell = (o: Case['options'][number], k: string) => {
    const a = o.assessments[k];
    if (!a) throw new Error(`option "${o.id}" has no assessment for "${k}"`);
    return a;
  };
  return {
    options: c.options.map((o) => o.id),
    criteria,
    scores: c.options.map((o) => criteria.map((k) => cell(o, k).score)),
    low: c.options.map((o) => criteria.map((k) => cell(o, k).range[0])),
    high: c.options.map((o) => criteria.map((k) => cell(o, k).range[1])),
  };
}

/**
 * Turns importance points (any non-negative numbers) into weights that sum to 1.
 * Negative or non-finite points count as 0. All-zero points give equal weights rather than
 * NaN, so a caller never divides by zero; check `points.some(p => p > 0)` if that matters.
 */
export function normaliseWeights(points: readonly number[]): number[] {
  const clean = points.map((p) => (Number.isFinite(p) && p > 0 ? p : 0));
  const sum = clean.reduce((s, p) => s + p, 0);
  if (sum <= 0) return clean.map(() => (clean.length ? 1 / clean.length : 0));
  return clean.map((p) => p / sum);
}

/**
 * Each option's weighted total on 0–100: Σ (weight × score) × 10. `weights` must be
 * normalised (see `normaliseWeights`) and in the matrix's criteria order.
 */
export function weightedTotals(
  scores: readonly (readonly number[])[],
  weights: readonly number[],
): number[] {
  return scores.map((row) => 10 * row.reduce((s, x, j) => s + x * (weights[j] ?? 0), 0));
}

/**
 * Each criterion's contribution to each option's total (rows: options, columns: criteria),
 * on the same 0–100 scale; a row sums to that option's total.
 */
export function contributions(
  scores: readonly (readonly number[])[],
  weights: readonly number[],
): number[][] {
  return scores.map((row) => row.map((x, j) => 10 * x * (weights[j] ?? 0)));
}

/**
 * Orders options by total, best first. Totals within EPSILON share a (competition) rank;
 * ties keep the input order, so the result is stable.
 */
export function rankOptions(options: readonly string[], totals: readonly number[]): RankedOption[] {
  const rows = options.map((option, index) => ({ option, index, total: totals[index] ?? 0 }));
  rows.sort((a, b) =>
    Math.abs(a.total - b.total) <= EPSILON ? a.index - b.index : b.total - a.total,
  );
  let rank = 0;
  return rows.map((r, i) => {
    const prev = rows[i - 1];
    if (!prev || Math.abs(prev.total - r.total) > EPSILON) rank = i + 1;
    return { ...r, rank };
  });
}
