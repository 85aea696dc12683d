import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CR_ACCEPTABLE,
  nearestSaaty,
  pairwiseProblems,
  pairwiseWeights,
  randomIndex,
  rankingWeights,
  rankOrderCentroid,
  saatyRatio,
  swingWeights,
  weightsToPoints,
  type PairRatio,
} from '@/lib/decision';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

/** Every pair of a consistent matrix built from `w`: a_ij = w_i / w_j. */
function consistentPairs(w: readonly number[]): PairRatio[] {
  const out: PairRatio[] = [];
  for (let i = 0; i < w.length; i++) {
    for (let j = i + 1; j < w.length; j++)
      out.push({ a: `c${i}`, b: `c${j}`, ratio: w[i]! / w[j]! });
  }
  return out;
}

describe('rankOrderCentroid', () => {
  it('gives the reference weights for n = 4 (0.5208, 0.2708, 0.1458, 0.0625)', () => {
    const w = rankOrderCentroid(4);
    [0.5208, 0.2708, 0.1458, 0.0625].forEach((x, k) => expect(w[k]).toBeCloseTo(x, 4));
  });

  it.each([
    { n: 1, expected: [1] },
    { n: 2, expected: [0.75, 0.25] },
    { n: 3, expected: [11 / 18, 5 / 18, 2 / 18] },
  ])('gives exact weights for n = $n', ({ n, expected }) => {
    rankOrderCentroid(n).forEach((w, k) => expect(w).toBeCloseTo(expected[k]!, 12));
  });

  it('sums to 1 and decreases strictly for any n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), (n) => {
        const w = rankOrderCentroid(n);
        expect(Math.abs(sum(w) - 1)).toBeLessThan(1e-12);
        for (let k = 1; k < n; k++) expect(w[k]!).toBeLessThan(w[k - 1]!);
      }),
    );
  });

  it('rejects a negative or fractional n', () => {
    expect(() => rankOrderCentroid(-1)).toThrow(RangeError);
    expect(() => rankOrderCentroid(2.5)).toThrow(RangeError);
  });
});

describe('rankingWeights', () => {
  it('gives untied tiers the plain centroid weights', () => {
    const w = rankingWeights([['a'], ['b'], ['c'], ['d']]);
    expect(w.a).toBeCloseTo(0.5208, 4);
    expect(w.d).toBeCloseTo(0.0625, 4);
  });

  it('gives tied criteria the mean of the positions they occupy', () => {
    const roc = rankOrderCentroid(4);
    const w = rankingWeights([['a'], ['b', 'c'], ['d']]);
    expect(w.a).toBeCloseTo(roc[0]!, 12);
    expect(w.b).toBeCloseTo((roc[1]! + roc[2]!) / 2, 12);
    expect(w.c).toBeCloseTo(w.b!, 12);
    expect(w.d).toBeCloseTo(roc[3]!, 12);
  });

  it('gives all-tied criteria equal weights and ignores empty tiers', () => {
    const w = rankingWeights([[], ['a', 'b', 'c'], []]);
    for (const id of ['a', 'b', 'c']) expect(w[id]).toBeCloseTo(1 / 3, 12);
  });

  it('rejects an id in two places', () => {
    expect(() => rankingWeights([['a'], ['a']])).toThrow(RangeError);
  });

  it('sums to 1, keeps higher tiers heavier, and does not depend on order within a tier', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 }),
        (sizes) => {
          let next = 0;
          const tiers = sizes.map((s) => Array.from({ length: s }, () => `c${next++}`));
          const w = rankingWeights(tiers);
          expect(Math.abs(sum(Object.values(w)) - 1)).toBeLessThan(1e-12);
          for (let t = 1; t < tiers.length; t++) {
            expect(w[tiers[t]![0]!]!).toBeLessThan(w[tiers[t - 1]![0]!]!);
          }
          const reversed = rankingWeights(tiers.map((tier) => [...tier].reverse()));
          for (const id of Object.keys(w)) expect(reversed[id]).toBeCloseTo(w[id]!, 12);
        },
      ),
    );
  });
});

describe('randomIndex', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 0.58],
    [4, 0.9],
    [5, 1.12],
    [6, 1.24],
    [7, 1.32],
    [8, 1.41],
    [9, 1.45],
    [10, 1.49],
  ])('is Saaty’s value for n = %i', (n, ri) => expect(randomIndex(n)).toBe(ri));

  it('is null beyond the published table', () => expect(randomIndex(11)).toBeNull());
});

describe('saatyRatio and nearestSaaty', () => {
  it.each([
    [{ more: 'a', value: 5 } as const, 5],
    [{ more: 'b', value: 3 } as const, 1 / 3],
    [{ more: 'equal', value: 1 } as const, 1],
  ])('turns %o into a ratio of %d', (j, r) => expect(saatyRatio(j)).toBeCloseTo(r, 12));

  it.each([
    [5, { more: 'a', value: 5 }],
    [1 / 7, { more: 'b', value: 7 }],
    [1.2, { more: 'equal', value: 1 }],
    [2.9, { more: 'a', value: 3 }],
    [40, { more: 'a', value: 9 }],
    [1 / 100, { more: 'b', value: 9 }],
  ])('rounds a ratio of %d to %o', (r, j) => expect(nearestSaaty(r)).toEqual(j));

  it('round-trips every Saaty judgement', () => {
    for (let v = 2; v <= 9; v++) {
      expect(nearestSaaty(saatyRatio({ more: 'a', value: v }))).toEqual({ more: 'a', value: v });
      expect(nearestSaaty(saatyRatio({ more: 'b', value: v }))).toEqual({ more: 'b', value: v });
    }
  });
});

describe('pairwiseWeights', () => {
  it('recovers the weights of a consistent matrix with CR = 0', () => {
    const r = pairwiseWeights(ids(3), consistentPairs([4, 2, 1]));
    [4 / 7, 2 / 7, 1 / 7].forEach((w, k) => expect(r.weights[k]).toBeCloseTo(w, 8));
    expect(r.lambdaMax).toBeCloseTo(3, 8);
    expect(r.cr).toBeCloseTo(0, 8);
  });

  // For n = 3 with a_12 = x, a_23 = y, a_13 = z, the principal eigenvector is the row geometric
  // mean and λmax = 1 + δ^(1/3) + δ^(−1/3) with δ = xy/z (closed form, e.g. Saaty 1980, §3).
  it('matches the closed form for an inconsistent 3 × 3 matrix', () => {
    const [x, y, z] = [2, 2, 1];
    const r = pairwiseWeights(ids(3), [
      { a: 'c0', b: 'c1', ratio: x },
      { a: 'c1', b: 'c2', ratio: y },
      { a: 'c0', b: 'c2', ratio: z },
    ]);
    const delta = (x * y) / z;
    const lambda = 1 + Math.cbrt(delta) + 1 / Math.cbrt(delta);
    expect(r.lambdaMax).toBeCloseTo(lambda, 8);
    expect(r.ci).toBeCloseTo((lambda - 3) / 2, 8);
    expect(r.cr).toBeCloseTo((lambda - 3) / 2 / 0.58, 8);
    expect(r.cr).toBeGreaterThan(CR_ACCEPTABLE);
    const g = [Math.cbrt(x * z), Math.cbrt(y / x), Math.cbrt(1 / (z * y))];
    g.forEach((v, k) => expect(r.weights[k]).toBeCloseTo(v / sum(g), 8));
  });

  it('names the odd judgement out and suggests what the others imply', () => {
    // c0 > c1 > c2 > c3 by 2 each, consistently — except c0 vs c3, reversed.
    const pairs = consistentPairs([8, 4, 2, 1]).map((p) =>
      p.a === 'c0' && p.b === 'c3' ? { ...p, ratio: 1 / 8 } : p,
    );
    const r = pairwiseWeights(ids(4), pairs);
    expect(r.cr).toBeGreaterThan(CR_ACCEPTABLE);
    const worst = r.inconsistencies[0]!;
    expect([worst.a, worst.b]).toEqual(['c0', 'c3']);
    expect(worst.ratio).toBeCloseTo(1 / 8, 12);
    expect(worst.implied).toBeCloseTo(8, 6);
    expect(worst.suggestion).toEqual({ more: 'a', value: 8 });
  });

  it('reports judgements in the reader’s own orientation', () => {
    const r = pairwiseWeights(ids(2), [{ a: 'c1', b: 'c0', ratio: 3 }]);
    expect(r.weights[1]).toBeCloseTo(0.75, 8);
    expect(r.inconsistencies[0]).toMatchObject({ a: 'c1', b: 'c0', ratio: 3 });
  });

  it('with skipped pairs (Harker), recovers a consistent matrix exactly', () => {
    const w = [5, 3, 2, 1, 1];
    const pairs = consistentPairs(w).filter((_, k) => k % 3 !== 1);
    const r = pairwiseWeights(ids(5), pairs);
    expect(r.judged).toBe(pairs.length);
    w.forEach((x, k) => expect(r.weights[k]).toBeCloseTo(x / sum(w), 8));
    expect(r.cr).toBeCloseTo(0, 8);
  });

  it('refuses judgements that leave criteria unlinked', () => {
    const pairs = [{ a: 'c0', b: 'c1', ratio: 2 }];
    expect(pairwiseProblems(ids(3), pairs)).toEqual([
      { kind: 'disconnected', groups: [['c0', 'c1'], ['c2']] },
    ]);
    expect(() => pairwiseWeights(ids(3), pairs)).toThrow(RangeError);
  });

  it('reports unknown ids and impossible ratios', () => {
    expect(pairwiseProblems(['a', 'b'], [{ a: 'a', b: 'x', ratio: 0 }])).toEqual(
      expect.arrayContaining([
        { kind: 'unknown-criterion', id: 'x' },
        { kind: 'bad-ratio', a: 'a', b: 'x' },
      ]),
    );
  });

  it('gives CR = null beyond 10 criteria but still weights them', () => {
    const w = Array.from({ length: 11 }, (_, i) => i + 1);
    const r = pairwiseWeights(ids(11), consistentPairs(w));
    expect(r.cr).toBeNull();
    expect(r.ci).toBeCloseTo(0, 8);
    expect(sum(r.weights)).toBeCloseTo(1, 10);
  });

  const saaty = fc.integer({ min: -8, max: 8 }).map((k) => (k >= 0 ? k + 1 : 1 / (1 - k)));

  it('gives positive weights summing to 1 and CR ≥ 0 for any complete judgements', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 8 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(saaty, { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
            ),
          ),
        ([n, ratios]) => {
          const pairs = consistentPairs(new Array<number>(n).fill(1)).map((p, k) => ({
            ...p,
            ratio: ratios[k]!,
          }));
          const r = pairwiseWeights(ids(n), pairs);
          expect(Math.abs(sum(r.weights) - 1)).toBeLessThan(1e-9);
          expect(r.weights.every((x) => x > 0)).toBe(true);
          expect(r.lambdaMax).toBeGreaterThanOrEqual(n - 1e-6);
          expect(r.cr!).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives a consistent matrix CR = 0 and its own weights back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.2, max: 5, noNaN: true }), { minLength: 3, maxLength: 9 }),
        (w) => {
          const r = pairwiseWeights(ids(w.length), consistentPairs(w));
          expect(r.cr!).toBeLessThan(1e-6);
          w.forEach((x, k) => expect(r.weights[k]).toBeCloseTo(x / sum(w), 6));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not depend on the order of the criteria', () => {
    fc.assert(
      fc.property(
        fc.array(saaty, { minLength: 10, maxLength: 10 }),
        fc.shuffledSubarray(ids(5), { minLength: 5, maxLength: 5 }),
        (ratios, order) => {
          const pairs = consistentPairs([1, 1, 1, 1, 1]).map((p, k) => ({
            ...p,
            ratio: ratios[k]!,
          }));
          const base = pairwiseWeights(ids(5), pairs);
          const permuted = pairwiseWeights(order, [...pairs].reverse());
          order.forEach((id, k) => {
            expect(permuted.weights[k]).toBeCloseTo(base.weights[Number(id.slice(1))]!, 6);
          });
          expect(permuted.cr).toBeCloseTo(base.cr!, 6);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('swingWeights', () => {
  it('divides each rating by the sum', () => {
    expect(swingWeights({ a: 100, b: 50, c: 50 })).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
  });

  it('rejects all-zero or negative ratings', () => {
    expect(() => swingWeights({ a: 0, b: 0 })).toThrow(RangeError);
    expect(() => swingWeights({ a: 100, b: -1 })).toThrow(RangeError);
  });

  it('sums to 1 for any ratings with the top at 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 9 }), (rest) => {
        const ratings = Object.fromEntries([100, ...rest].map((r, i) => [`c${i}`, r]));
        expect(Math.abs(sum(Object.values(swingWeights(ratings))) - 1)).toBeLessThan(1e-12);
      }),
    );
  });
});

describe('weightsToPoints', () => {
  it('gives the largest weight 100 and keeps the others in proportion', () => {
    expect(weightsToPoints({ a: 0.5, b: 0.25, c: 0.125, d: 0.125 }, ['a', 'b', 'c', 'd'])).toEqual({
      a: 100,
      b: 50,
      c: 25,
      d: 25,
    });
  });

  it('rounds ROC weights for n = 4 to 100, 52, 28, 12', () => {
    const w = rankingWeights([['a'], ['b'], ['c'], ['d']]);
    expect(weightsToPoints(w, ['a', 'b', 'c', 'd'])).toEqual({ a: 100, b: 52, c: 28, d: 12 });
  });

  it('gives 0 to missing ids and to all-zero weights', () => {
    expect(weightsToPoints({}, ['a'])).toEqual({ a: 0 });
  });
});
