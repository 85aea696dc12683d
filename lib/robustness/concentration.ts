/**
 * The "how sure are you of your weights?" slider. Its positions run from "exactly my weights"
 * (a very concentrated Dirichlet around the reader's weights) to "any weights at all" (a flat
 * Dirichlet, i.e. uniform over every weight vector). In between, the typical spread of a
 * sampled weight, which for Dirichlet(c·w) is sqrt(w(1 − w)/(c + 1)), grows in equal steps:
 * the slider is linear in 1/sqrt(c + 1), so each notch loosens the weights by a similar amount.
 */

import type { SmaaWeightModel } from '@/lib/decision';

/** The last slider position; it means "any weights at all" (uniform sampling). */
export const CERTAINTY_STEPS = 10;

/** The default slider position: loosely around the reader's weights. */
export const DEFAULT_CERTAINTY_POSITION = 5;

/** The concentration at position 0: a weight of 13% then varies by about ±0.3 points. */
export const MAX_CONCENTRATION = 10_000;

function checkedPosition(position: number): number {
  if (!Number.isInteger(position) || position < 0 || position > CERTAINTY_STEPS) {
    throw new RangeError(
      `slider position must be an integer 0–${CERTAINTY_STEPS} (got ${position})`,
    );
  }
  return position;
}

/**
 * The Dirichlet concentration for a slider position 0…CERTAINTY_STEPS − 1, or null at
 * CERTAINTY_STEPS, which means uniform sampling rather than a concentration. The concentration
 * falls from MAX_CONCENTRATION at 0 to `criteriaCount` one step before the end, where sampling
 * around equal weights is exactly the flat Dirichlet. Throws a RangeError for a position that is
 * not an integer in range; `criteriaCount` must be at least 1.
 */
export function concentrationAt(position: number, criteriaCount: number): number | null {
  const p = checkedPosition(position);
  if (p === CERTAINTY_STEPS) return null;
  const m = Math.max(1, criteriaCount);
  const tight = 1 / Math.sqrt(MAX_CONCENTRATION + 1);
  const loose = 1 / Math.sqrt(m + 1);
  const u = p / (CERTAINTY_STEPS - 1);
  const spread = tight + (loose - tight) * u;
  return 1 / (spread * spread) - 1;
}

/**
 * The SMAA weight model for a slider position: around `weights` with `concentrationAt`, or
 * uniform at the last position. `weights` are points or normalised weights in criteria order.
 */
export function weightModelAt(position: number, weights: readonly number[]): SmaaWeightModel {
  const c = concentrationAt(position, weights.length);
  return c === null
    ? { kind: 'uniform' }
    : { kind: 'around', weights: [...weights], concentration: c };
}

/**
 * How far a weight of `share` (0–1) typically strays from itself when sampled with concentration
 * `c`: one standard deviation of a Dirichlet component, in share units (0.02 = 2 points).
 * Null concentration (uniform sampling) has no centre, so this returns null.
 */
export function typicalSpread(c: number | null, share: number): number | null {
  if (c === null) return null;
  return Math.sqrt((share * (1 - share)) / (c + 1));
}

/** Words for a slider position, for its visible label and `aria-valuetext`. */
export function certaintyWords(position: number): string {
  const p = checkedPosition(position);
  if (p === 0) return 'Exactly my weights';
  if (p === CERTAINTY_STEPS) return 'Any weights at all';
  if (p <= 3) return 'Close to my weights';
  if (p <= 6) return 'Loosely around my weights';
  return 'Far from my weights';
}
