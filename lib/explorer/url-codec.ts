/**
 * The share-link format: `?w=50,80,20,…`, one whole number of importance points (0–100) per
 * criterion, in case order. Short, readable, and independent of criterion ids, so a link
 * stays valid as long as the case keeps the same number of criteria.
 */

/** The query parameter that carries the weights. */
export const WEIGHTS_PARAM = 'w';

/** The smallest and largest importance points a criterion can have. */
export const MIN_POINTS = 0;
export const MAX_POINTS = 100;

/** Why a `?w=` value could not be used. */
export type WeightsProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'count'; readonly expected: number; readonly got: number }
  | { readonly kind: 'not-a-number'; readonly position: number; readonly value: string }
  | { readonly kind: 'out-of-range'; readonly position: number; readonly value: number };

/** The outcome of decoding a `?w=` value. */
export type DecodedWeights =
  | { readonly ok: true; readonly points: number[] }
  | { readonly ok: false; readonly problem: WeightsProblem };

const NUMBER = /^\d+(?:\.\d+)?$|^-\d+(?:\.\d+)?$/;

/**
 * Writes points as the `?w=` value, e.g. `50,80,20`. Points are rounded to whole numbers and
 * clamped to 0–100, so whatever the store holds always makes a link that decodes.
 */
export function encodeWeights(points: readonly number[]): string {
  return points.map((p) => String(clampPoints(p))).join(',');
}

/**
 * Reads a `?w=` value for a case with `criteriaCount` criteria. Returns the points, or the
 * first problem found: empty, wrong count, an entry that is not a number, or one outside
 * 0–100. Decimals are accepted and rounded to whole points. Never throws.
 */
export function decodeWeights(value: string, criteriaCount: number): DecodedWeights {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, problem: { kind: 'empty' } };
  const parts = trimmed.split(',').map((s) => s.trim());
  if (parts.length !== criteriaCount) {
    return { ok: false, problem: { kind: 'count', expected: criteriaCount, got: parts.length } };
  }
  const points: number[] = [];
  for (const [i, part] of parts.entries()) {
    if (!NUMBER.test(part)) {
      return { ok: false, problem: { kind: 'not-a-number', position: i + 1, value: part } };
    }
    const n = Number(part);
    if (n < MIN_POINTS || n > MAX_POINTS) {
      return { ok: false, problem: { kind: 'out-of-range', position: i + 1, value: n } };
    }
    points.push(Math.round(n));
  }
  return { ok: true, points };
}

/**
 * Reads the weights from a query string (`location.search`, with or without the `?`).
 * Returns null when the address has no `w` at all, which is not a problem: the caller falls
 * back quietly. An empty `w=` is a problem (`empty`), not null.
 */
export function weightsFromSearch(search: string, criteriaCount: number): DecodedWeights | null {
  const value = new URLSearchParams(search).get(WEIGHTS_PARAM);
  if (value === null) return null;
  return decodeWeights(value, criteriaCount);
}

/**
 * Returns `href` with its `w` parameter set to `points` (or removed when `points` is null),
 * keeping every other parameter and the hash. `href` must be absolute.
 */
export function hrefWithWeights(href: string, points: readonly number[] | null): string {
  const url = new URL(href);
  if (points === null) url.searchParams.delete(WEIGHTS_PARAM);
  else url.searchParams.set(WEIGHTS_PARAM, encodeWeights(points));
  // URLSearchParams escapes commas as %2C; the bare comma is legal in a query and easier to read.
  return url.toString().replace(/%2C/gi, ',');
}

/**
 * One short sentence for the reader about a link that could not be used, e.g.
 * "This link's weights could not be used (it has 3 numbers; this case needs 7). Showing the
 * default weights instead."
 */
export function describeWeightsProblem(problem: WeightsProblem): string {
  const tail = 'Showing the default weights instead.';
  switch (problem.kind) {
    case 'empty':
      return `This link has no weights in it. ${tail}`;
    case 'count':
      return `This link's weights could not be used (it has ${problem.got} ${problem.got === 1 ? 'number' : 'numbers'}; this case needs ${problem.expected}). ${tail}`;
    case 'not-a-number':
      return `This link's weights could not be used (entry ${problem.position}, "${truncate(problem.value)}", is not a number). ${tail}`;
    case 'out-of-range':
      return `This link's weights could not be used (entry ${problem.position} is ${problem.value}; weights run from ${MIN_POINTS} to ${MAX_POINTS}). ${tail}`;
  }
}

/** Rounds to a whole number of points and clamps to 0–100; non-finite values become 0. */
export function clampPoints(value: number): number {
  if (!Number.isFinite(value)) return MIN_POINTS;
  return Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.round(value)));
}

function truncate(s: string): string {
  return s.length > 12 ? `${s.slice(0, 11)}…` : s;
}
