import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWeights } from '@/lib/decision';
import {
  headToHead,
  largestWeightDifferences,
  scoreMatrix,
  weightDistance,
} from '@/lib/explorer/analysis';
import { modelFromCase } from '@/lib/explorer/model';
import { fixtureCase } from './fixtures';

const model = modelFromCase(fixtureCase);
const { matrix } = model;

describe('scoreMatrix', () => {
  it('matches the totals worked out by hand for the fixture', () => {
    const s = scoreMatrix(matrix, [50, 30, 20]);
    expect(s.totals[0]).toBeCloseTo(62);
    expect(s.totals[1]).toBeCloseTo(56);
    expect(s.totals[2]).toBeCloseTo(63);
    expect(s.ranking.map((r) => r.option)).toEqual(['charlie', 'alpha', 'bravo']);
  });
  it('treats all-zero points as equal weights instead of dividing by zero', () => {
    expect(scoreMatrix(matrix, [0, 0, 0]).weights).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});

describe('headToHead', () => {
  const weights = normaliseWeights([50, 30, 20]);

  it('lists per-criterion gains and costs of switching from alpha to charlie', () => {
    const h = headToHead(matrix, weights, 'alpha', 'charlie');
    // cost: 10 × 0.5 × (5 − 8) = −15; safety: 10 × 0.3 × (8 − 4) = +12; speed: 10 × 0.2 × (7 − 5) = +4
    expect(h.rows.map((r) => r.change)).toEqual([-15, expect.closeTo(12), expect.closeTo(4)]);
    expect(h.gains.map((r) => r.criterion)).toEqual(['safety', 'speed']);
    expect(h.costs.map((r) => r.criterion)).toEqual(['cost']);
    expect(h.net).toBeCloseTo(1);
    expect(h.toTotal - h.fromTotal).toBeCloseTo(h.net);
  });

  it('is antisymmetric and its rows always sum to the net', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('alpha', 'bravo', 'charlie'),
        fc.constantFrom('alpha', 'bravo', 'charlie'),
        (points, a, b) => {
          const w = normaliseWeights(points);
          const ab = headToHead(matrix, w, a, b);
          const ba = headToHead(matrix, w, b, a);
          expect(ab.net).toBeCloseTo(-ba.net, 9);
          expect(ab.rows.reduce((s, r) => s + r.change, 0)).toBeCloseTo(ab.net, 9);
        },
      ),
    );
  });

  it('has no gains or costs when comparing an option with itself', () => {
    const h = headToHead(matrix, weights, 'bravo', 'bravo');
    expect([h.gains, h.costs, h.net]).toEqual([[], [], 0]);
  });

  it('throws on an unknown option id', () => {
    expect(() => headToHead(matrix, weights, 'alpha', 'zulu')).toThrow(/zulu/);
  });
});

describe('weightDistance', () => {
  it.each([
    ['identical', [0.5, 0.3, 0.2], [0.5, 0.3, 0.2], 0],
    ['disjoint', [1, 0, 0], [0, 1, 0], 100],
    ['10 points moved', [0.5, 0.3, 0.2], [0.4, 0.4, 0.2], 10],
    ['fixture defaults vs author', [0.5, 0.3, 0.2], [0.1, 0.6, 0.3], 40],
  ])('%s → %s pp', (_name, a, b, expected) => {
    expect(weightDistance(a, b)).toBeCloseTo(expected, 9);
  });

  it('is a symmetric distance between 0 and 100', () => {
    const weights = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 })
      .map(normaliseWeights);
    fc.assert(
      fc.property(weights, weights, (a, b) => {
        const d = weightDistance(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(100 + 1e-9);
        expect(d).toBeCloseTo(weightDistance(b, a), 9);
      }),
    );
  });
});

describe('largestWeightDifferences', () => {
  it('names the biggest gaps first, in percentage points, skipping tiny ones', () => {
    const mine = [0.5, 0.3, 0.198, 0.002];
    const theirs = [0.1, 0.6, 0.2, 0.1];
    expect(largestWeightDifferences(['a', 'b', 'c', 'd'], mine, theirs, 2)).toEqual([
      { index: 0, criterion: 'a', difference: expect.closeTo(40) },
      { index: 1, criterion: 'b', difference: expect.closeTo(-30) },
    ]);
    expect(
      largestWeightDifferences(['a', 'b', 'c', 'd'], mine, theirs).map((d) => d.criterion),
    ).toEqual(['a', 'b', 'd']);
  });
});
