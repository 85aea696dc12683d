import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createRng,
  createSmaaRun,
  normaliseWeights,
  rankAcceptability,
  rankOptions,
  weightedTotals,
  type DecisionMatrix,
  type SmaaResult,
} from '@/lib/decision';

function certain(scores: number[][]): DecisionMatrix {
  return {
    options: scores.map((_, i) => String.fromCharCode(65 + i)),
    criteria: (scores[0] ?? []).map((_, k) => `k${k}`),
    scores,
    low: scores,
    high: scores,
  };
}

const abc = certain([
  [8, 2, 5],
  [4, 6, 6],
  [2, 9, 3],
]);

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function expectSumsToOne(r: SmaaResult) {
  const n = r.options.length;
  r.acceptability.forEach((row) => expect(sum(row)).toBeCloseTo(1, 9));
  for (let rank = 0; rank < n; rank++) {
    expect(sum(r.acceptability.map((row) => row[rank]!))).toBeCloseTo(1, 9);
  }
}

/** A random matrix with a range around every score. */
const uncertainMatrix = fc
  .record({ n: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 5 }) })
  .chain(({ n, m }) =>
    fc.array(
      fc.array(
        fc
          .tuple(fc.integer({ min: 0, max: 10 }), fc.nat(3), fc.nat(3))
          .map(([s, down, up]) => [Math.max(0, s - down), s, Math.min(10, s + up)] as const),
        { minLength: m, maxLength: m },
      ),
      { minLength: n, maxLength: n },
    ),
  )
  .map((cells): DecisionMatrix => ({
    options: cells.map((_, i) => `o${i}`),
    criteria: (cells[0] ?? []).map((_, k) => `k${k}`),
    low: cells.map((row) => row.map((c) => c[0])),
    scores: cells.map((row) => row.map((c) => c[1])),
    high: cells.map((row) => row.map((c) => c[2])),
  }));

describe('rankAcceptability', () => {
  it('gives acceptabilities that sum to 1 over ranks and over options', () => {
    fc.assert(
      fc.property(uncertainMatrix, fc.nat(), fc.boolean(), (m, seed, around) => {
        const weights = around
          ? { kind: 'around' as const, weights: m.criteria.map((_, k) => k), concentration: 5 }
          : { kind: 'uniform' as const };
        const r = rankAcceptability(m, { samples: 300, seed, weights, confidenceSamples: 50 });
        expectSumsToOne(r);
        r.centralWeights.forEach((cw, i) => {
          expect(cw === null).toBe(r.acceptability[i]![0] === 0);
          if (cw) expect(sum(cw)).toBeCloseTo(1, 9);
        });
        r.confidence.forEach((c, i) => {
          expect(c === null).toBe(r.centralWeights[i] === null);
          if (c !== null) expect(c).toBeGreaterThanOrEqual(0);
          if (c !== null) expect(c).toBeLessThanOrEqual(1);
        });
      }),
      { numRuns: 80 },
    );
  });

  it('splits ranks evenly between options that are always level', () => {
    const r = rankAcceptability(
      certain([
        [5, 5],
        [5, 5],
        [1, 1],
      ]),
      { samples: 1000, seed: 1 },
    );
    expect(r.acceptability).toEqual([
      [0.5, 0.5, 0],
      [0.5, 0.5, 0],
      [0, 0, 1],
    ]);
    expect(r.confidence).toEqual([0.5, 0.5, null]);
    expect(r.centralWeights[2]).toBeNull();
  });

  it('matches the exact answer for two opposed options under uniform weights', () => {
    // A wins iff w₀ > 1/2, and w₀ ~ Uniform(0, 1): b = 1/2; A's central weights are (3/4, 1/4).
    const r = rankAcceptability(
      certain([
        [10, 0],
        [0, 10],
      ]),
      { samples: 40_000, seed: 3 },
    );
    expect(r.acceptability[0]![0]).toBeCloseTo(0.5, 1);
    expect(Math.abs(r.acceptability[0]![0]! - 0.5)).toBeLessThan(0.01);
    expect(Math.abs(r.centralWeights[0]![0]! - 0.75)).toBeLessThan(0.01);
    expect(Math.abs(r.centralWeights[1]![1]! - 0.75)).toBeLessThan(0.01);
    // With certain scores each option wins for sure at its own central weights.
    expect(r.confidence).toEqual([1, 1]);
  });

  it('draws scores from their ranges: a symmetric range around a level score wins half the time', () => {
    const m: DecisionMatrix = {
      options: ['a', 'b'],
      criteria: ['only'],
      scores: [[5], [5]],
      low: [[0], [5]],
      high: [[10], [5]],
    };
    const r = rankAcceptability(m, { samples: 40_000, seed: 4 });
    expect(Math.abs(r.acceptability[0]![0]! - 0.5)).toBeLessThan(0.01);
    const fixed = rankAcceptability(m, { samples: 100, seed: 4, scores: 'fixed' });
    expect(fixed.acceptability[0]).toEqual([0.5, 0.5]);
  });

  it('gives confidence 1 to every option that can win when scores are certain', () => {
    const r = rankAcceptability(abc, { samples: 5000, seed: 8 });
    r.confidence.forEach((c, i) => expect(c).toBe(r.centralWeights[i] === null ? null : 1));
  });

  it("puts the reader's leader first almost always with certain scores and high concentration", () => {
    const weights = [50, 30, 20];
    const leader = rankOptions(
      abc.options,
      weightedTotals(abc.scores, normaliseWeights(weights)),
    )[0]!.index;
    const first = [3, 30, 300, 3000, 30_000].map(
      (concentration) =>
        rankAcceptability(abc, {
          samples: 4000,
          seed: 12,
          weights: { kind: 'around', weights, concentration },
        }).acceptability[leader]![0]!,
    );
    first.slice(1).forEach((b, i) => expect(b).toBeGreaterThanOrEqual(first[i]! - 0.02));
    expect(first.at(-1)).toBeGreaterThan(0.99);
  });

  it('tends to the leader for any matrix whose leader is clearly ahead', () => {
    fc.assert(
      fc.property(
        uncertainMatrix,
        fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 5, maxLength: 5 }),
        (m, points) => {
          const weights = points.slice(0, m.criteria.length);
          const ranked = rankOptions(
            m.options,
            weightedTotals(m.scores, normaliseWeights(weights)),
          );
          fc.pre(ranked.length === 1 || ranked[0]!.total - ranked[1]!.total > 2);
          const r = rankAcceptability(
            { ...m, low: m.scores, high: m.scores },
            { samples: 500, seed: 5, weights: { kind: 'around', weights, concentration: 1e5 } },
          );
          expect(r.acceptability[ranked[0]!.index]![0]).toBeGreaterThan(0.95);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('copes with zero weights when sampling around the reader', () => {
    const r = rankAcceptability(abc, {
      samples: 5000,
      seed: 2,
      weights: { kind: 'around', weights: [1, 0, 0], concentration: 50 },
    });
    expectSumsToOne(r);
    expect(r.acceptability[0]![0]).toBeGreaterThan(0.99);
    const cw = r.centralWeights[0]!;
    expect(cw.every(Number.isFinite)).toBe(true);
    expect(cw[0]).toBeGreaterThan(0.99);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const options = { samples: 2000, seed: 99 };
    const m: DecisionMatrix = {
      ...abc,
      low: [
        [6, 1, 4],
        [3, 5, 5],
        [1, 8, 2],
      ],
      high: [
        [9, 4, 6],
        [6, 8, 7],
        [4, 10, 5],
      ],
    };
    const a = rankAcceptability(m, options);
    expect(rankAcceptability(m, options)).toEqual(a);
    expect(rankAcceptability(m, options, createRng(99))).toEqual(a);
    expect(rankAcceptability(m, { ...options, seed: 100 }).acceptability).not.toEqual(
      a.acceptability,
    );
  });

  it('returns plain JSON', () => {
    const r = rankAcceptability(abc, { samples: 100, seed: 1 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r).toMatchObject({
      samples: 100,
      confidenceSamples: 100,
      seed: 1,
      weightModel: 'uniform',
      concentration: null,
      scoreModel: 'triangular',
      complete: true,
    });
  });

  it.each([
    { what: 'zero samples', options: { samples: 0, seed: 1 } },
    { what: 'fractional samples', options: { samples: 2.5, seed: 1 } },
    {
      what: 'negative confidence samples',
      options: { samples: 10, seed: 1, confidenceSamples: -1 },
    },
    {
      what: 'the wrong number of weights',
      options: {
        samples: 10,
        seed: 1,
        weights: { kind: 'around' as const, weights: [1], concentration: 1 },
      },
    },
    {
      what: 'a zero concentration',
      options: {
        samples: 10,
        seed: 1,
        weights: { kind: 'around' as const, weights: [1, 1, 1], concentration: 0 },
      },
    },
  ])('rejects $what', ({ options }) => {
    expect(() => rankAcceptability(abc, options)).toThrow(RangeError);
  });

  it('rejects a score outside its range', () => {
    expect(() =>
      rankAcceptability(
        {
          ...abc,
          low: [
            [9, 2, 5],
            [4, 6, 6],
            [2, 9, 3],
          ],
        },
        { samples: 10, seed: 1 },
      ),
    ).toThrow(/low ≤ score ≤ high/);
  });
});

describe('createSmaaRun', () => {
  const m: DecisionMatrix = {
    ...abc,
    low: [
      [6, 1, 4],
      [3, 5, 5],
      [1, 8, 2],
    ],
    high: [
      [9, 4, 6],
      [6, 8, 7],
      [4, 10, 5],
    ],
  };
  const options = { samples: 3000, seed: 21, confidenceSamples: 1000 };

  it('gives the same result in slices as in one go', () => {
    const run = createSmaaRun(m, options);
    expect(run.total).toBe(4000);
    const progress: number[] = [];
    while (!run.done()) progress.push(run.step(700));
    expect(progress).toEqual([700, 1400, 2100, 2800, 3500, 4000]);
    expect(run.result()).toEqual(rankAcceptability(m, options));
  });

  it('does no work for a zero, negative or NaN budget', () => {
    const run = createSmaaRun(m, options);
    expect([run.step(0), run.step(-5), run.step(Number.NaN)]).toEqual([0, 0, 0]);
    expect(run.done()).toBe(false);
  });

  it('snapshots partial results while running', () => {
    const run = createSmaaRun(m, options);
    expect(run.result()).toMatchObject({ samples: 0, complete: false });
    run.step(1500);
    const half = run.result();
    expect(half).toMatchObject({ samples: 1500, confidenceSamples: 0, complete: false });
    expect(half.confidence.every((c) => c === null)).toBe(true);
    expectSumsToOne(half);
    run.step(Infinity);
    expect(run.result().complete).toBe(true);
    expect(run.step(10)).toBe(4000);
  });
});
