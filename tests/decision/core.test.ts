import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EPSILON,
  contributions,
  matrixFromCase,
  normaliseWeights,
  rankOptions,
  weightedTotals,
} from '@/lib/decision';

describe('normaliseWeights', () => {
  it.each([
    { points: [1, 1], expected: [0.5, 0.5] },
    { points: [20, 60, 20], expected: [0.2, 0.6, 0.2] },
    { points: [0, 5], expected: [0, 1] },
    { points: [0, 0, 0, 0], expected: [0.25, 0.25, 0.25, 0.25] },
    { points: [-3, 3], expected: [0, 1] },
    { points: [Number.NaN, 2, Number.POSITIVE_INFINITY], expected: [0, 1, 0] },
    { points: [], expected: [] },
  ])('turns $points into $expected', ({ points, expected }) => {
    const got = normaliseWeights(points);
    expect(got).toHaveLength(expected.length);
    got.forEach((w, k) => expect(w).toBeCloseTo(expected[k]!, 12));
  });

  it('returns weights that sum to 1 for any non-empty points', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 1e6, noNaN: true }), { minLength: 1 }),
        (points) => {
          const w = normaliseWeights(points);
          expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThan(1e-9);
          expect(w.every((x) => x >= 0 && x <= 1)).toBe(true);
        },
      ),
    );
  });

  it('leaves normalised weights unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }),
        (points) => {
          const once = normaliseWeights(points);
          normaliseWeights(once).forEach((x, k) => expect(x).toBeCloseTo(once[k]!, 12));
        },
      ),
    );
  });
});

describe('weightedTotals', () => {
  it.each([
    { scores: [[10, 0]], weights: [0.5, 0.5], expected: [50] },
    {
      scores: [
        [4, 8],
        [6, 6],
      ],
      weights: [0.25, 0.75],
      expected: [70, 60],
    },
    { scores: [[3, 3, 3]], weights: [0.2, 0.3, 0.5], expected: [30] },
    { scores: [[7]], weights: [1], expected: [70] },
  ])('totals $scores under $weights as $expected (0–100)', ({ scores, weights, expected }) => {
    weightedTotals(scores, weights).forEach((t, i) => expect(t).toBeCloseTo(expected[i]!, 10));
  });

  it('treats a missing weight as 0', () => {
    expect(weightedTotals([[5, 9]], [1])).toEqual([50]);
  });
});

describe('contributions', () => {
  it('gives each criterion its share, and each row sums to the total', () => {
    const scores = [
      [4, 8],
      [6, 6],
    ];
    const weights = [0.25, 0.75];
    expect(contributions(scores, weights)).toEqual([
      [10, 60],
      [15, 45],
    ]);
    const totals = weightedTotals(scores, weights);
    contributions(scores, weights).forEach((row, i) =>
      expect(row.reduce((s, x) => s + x, 0)).toBeCloseTo(totals[i]!, 10),
    );
  });
});

describe('rankOptions', () => {
  it.each([
    { totals: [10, 30, 20], order: ['b', 'c', 'a'], ranks: [1, 2, 3] },
    { totals: [30, 30, 20], order: ['a', 'b', 'c'], ranks: [1, 1, 3] },
    { totals: [20, 30, 30], order: ['b', 'c', 'a'], ranks: [1, 1, 3] },
    { totals: [5, 5, 5], order: ['a', 'b', 'c'], ranks: [1, 1, 1] },
    { totals: [10, 20, 10], order: ['b', 'a', 'c'], ranks: [1, 2, 2] },
    { totals: [50, 50 + EPSILON / 2, 40], order: ['a', 'b', 'c'], ranks: [1, 1, 3] },
    { totals: [50, 50 + 10 * EPSILON, 40], order: ['b', 'a', 'c'], ranks: [1, 2, 3] },
  ])('ranks totals $totals as $order with ranks $ranks', ({ totals, order, ranks }) => {
    const ranked = rankOptions(['a', 'b', 'c'], totals);
    expect(ranked.map((r) => r.option)).toEqual(order);
    expect(ranked.map((r) => r.rank)).toEqual(ranks);
  });

  it('returns a permutation with competition ranks consistent with the totals', () => {
    // Totals are drawn from a few values plus near-tie offsets, so chains of near-ties occur.
    const total = fc
      .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
      .map(([v, k]) => v * 10 + k * 0.6 * EPSILON);
    fc.assert(
      fc.property(fc.array(total, { minLength: 1, maxLength: 8 }), (totals) => {
        const options = totals.map((_, i) => `o${i}`);
        const ranked = rankOptions(options, totals);
        expect(ranked.map((r) => r.index).sort((a, b) => a - b)).toEqual(options.map((_, i) => i));
        ranked.forEach((r, p) => {
          expect(r.total).toBe(totals[r.index]);
          const prev = ranked[p - 1];
          if (!prev) return expect(r.rank).toBe(1);
          expect(prev.total).toBeGreaterThanOrEqual(r.total - EPSILON);
          const level = Math.abs(prev.total - r.total) <= EPSILON;
          expect(r.rank).toBe(level ? prev.rank : p + 1);
        });
        // Options more than EPSILON ahead never rank below.
        for (const a of ranked) {
          for (const b of ranked) {
            if (a.total > b.total + 3 * EPSILON) expect(a.rank).toBeLessThanOrEqual(b.rank);
          }
        }
      }),
    );
  });
});

describe('matrixFromCase', () => {
  const assessment = (score: number, range: [number, number]) => ({
    score,
    range,
    rationale: 'r',
    evidence: { kind: 'inference' as const },
  });

  it('builds rows in option order and columns in criterion order, with ranges', () => {
    const m = matrixFromCase({
      criteria: [{ id: 'x' }, { id: 'y' }] as never,
      options: [
        { id: 'a', assessments: { y: assessment(2, [1, 3]), x: assessment(5, [5, 5]) } },
        { id: 'b', assessments: { x: assessment(7, [6, 9]), y: assessment(0, [0, 1]) } },
      ] as never,
    });
    expect(m).toEqual({
      options: ['a', 'b'],
      criteria: ['x', 'y'],
      scores: [
        [5, 2],
        [7, 0],
      ],
      low: [
        [5, 1],
        [6, 0],
      ],
      high: [
        [5, 3],
        [9, 1],
      ],
    });
  });

  it('throws when an option lacks an assessment', () => {
    expect(() =>
      matrixFromCase({
        criteria: [{ id: 'x' }] as never,
        options: [{ id: 'a', assessments: {} }] as never,
      }),
    ).toThrow(/option "a" has no assessment for "x"/);
  });
});
