import { EPSILON } from './types';

/**
 * Weight elicitation: turning a ranking, pairwise judgements or swing ratings into weights
 * that sum to 1. Pure functions over ids and numbers; the words for them live in lib/words.
 * See docs/elicitation-maths.md for the definitions and the choices made here.
 */

/**
 * Rank-order centroid weights for `n` strictly ranked positions, most important first:
 * w_k = (1/n) Σ_{i=k..n} 1/i. They sum to 1 and decrease strictly. `n` must be a whole
 * number ≥ 0 (0 gives an empty array).
 */
export function rankOrderCentroid(n: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0 (${n})`);
  const w = new Array<number>(n).fill(0);
  let tail = 0;
  for (let k = n; k >= 1; k--) {
    tail += 1 / k;
    w[k - 1] = tail / n;
  }
  return w;
}

/**
 * Rank-order centroid weights for tiers of ids, most important tier first; the ids in one tier
 * are tied. Tied criteria share equally the centroid weights of the positions they occupy
 * together (a tier of two in positions 2 and 3 gives each (w₂ + w₃) / 2), so the weights still
 * sum to 1 and a tie never changes anyone else's weight. Empty tiers are ignored. Returns a
 * weight per id; an id appearing twice throws, since a criterion has one place.
 */
export function rankingWeights(tiers: readonly (readonly string[])[]): Record<string, number> {
  const ids = tiers.flat();
  if (new Set(ids).size !== ids.length) throw new RangeError('an id appears in two places');
  const roc = rankOrderCentroid(ids.length);
  const out: Record<string, number> = {};
  let position = 0;
  for (const tier of tiers) {
    if (tier.length === 0) continue;
    const share = roc.slice(position, position + tier.length).reduce((s, w) => s + w, 0);
    for (const id of tier) out[id] = share / tier.length;
    position += tier.length;
  }
  return out;
}

/**
 * Saaty's random consistency index RI for n = 1..10 (the mean CI of random reciprocal
 * matrices), as given in the product brief. Index 0 is n = 1.
 */
export const RANDOM_INDEX: readonly number[] = [
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49,
];

/** The largest consistency ratio conventionally accepted (Saaty): CR ≤ 0.10. */
export const CR_ACCEPTABLE = 0.1;

/**
 * Saaty's random index for n criteria, or null beyond the published table (n > 10): we do not
 * extrapolate it, so a caller must show CI without a ratio there.
 */
export function randomIndex(n: number): number | null {
  return RANDOM_INDEX[n - 1] ?? null;
}

/** One pairwise judgement as a ratio: criterion `a` matters `ratio` times as much as `b`. */
export interface PairRatio {
  readonly a: string;
  readonly b: string;
  /** a_ab > 0: above 1 favours `a`, below 1 favours `b`. */
  readonly ratio: number;
}

/** A judgement on Saaty's verbal scale: which side matters more and by how much (1–9). */
export interface SaatyJudgement {
  readonly more: 'a' | 'b' | 'equal';
  readonly value: number;
}

/** The ratio a_ab of a Saaty judgement: `value` towards `a`, 1/`value` towards `b`, 1 if equal. */
export function saatyRatio(j: SaatyJudgement): number {
  if (j.more === 'equal') return 1;
  return j.more === 'a' ? j.value : 1 / j.value;
}

/**
 * The Saaty judgement (whole value 1–9) nearest to a ratio a/b on a log scale, so 1/9 and 9
 * are the ends. A ratio within a rounding of 1 is `equal`.
 */
export function nearestSaaty(ratio: number): SaatyJudgement {
  const r = Math.min(9, Math.max(1 / 9, ratio));
  const towardsA = r >= 1;
  const x = towardsA ? r : 1 / r;
  // The nearest whole value on the log scale: compare against the geometric midpoints.
  let value = Math.floor(x);
  if (value < 9 && Math.log(x) - Math.log(value) > Math.log(value + 1) - Math.log(x)) value += 1;
  value = Math.min(9, Math.max(1, value));
  return value === 1 ? { more: 'equal', value: 1 } : { more: towardsA ? 'a' : 'b', value };
}

/** How much one judgement disagrees with the weights, and what would agree with them. */
export interface Inconsistency {
  readonly a: string;
  readonly b: string;
  /** The ratio the reader gave, a_ab. */
  readonly ratio: number;
  /** |ln(a_ab · w_b / w_a)|: 0 when the judgement agrees exactly with the weights. */
  readonly error: number;
  /**
   * The ratio w_a / w_b implied by all the other judgements (the weights recomputed without this
   * one), or by all judgements if leaving it out disconnects the comparisons.
   */
  readonly implied: number;
  /** The Saaty judgement nearest to `implied`: the suggested replacement. */
  readonly suggestion: SaatyJudgement;
}

/** The result of a pairwise comparison. */
export interface PairwiseResult {
  /** Weights in `criteria` order, summing to 1 (principal eigenvector). */
  readonly weights: number[];
  /** The principal eigenvalue (of Harker's matrix when pairs were skipped); n when consistent. */
  readonly lambdaMax: number;
  /** Consistency index (λmax − n)/(n − 1); 0 for n ≤ 2. */
  readonly ci: number;
  /** Random index used, or null when n > 10. */
  readonly ri: number | null;
  /** Consistency ratio CI/RI; 0 for n ≤ 2; null when n > 10 (no published RI). */
  readonly cr: number | null;
  /** How many of the n(n−1)/2 pairs were judged. */
  readonly judged: number;
  /** Judgements ordered from the most to the least inconsistent. */
  readonly inconsistencies: Inconsistency[];
}

/** Why a set of pairwise judgements cannot give weights. */
export type PairwiseProblem =
  | { readonly kind: 'unknown-criterion'; readonly id: string }
  | { readonly kind: 'bad-ratio'; readonly a: string; readonly b: string }
  | { readonly kind: 'disconnected'; readonly groups: string[][] };

const MAX_ITERATIONS = 10_000;

/** Groups of criteria linked by judgements (connected components), in `criteria` order. */
function components(n: number, pairs: readonly (readonly [number, number])[]): number[][] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [i, j] of pairs) parent[find(i)] = find(j);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  }
  return [...groups.values()];
}

/**
 * Principal eigenvector (normalised to sum 1) and eigenvalue of Harker's matrix for judged
 * pairs `(i, j, a_ij)`: a missing a_ij is 0 and the diagonal is 1 + the row's missing count.
 * For a complete matrix this is the ordinary AHP matrix. The pairs must connect all n.
 */
function harkerEigen(
  n: number,
  pairs: readonly (readonly [number, number, number])[],
): { weights: number[]; lambda: number } {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const judged = Array.from({ length: n }, () => 0);
  for (const [i, j, r] of pairs) {
    m[i]![j] = r;
    m[j]![i] = 1 / r;
    judged[i]! += 1;
    judged[j]! += 1;
  }
  for (let i = 0; i < n; i++) m[i]![i] = 1 + (n - 1 - judged[i]!);
  let w = new Array<number>(n).fill(1 / n);
  let lambda = n;
  for (let it = 0; it < MAX_ITERATIONS; it++) {
    const next = m.map((row) => row.reduce((s, x, j) => s + x * w[j]!, 0));
    // With w summing to 1, the sum of Mw is the Rayleigh-style estimate of λmax.
    lambda = next.reduce((s, x) => s + x, 0);
    const normalised = next.map((x) => x / lambda);
    const change = Math.max(...normalised.map((x, i) => Math.abs(x - w[i]!)));
    w = normalised;
    if (change < EPSILON) break;
  }
  return { weights: w, lambda };
}

/**
 * Checks pairwise judgements against `criteria`: an unknown id, a ratio that is not a positive
 * finite number, or judgements that leave the criteria in unlinked groups (weights between
 * groups would be arbitrary) are problems. An empty array means `pairwiseWeights` will work.
 */
export function pairwiseProblems(
  criteria: readonly string[],
  judgements: readonly PairRatio[],
): PairwiseProblem[] {
  const index = new Map(criteria.map((id, i) => [id, i]));
  const problems: PairwiseProblem[] = [];
  const links: [number, number][] = [];
  for (const j of judgements) {
    const a = index.get(j.a);
    const b = index.get(j.b);
    if (a === undefined) problems.push({ kind: 'unknown-criterion', id: j.a });
    if (b === undefined) problems.push({ kind: 'unknown-criterion', id: j.b });
    if (!(Number.isFinite(j.ratio) && j.ratio > 0) || j.a === j.b) {
      problems.push({ kind: 'bad-ratio', a: j.a, b: j.b });
    }
    if (a !== undefined && b !== undefined) links.push([a, b]);
  }
  const groups = components(criteria.length, links);
  if (groups.length > 1) {
    problems.push({
      kind: 'disconnected',
      groups: groups.map((g) => g.map((i) => criteria[i]!)),
    });
  }
  return problems;
}

/**
 * AHP weights from pairwise judgements: the principal eigenvector by power iteration (to
 * EPSILON), λmax, CI, Saaty's CR, and the judgements ranked by how much they disagree with the
 * weights, each with the Saaty value the other judgements imply. Skipped pairs are handled by
 * Harker's method, which gives the same weights as the complete matrix when the judgements
 * are consistent; the CR of an incomplete matrix still divides by the complete matrix's RI, so
 * it is an approximation (see docs/elicitation-maths.md). A pair judged twice keeps the last
 * judgement. Throws a RangeError when `pairwiseProblems` is not empty.
 */
export function pairwiseWeights(
  criteria: readonly string[],
  judgements: readonly PairRatio[],
): PairwiseResult {
  const problems = pairwiseProblems(criteria, judgements);
  if (problems.length > 0) throw new RangeError(`pairwise judgements: ${problems[0]!.kind}`);
  const n = criteria.length;
  const index = new Map(criteria.map((id, i) => [id, i]));
  // One judgement per unordered pair, stored as (i, j, a_ij) with i < j.
  const byPair = new Map<string, { i: number; j: number; ratio: number; src: PairRatio }>();
  for (const src of judgements) {
    let i = index.get(src.a)!;
    let j = index.get(src.b)!;
    let ratio = src.ratio;
    if (i > j) [i, j, ratio] = [j, i, 1 / ratio];
    byPair.set(`${i}:${j}`, { i, j, ratio, src });
  }
  const pairs = [...byPair.values()];
  const triples = pairs.map((p) => [p.i, p.j, p.ratio] as const);
  if (n === 0) {
    return { weights: [], lambdaMax: 0, ci: 0, ri: 0, cr: 0, judged: 0, inconsistencies: [] };
  }
  const { weights, lambda } = harkerEigen(n, triples);
  const ci = n <= 2 ? 0 : Math.max(0, (lambda - n) / (n - 1));
  const ri = randomIndex(n);
  const cr = n <= 2 ? 0 : ri === null ? null : ci / ri;

  const inconsistencies = pairs
    .map((p) => {
      const error = Math.abs(Math.log((p.ratio * weights[p.j]!) / weights[p.i]!));
      return { p, error };
    })
    .sort((x, y) => y.error - x.error)
    .map(({ p, error }, rank): Inconsistency => {
      // Only the first few are shown, so only they pay for the leave-one-out eigenvector.
      let implied = weights[p.i]! / weights[p.j]!;
      if (rank < 3) {
        const rest = triples.filter((t) => !(t[0] === p.i && t[1] === p.j));
        if (
          components(
            n,
            rest.map((t) => [t[0], t[1]] as [number, number]),
          ).length === 1
        ) {
          const w = harkerEigen(n, rest).weights;
          implied = w[p.i]! / w[p.j]!;
        }
      }
      // Report in the reader's own orientation (a vs b as they judged it).
      const flipped = index.get(p.src.a) !== p.i;
      const ratio = flipped ? 1 / p.ratio : p.ratio;
      const impliedAb = flipped ? 1 / implied : implied;
      return {
        a: p.src.a,
        b: p.src.b,
        ratio,
        error,
        implied: impliedAb,
        suggestion: nearestSaaty(impliedAb),
      };
    });

  return { weights, lambdaMax: lambda, ci, ri, cr, judged: pairs.length, inconsistencies };
}

/**
 * Swing weights: each criterion's rating (the top swing is 100, the others rated against it)
 * divided by the sum of the ratings. Returns a weight per id. Ratings must be finite and ≥ 0
 * with at least one above 0, or it throws a RangeError.
 */
export function swingWeights(ratings: Readonly<Record<string, number>>): Record<string, number> {
  const entries = Object.entries(ratings);
  if (entries.some(([, r]) => !Number.isFinite(r) || r < 0)) {
    throw new RangeError('swing ratings must be finite and ≥ 0');
  }
  const sum = entries.reduce((s, [, r]) => s + r, 0);
  if (sum <= 0) throw new RangeError('at least one swing must be rated above 0');
  return Object.fromEntries(entries.map(([id, r]) => [id, r / sum]));
}

/**
 * Whole importance points (0–100) for the sliders from weights that sum to 1: the largest
 * weight gets 100 and the others keep their proportion to it, rounded. Rounding moves each
 * share by at most half a point of the largest, so a near-tie between options can change
 * order: compare with the unrounded weights when that matters. Missing ids give 0.
 */
export function weightsToPoints(
  weights: Readonly<Record<string, number>>,
  criteria: readonly string[],
): Record<string, number> {
  const max = Math.max(0, ...criteria.map((id) => weights[id] ?? 0));
  return Object.fromEntries(
    criteria.map((id) => [id, max > 0 ? Math.round((100 * (weights[id] ?? 0)) / max) : 0]),
  );
}
