import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  fillFlatDirichlet,
  sampleDirichlet,
  sampleExponential,
  sampleFlatDirichlet,
  sampleGamma,
  sampleLogGamma,
  sampleTriangular,
} from '@/lib/decision';

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const draws = (count: number, f: () => number) => Array.from({ length: count }, f);

describe('createRng', () => {
  it('replays the same stream for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(draws(100, a)).toEqual(draws(100, b));
  });

  it('gives different streams for different seeds', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.nat(2 ** 32 - 1), (s, t) => {
        fc.pre(s !== t);
        expect(draws(4, createRng(s))).not.toEqual(draws(4, createRng(t)));
      }),
    );
  });

  it('stays in [0, 1) with a uniform mean and spread', () => {
    const xs = draws(100_000, createRng(7));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
    const variance = mean(xs.map((x) => (x - 0.5) ** 2));
    expect(variance).toBeCloseTo(1 / 12, 2);
  });

  it('takes a seed modulo 2^32, so 1 and 2^32 + 1 agree', () => {
    expect(draws(3, createRng(2 ** 32 + 1))).toEqual(draws(3, createRng(1)));
  });
});

describe('sampleExponential', () => {
  it('has mean 1/rate and never goes negative', () => {
    const rng = createRng(3);
    const xs = draws(50_000, () => sampleExponential(rng, 2));
    expect(xs.every((x) => x >= 0 && Number.isFinite(x))).toBe(true);
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(0.02);
  });
});

describe('sampleGamma', () => {
  it.each([0.05, 0.5, 1, 2.5, 10])('has mean and variance equal to the shape %s', (shape) => {
    const rng = createRng(11);
    const xs = draws(40_000, () => sampleGamma(rng, shape));
    const m = mean(xs);
    const v = mean(xs.map((x) => (x - m) ** 2));
    // Standard error of the mean is sqrt(shape / n); 6 of them is a generous, seeded bound.
    expect(Math.abs(m - shape)).toBeLessThan(6 * Math.sqrt(shape / 40_000));
    expect(Math.abs(v - shape) / shape).toBeLessThan(0.15);
  });

  it('rejects a non-positive shape', () => {
    const rng = createRng(1);
    expect(() => sampleGamma(rng, 0)).toThrow(RangeError);
    expect(() => sampleLogGamma(rng, -1)).toThrow(RangeError);
  });

  it('stays finite in log space for tiny shapes', () => {
    const rng = createRng(5);
    expect(draws(1000, () => sampleLogGamma(rng, 0.001)).every(Number.isFinite)).toBe(true);
  });
});

describe('sampleFlatDirichlet', () => {
  it('returns points on the simplex', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 30 }), (seed, n) => {
        const w = sampleFlatDirichlet(createRng(seed), n);
        expect(w).toHaveLength(n);
        expect(w.every((x) => x >= 0 && x <= 1)).toBe(true);
        expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-12);
      }),
    );
  });

  it.each([2, 4, 8])('has component means of 1/n for n = %s', (n) => {
    const rng = createRng(2024);
    const sums = new Array<number>(n).fill(0);
    const count = 20_000;
    const w = new Float64Array(n);
    for (let s = 0; s < count; s++) {
      fillFlatDirichlet(rng, w);
      w.forEach((x, k) => (sums[k]! += x));
    }
    // Var of a flat Dirichlet component is (n − 1) / (n² (n + 1)); allow 6 standard errors.
    const se = Math.sqrt((n - 1) / (n * n * (n + 1)) / count);
    sums.forEach((sum) => expect(Math.abs(sum / count - 1 / n)).toBeLessThan(6 * se));
  });

  it('spreads the first component uniformly for n = 2, unlike normalised uniforms', () => {
    // For n = 2 a flat Dirichlet's first weight is Uniform(0, 1): a quarter of draws fall
    // below 0.25. Normalised uniforms u/(u+v) put only 1/6 there.
    const rng = createRng(9);
    const low = draws(40_000, () => sampleFlatDirichlet(rng, 2)[0]!).filter((x) => x < 0.25);
    expect(low.length / 40_000).toBeCloseTo(0.25, 2);
  });
});

describe('sampleDirichlet', () => {
  it('has means α_k / Σα', () => {
    const rng = createRng(17);
    const alpha = [8, 1, 0.5, 0.01];
    const total = alpha.reduce((s, a) => s + a, 0);
    const count = 20_000;
    const sums = [0, 0, 0, 0];
    for (let s = 0; s < count; s++) sampleDirichlet(rng, alpha).forEach((x, k) => (sums[k]! += x));
    sums.forEach((sum, k) => expect(sum / count).toBeCloseTo(alpha[k]! / total, 2));
  });

  it('never returns NaN, even when every α is tiny', () => {
    const rng = createRng(23);
    for (let s = 0; s < 2000; s++) {
      const w = sampleDirichlet(rng, [0.001, 0.001, 0.001]);
      expect(w.every(Number.isFinite)).toBe(true);
      expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-12);
    }
  });
});

describe('sampleTriangular', () => {
  it.each([
    { low: 0, mode: 5, high: 10 },
    { low: 2, mode: 2, high: 6 },
    { low: 1, mode: 9, high: 9 },
    { low: 3.5, mode: 4, high: 7.25 },
  ])('stays in [$low, $high] with mean (low + mode + high)/3', ({ low, mode, high }) => {
    const rng = createRng(31);
    const xs = draws(50_000, () => sampleTriangular(rng, low, mode, high));
    expect(xs.every((x) => x >= low && x <= high)).toBe(true);
    const sd = Math.sqrt(
      (low * low + mode * mode + high * high - low * mode - low * high - mode * high) / 18,
    );
    expect(Math.abs(mean(xs) - (low + mode + high) / 3)).toBeLessThan(6 * (sd / Math.sqrt(50_000)));
  });

  it('puts the right share below the mode', () => {
    const rng = createRng(37);
    const xs = draws(50_000, () => sampleTriangular(rng, 0, 3, 10));
    expect(xs.filter((x) => x < 3).length / xs.length).toBeCloseTo(0.3, 2);
  });

  it('returns the value itself when low equals high, without using the rng', () => {
    let calls = 0;
    const rng = () => {
      calls++;
      return 0.5;
    };
    expect(sampleTriangular(rng, 4, 4, 4)).toBe(4);
    expect(calls).toBe(0);
  });

  it('rejects a mode outside the range', () => {
    expect(() => sampleTriangular(createRng(1), 2, 1, 3)).toThrow(RangeError);
  });
});
