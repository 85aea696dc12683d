/**
 * Shared types of the decision maths. Plain numbers with names that carry meaning; the brands
 * are erased at run time and exist only so a score cannot be passed where a weight is wanted.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A normalised weight in [0, 1]; a weight vector sums to 1. */
export type Weight = Brand<number, 'Weight'>;
/** A score on the 0–10 scale, higher is better. */
export type Score = Brand<number, 'Score'>;
/** A probability in [0, 1]. */
export type Probability = Brand<number, 'Probability'>;

/** One tolerance for every float comparison in lib/decision (ties, flip points, sums). */
export const EPSILON = 1e-9;

/**
 * The options × criteria table that every rule works on. Rows follow `options`, columns follow
 * `criteria`; `low`/`high` hold each score's plausible range (equal to `scores` when certain).
 */
export interface DecisionMatrix {
  readonly options: readonly string[];
  readonly criteria: readonly string[];
  readonly scores: readonly (readonly number[])[];
  readonly low: readonly (readonly number[])[];
  readonly high: readonly (readonly number[])[];
}

/** One option's place in a ranking. Equal totals (within EPSILON) share a rank. */
export interface RankedOption {
  readonly option: string;
  readonly index: number;
  readonly total: number;
  /** Competition rank: 1, 1, 3, … */
  readonly rank: number;
}
