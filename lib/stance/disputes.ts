import type { DecisionMatrix } from '@/lib/decision';
import type { Disputes } from './schema';

/**
 * The decision matrix with the reader's own scores in place of the case's. A disputed cell's
 * plausible range is widened, if needed, to include the reader's score, so uncertainty
 * analyses draw around the reader's score without throwing away the case's range. Disputes for
 * ids the matrix lacks are ignored (fit the stance to the case first to tell the reader).
 * Returns `matrix` itself when there is nothing to apply, so callers can memoise on identity.
 */
export function matrixWithDisputes(matrix: DecisionMatrix, disputes: Disputes): DecisionMatrix {
  let changed = false;
  const scores = matrix.scores.map((row) => [...row]);
  const low = matrix.low.map((row) => [...row]);
  const high = matrix.high.map((row) => [...row]);
  for (const [optionId, cells] of Object.entries(disputes)) {
    const i = matrix.options.indexOf(optionId);
    if (i < 0) continue;
    for (const [criterionId, score] of Object.entries(cells)) {
      const j = matrix.criteria.indexOf(criterionId);
      const s = scores[i];
      const lo = low[i];
      const hi = high[i];
      if (j < 0 || !s || !lo || !hi) continue;
      s[j] = score;
      lo[j] = Math.min(lo[j] ?? score, score);
      hi[j] = Math.max(hi[j] ?? score, score);
      changed = true;
    }
  }
  return changed ? { ...matrix, scores, low, high } : matrix;
}

/** How many cells a set of disputes changes (the count the reader sees). */
export function disputeCount(disputes: Disputes): number {
  return Object.values(disputes).reduce((n, cells) => n + Object.keys(cells).length, 0);
}

/** The reader's score for one cell, or undefined when they have not disputed it. */
export function disputedScore(
  disputes: Disputes,
  optionId: string,
  criterionId: string,
): number | undefined {
  return disputes[optionId]?.[criterionId];
}
