import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EPSILON,
  flipPoints,
  leaderSegments,
  normaliseWeights,
  rankOptions,
  smallestChange,
  stabilityInterval,
  sweepLines,
  sweepWeights,
  weightedTotals,
  type DecisionMatrix,
} from '@/lib/decision';

function matrix(scores: number[][], criteria?: string[]): DecisionMatrix {
  return {
    options: scores.map((_, i) => String.fromCharCode(65 + i)),
    criteria: criteria ?? (scores[0] ?? []).map((_, k) => `k${k}`),
    scores,
    low: scores,
    high: scores,
  };
}

// Hand-checked: totals at [0.5, 0.3, 0.2] are A 56, B 50, C 43 (see the comments per criterion).
const abc = matrix([
  [8, 2, 5],
  [4, 6, 6],
  [2, 9, 3],
]);
const abcWeights = [50, 30, 20];

describe('sweepWeights', () => {
  it.each([
    { weights: [20, 30, 50], j: 0, w: 0.6, expected: [0.6, 0.15, 0.25] },
    { weights: [20, 30, 50], j: 2, w: 0, expected: [0.4, 0.6, 0] },
    { weights: [1, 1], j: 1, w: 1, expected: [0, 1] },
    // The others carry no weight, so 1 − w is spread equally.
    { weights: [1, 0, 0], j: 0, w: 0.4, expected: [0.4, 0.3, 0.3] },
  ])('sets criterion $j of $weights to $w → $expected', ({ weights, j, w, expected }) => {
    sweepWeights(weights, j, w).forEach((x, k) => expect(x).toBeCloseTo(expected[k]!, 12));
  });

  it('rejects a weight outside [0, 1]', () => {
    expect(() => sweepWeights([1, 1], 0, 40)).toThrow(RangeError);
  });
});

describe('sweepLines', () => {
  it.each([
    // j = 0: the others keep proportions 0.6 : 0.4.
    {
      j: 0,
      lines: [
        [32, 48],
        [60, -20],
        [66, -46],
      ],
    },
    // j = 1: proportions 5/7 : 2/7.
    {
      j: 1,
      lines: [
        [500 / 7, 20 - 500 / 7],
        [320 / 7, 60 - 320 / 7],
        [160 / 7, 90 - 160 / 7],
      ],
    },
    // j = 2: proportions 5/8 : 3/8.
    {
      j: 2,
      lines: [
        [57.5, -7.5],
        [47.5, 12.5],
        [46.25, -16.25],
      ],
    },
  ])('gives exact intercepts and slopes for criterion $j', ({ j, lines }) => {
    sweepLines(abc, abcWeights, j).forEach((l, i) => {
      expect(l.intercept).toBeCloseTo(lines[i]![0]!, 10);
      expect(l.slope).toBeCloseTo(lines[i]![1]!, 10);
    });
  });

  it('meets the explorer totals at the current weight', () => {
    const w = normaliseWeights(abcWeights);
    const totals = weightedTotals(abc.scores, w);
    for (let j = 0; j < 3; j++) {
      sweepLines(abc, abcWeights, j).forEach((l, i) =>
        expect(l.intercept + l.slope * w[j]!).toBeCloseTo(totals[i]!, 10),
      );
    }
  });

  it('rejects the wrong number of weights and a bad criterion index', () => {
    expect(() => sweepLines(abc, [1, 2], 0)).toThrow(RangeError);
    expect(() => sweepLines(abc, abcWeights, 3)).toThrow(RangeError);
  });
});

describe('flipPoints', () => {
  it.each([
    {
      j: 0,
      flips: [
        { at: 3 / 13, from: 'C', to: 'B' },
        { at: 7 / 17, from: 'B', to: 'A' },
      ],
    },
    {
      j: 1,
      flips: [
        { at: 9 / 23, from: 'A', to: 'B' },
        { at: 16 / 37, from: 'B', to: 'C' },
      ],
    },
    { j: 2, flips: [{ at: 0.5, from: 'A', to: 'B' }] },
  ])('finds the exact flips for criterion $j', ({ j, flips }) => {
    const got = flipPoints(abc, abcWeights, j);
    expect(got.map(({ from, to }) => ({ from, to }))).toEqual(
      flips.map(({ from, to }) => ({ from, to })),
    );
    got.forEach((f, i) => expect(f.at).toBeCloseTo(flips[i]!.at, 12));
  });

  it('is empty when one option dominates', () => {
    expect(
      flipPoints(
        matrix([
          [9, 9],
          [1, 1],
        ]),
        [1, 1],
        0,
      ),
    ).toEqual([]);
  });

  it('never flips between options with identical scores', () => {
    const twins = matrix([
      [5, 5],
      [5, 5],
      [2, 9],
    ]);
    const flips = flipPoints(twins, [1, 1], 1);
    expect(flips).toEqual([{ at: expect.closeTo(3 / 7, 12), from: 'A', to: 'C' }]);
  });

  it('covers [0, 1] with leader segments that meet at the flips', () => {
    const segs = leaderSegments(abc, abcWeights, 0);
    expect(segs[0]!.from).toBe(0);
    expect(segs.at(-1)!.to).toBe(1);
    segs.slice(1).forEach((s, i) => expect(s.from).toBe(segs[i]!.to));
    expect(segs.map((s) => s.leader)).toEqual(['C', 'B', 'A']);
  });
});

describe('stabilityInterval', () => {
  it.each([
    { j: 0, lower: 7 / 17, upper: 1, below: 'B', above: null },
    { j: 1, lower: 0, upper: 9 / 23, below: null, above: 'B' },
    { j: 2, lower: 0, upper: 0.5, below: null, above: 'B' },
  ])(
    'keeps A first on criterion $j between $lower and $upper',
    ({ j, lower, upper, below, above }) => {
      const s = stabilityInterval(abc, abcWeights, j);
      expect(s.leader).toBe('A');
      expect(s.lower).toBeCloseTo(lower, 12);
      expect(s.upper).toBeCloseTo(upper, 12);
      expect(s.current).toBeCloseTo(normaliseWeights(abcWeights)[j]!, 12);
      expect(s.belowLeader).toBe(below);
      expect(s.aboveLeader).toBe(above);
      expect(s.tiedWith).toEqual([]);
    },
  );

  it('collapses to the current weight on the side where a level option takes over', () => {
    // A = 50 and B = 50 at equal weights; A leads by case order.
    const tie = matrix([
      [10, 0],
      [0, 10],
    ]);
    const s0 = stabilityInterval(tie, [1, 1], 0);
    expect(s0).toMatchObject({
      leader: 'A',
      lower: 0.5,
      upper: 1,
      tiedWith: ['B'],
      belowLeader: 'B',
      aboveLeader: null,
    });
    const s1 = stabilityInterval(tie, [1, 1], 1);
    expect(s1).toMatchObject({
      leader: 'A',
      lower: 0,
      upper: 0.5,
      belowLeader: null,
      aboveLeader: 'B',
    });
  });

  it('puts a crossing exactly at an end of the sweep, not a hair inside it', () => {
    // A and B are level at w = 0 (their other scores average 0.45 either way), A steeper.
    const m = matrix([
      [8, 0.3, 0.6],
      [2, 0.6, 0.3],
    ]);
    expect(stabilityInterval(m, [1, 1, 1], 0)).toMatchObject({ lower: 0, belowLeader: null });
    expect(flipPoints(m, [1, 1, 1], 0)).toEqual([]);
  });

  it('ignores an option level with the leader at every weight', () => {
    const twins = matrix([
      [6, 6],
      [6, 6],
      [1, 1],
    ]);
    expect(stabilityInterval(twins, [1, 3], 0)).toMatchObject({
      leader: 'A',
      lower: 0,
      upper: 1,
      tiedWith: ['B'],
      belowLeader: null,
      aboveLeader: null,
    });
  });
});

describe('smallestChange', () => {
  it('finds the cheapest flip across criteria', () => {
    const c = smallestChange(abc, abcWeights);
    expect(c).toMatchObject({
      criterion: 'k0',
      direction: 'decrease',
      leader: 'A',
      takesOver: 'B',
    });
    expect(c!.from).toBeCloseTo(0.5, 12);
    expect(c!.to).toBeCloseTo(7 / 17, 12);
    expect(c!.change).toBeCloseTo(100 * (0.5 - 7 / 17), 10);
  });

  it('reports a change of 0 when the leader is level with another option', () => {
    const c = smallestChange(
      matrix([
        [10, 0],
        [0, 10],
      ]),
      [1, 1],
    );
    expect(c).toMatchObject({ criterion: 'k0', direction: 'decrease', change: 0, takesOver: 'B' });
  });

  it('is null when no single weight change can change the leader', () => {
    expect(
      smallestChange(
        matrix([
          [9, 8, 7],
          [1, 2, 3],
          [0, 0, 0],
        ]),
        [1, 1, 1],
      ),
    ).toBeNull();
  });
});

/** The option leading at the swept weights w, by the explorer's own ranking. */
function bruteTotals(m: DecisionMatrix, weights: number[], j: number, w: number): number[] {
  return weightedTotals(m.scores, sweepWeights(weights, j, w));
}

const smallMatrix = fc
  .record({ n: fc.integer({ min: 2, max: 5 }), m: fc.integer({ min: 2, max: 5 }) })
  .chain(({ n, m }) =>
    fc.record({
      scores: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: m, maxLength: m }), {
        minLength: n,
        maxLength: n,
      }),
      weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: m, maxLength: m }),
      j: fc.integer({ min: 0, max: m - 1 }),
    }),
  )
  .filter(({ weights }) => weights.some((w) => w > 0));

describe('sweep against a dense brute-force sweep', () => {
  const GRID = 1000;

  it('puts the segment leader on top at every grid point', () => {
    fc.assert(
      fc.property(smallMatrix, ({ scores, weights, j }) => {
        const m = matrix(scores);
        const segs = leaderSegments(m, weights, j);
        for (let g = 0; g <= GRID; g++) {
          const w = g / GRID;
          const totals = bruteTotals(m, weights, j, w);
          const best = Math.max(...totals);
          const seg = segs.find((s) => w >= s.from && w <= s.to)!;
          expect(totals[m.options.indexOf(seg.leader)]!).toBeGreaterThanOrEqual(best - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('has a flip point wherever the brute-force leader changes', () => {
    fc.assert(
      fc.property(smallMatrix, ({ scores, weights, j }) => {
        const m = matrix(scores);
        const flips = flipPoints(m, weights, j);
        // A strict leader: ahead of every other option by more than a sliver.
        const strictLeader = (w: number) => {
          const ranked = rankOptions(m.options, bruteTotals(m, weights, j, w));
          return ranked[1] && ranked[0]!.total - ranked[1].total > 1e-7 ? ranked[0]!.option : null;
        };
        let prev: { w: number; leader: string } | null = null;
        for (let g = 0; g <= GRID; g++) {
          const w = g / GRID;
          const leader = strictLeader(w);
          if (leader === null) continue;
          if (prev && prev.leader !== leader) {
            const between = flips.filter((f) => f.at >= prev!.w - 1e-12 && f.at <= w + 1e-12);
            expect(between.length).toBeGreaterThan(0);
            expect(between[0]!.from).toBe(prev.leader);
            expect(between.at(-1)!.to).toBe(leader);
          }
          prev = { w, leader };
        }
        // And each flip is real: the two options are level there.
        for (const f of flips) {
          const totals = bruteTotals(m, weights, j, f.at);
          const a = totals[m.options.indexOf(f.from)]!;
          const b = totals[m.options.indexOf(f.to)]!;
          expect(Math.abs(a - b)).toBeLessThan(1e-9);
          expect(a).toBeGreaterThanOrEqual(Math.max(...totals) - 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps the leader first exactly inside the stability interval', () => {
    fc.assert(
      fc.property(smallMatrix, ({ scores, weights, j }) => {
        const m = matrix(scores);
        const s = stabilityInterval(m, weights, j);
        const li = m.options.indexOf(s.leader);
        expect(s.lower).toBeLessThanOrEqual(s.current);
        expect(s.current).toBeLessThanOrEqual(s.upper);
        for (let g = 0; g <= GRID; g++) {
          const w = g / GRID;
          const totals = bruteTotals(m, weights, j, w);
          const gap = totals[li]! - Math.max(...totals);
          if (w >= s.lower && w <= s.upper) expect(gap).toBeGreaterThanOrEqual(-1e-9);
          if (w < s.lower - 1e-6 || w > s.upper + 1e-6) expect(gap).toBeLessThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('hands the lead to takesOver just beyond the smallest change', () => {
    fc.assert(
      fc.property(smallMatrix, ({ scores, weights }) => {
        const m = matrix(scores);
        const c = smallestChange(m, weights);
        const intervals = m.criteria.map((_, j) => stabilityInterval(m, weights, j));
        if (!c) {
          intervals.forEach((s) => expect([s.lower, s.upper]).toEqual([0, 1]));
          return;
        }
        const cheapest = Math.min(
          ...intervals.flatMap((s) => [
            s.upper < 1 ? s.upper - s.current : Infinity,
            s.lower > 0 ? s.current - s.lower : Infinity,
          ]),
        );
        expect(c.change).toBeCloseTo(100 * cheapest, 9);
        const beyond = Math.min(1, Math.max(0, c.to + (c.direction === 'increase' ? 1e-7 : -1e-7)));
        const totals = bruteTotals(m, weights, c.index, beyond);
        const taker = totals[m.options.indexOf(c.takesOver)]!;
        expect(taker).toBeGreaterThanOrEqual(Math.max(...totals) - 1e-9);
        expect(taker).toBeGreaterThanOrEqual(totals[m.options.indexOf(c.leader)]! - EPSILON);
      }),
      { numRuns: 100 },
    );
  });
});
