/**
 * Seeded randomness for the Monte Carlo maths. Nothing here touches `Math.random`: every sampler
 * takes its random source as a parameter, so a run can be replayed exactly from its seed.
 */

/** A source of uniform numbers in [0, 1). Each call advances its state. */
export type Rng = () => number;

/**
 * sfc32 state. The fields start as numbers (not constructor parameters, which compile to fields
 * that start undefined): V8 then keeps them unboxed, and a draw is about five times faster.
 */
class Sfc32 {
  a = 0;
  b = 0;
  c = 0;
  d = 0;

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    const c = (this.c << 21) | (this.c >>> 11);
    this.c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
}

/**
 * A seeded sfc32 generator (period about 2^128; passes PractRand), its state filled from the seed
 * by splitmix32 so nearby seeds give unrelated streams. The seed is taken modulo 2^32 after
 * truncation, so 1 and 2^32 + 1 give the same stream; a non-finite seed counts as 0.
 */
export function createRng(seed: number): Rng {
  let s = Number.isFinite(seed) ? Math.trunc(seed) >>> 0 : 0;
  const splitmix32 = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) | 0;
  };
  const state = new Sfc32();
  state.a = splitmix32();
  state.b = splitmix32();
  state.c = splitmix32();
  state.d = splitmix32();
  // The first outputs of a freshly seeded sfc32 are weakly mixed; discard them, as its author does.
  for (let i = 0; i < 12; i++) state.next();
  return () => state.next();
}

/**
 * One draw from the exponential distribution with the given rate (mean 1/rate).
 * Uses 1 − u, which lies in (0, 1], so the result is finite (0 only when u is exactly 0).
 */
export function sampleExponential(rng: Rng, rate = 1): number {
  return -Math.log(1 - rng()) / rate;
}

/** One standard normal draw (Marsaglia's polar method; the second value is discarded). */
export function sampleStandardNormal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng() - 1;
    const v = 2 * rng() - 1;
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/** Marsaglia–Tsang for shape ≥ 1, unit scale. */
function gammaAtLeastOne(rng: Rng, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleStandardNormal(rng);
    const t = 1 + c * x;
    if (t <= 0) continue;
    const v = t * t * t;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * The natural log of one Gamma(shape, 1) draw. Shapes below 1 use the boost
 * Gamma(α) = Gamma(α + 1) · U^(1/α), kept in log space because U^(1/α) underflows to 0 for
 * small α (α = 0.01 needs U^100), which would otherwise zero a whole Dirichlet draw.
 */
export function sampleLogGamma(rng: Rng, shape: number): number {
  if (!(shape > 0) || !Number.isFinite(shape)) {
    throw new RangeError(`gamma shape must be a positive finite number (got ${shape})`);
  }
  if (shape >= 1) return Math.log(gammaAtLeastOne(rng, shape));
  return Math.log(gammaAtLeastOne(rng, shape + 1)) + Math.log(1 - rng()) / shape;
}

/**
 * One Gamma(shape, scale) draw by Marsaglia and Tsang (2000), with the α < 1 boost.
 * Throws a RangeError for a non-positive shape. For tiny shapes the result can underflow to 0;
 * use `sampleLogGamma` when that matters.
 */
export function sampleGamma(rng: Rng, shape: number, scale = 1): number {
  return Math.exp(sampleLogGamma(rng, shape)) * scale;
}

/**
 * Fills `out` with one point drawn uniformly from the simplex (a flat Dirichlet): independent
 * Exp(1) draws divided by their sum. Normalised uniform draws would NOT be uniform on the simplex
 * (they crowd the centre). Returns `out`. The all-zero draw (probability ~2^-32n) gives equal weights.
 */
export function fillFlatDirichlet(rng: Rng, out: Float64Array): Float64Array {
  const n = out.length;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const e = -Math.log(1 - rng());
    out[k] = e;
    sum += e;
  }
  if (sum > 0) for (let k = 0; k < n; k++) out[k] = out[k]! / sum;
  else out.fill(n ? 1 / n : 0);
  return out;
}

/** One point drawn uniformly from the simplex of `n` components, as a plain array. */
export function sampleFlatDirichlet(rng: Rng, n: number): number[] {
  return Array.from(fillFlatDirichlet(rng, new Float64Array(n)));
}

/**
 * Fills `out` with one Dirichlet(alpha) draw (normalised Gamma(α_k) draws, computed in log space
 * so small α never produce 0/0). `alpha` and `out` must have the same length and every α_k must
 * be positive; throws a RangeError otherwise. Returns `out`.
 */
export function fillDirichlet(rng: Rng, alpha: ArrayLike<number>, out: Float64Array): Float64Array {
  const n = out.length;
  if (alpha.length !== n) {
    throw new RangeError(`alpha has ${alpha.length} components but out has ${n}`);
  }
  let max = -Infinity;
  for (let k = 0; k < n; k++) {
    const lg = sampleLogGamma(rng, alpha[k]!);
    out[k] = lg;
    if (lg > max) max = lg;
  }
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp(out[k]! - max);
    out[k] = e;
    sum += e;
  }
  for (let k = 0; k < n; k++) out[k] = out[k]! / sum;
  return out;
}

/** One Dirichlet(alpha) draw as a plain array; see `fillDirichlet`. */
export function sampleDirichlet(rng: Rng, alpha: readonly number[]): number[] {
  return Array.from(fillDirichlet(rng, alpha, new Float64Array(alpha.length)));
}

/**
 * One draw from the triangular distribution on [low, high] with its peak at `mode`, by inverse
 * CDF (one uniform per draw). `low === high` returns `low` without consuming a number.
 * Throws a RangeError unless low ≤ mode ≤ high (all finite).
 */
export function sampleTriangular(rng: Rng, low: number, mode: number, high: number): number {
  if (!(low <= mode && mode <= high) || !Number.isFinite(low) || !Number.isFinite(high)) {
    throw new RangeError(`triangular needs low ≤ mode ≤ high (got ${low}, ${mode}, ${high})`);
  }
  if (high === low) return low;
  return triangularFromUniform(rng(), low, mode, high);
}

/** The inverse triangular CDF at u; assumes low ≤ mode ≤ high and low < high. */
function triangularFromUniform(u: number, low: number, mode: number, high: number): number {
  const span = high - low;
  const split = (mode - low) / span;
  return u < split
    ? low + Math.sqrt(u * span * (mode - low))
    : high - Math.sqrt((1 - u) * span * (high - mode));
}
