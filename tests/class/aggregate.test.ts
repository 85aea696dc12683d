import fc from 'fast-check';
import { aggregateClass, quantileSorted, yourPlace } from '@/lib/class/aggregate';
import type { DecisionMatrix } from '@/lib/decision';

// Two criteria, three options: A is best on cost, B on safety, C in between.
const matrix: DecisionMatrix = {
  options: ['a', 'b', 'c'],
  criteria: ['cost', 'safety'],
  scores: [
    [10, 0],
    [0, 10],
    [6, 6],
  ],
  low: [],
  high: [],
};
const sub = (cost: number, safety: number, role: string | null = null) => ({
  stance: { weights: { cost, safety } },
  role,
});

describe('quantileSorted', () => {
  it.each([
    [[1], 0.25, 1],
    [[1, 2, 3, 4, 5], 0.25, 2],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.25, 1.75],
    [[0, 10], 0.75, 7.5],
  ])('quantile of %j at %d is %d (type 7)', (values, p, expected) => {
    expect(quantileSorted(values, p)).toBeCloseTo(expected, 12);
  });
  it('is NaN for no values', () => expect(quantileSorted([], 0.5)).toBeNaN());
});

describe('aggregateClass', () => {
  it('withholds every distribution below the threshold, counts only', () => {
    const r = aggregateClass(matrix, [sub(100, 0), sub(0, 100)], 3);
    expect(r.suppressed).toBe(true);
    expect(r.distributions).toBeNull();
    expect(r.suppressedReason).toMatch(/Only 2 of the 3/);
  });

  it("counts each participant's own first choice, ties once per tied option", () => {
    const r = aggregateClass(matrix, [sub(100, 0), sub(100, 0), sub(0, 100), sub(50, 50)], 3);
    // 50/50: a = 5, b = 5, c = 6 → c first.
    expect(r.distributions?.firstChoices).toEqual([
      { optionId: 'a', count: 2 },
      { optionId: 'b', count: 1 },
      { optionId: 'c', count: 1 },
    ]);
    const tied = aggregateClass(matrix, [sub(100, 0), sub(0, 100), sub(1, 1)], 3);
    // Equal weights: a = 5, b = 5, c = 6.
    expect(tied.firstChoiceSets).toEqual([['a'], ['b'], ['c']]);
    const tiedMatrix = {
      ...matrix,
      scores: [
        [10, 0],
        [0, 10],
        [5, 5],
      ],
    };
    const t = aggregateClass(tiedMatrix, [sub(1, 1), sub(1, 1), sub(1, 1)], 3);
    expect(t.distributions?.firstChoices.map((f) => f.count)).toEqual([3, 3, 3]);
  });

  it('ranks the class by the mean of normalised weights, ignoring disputes', () => {
    const disputer = {
      stance: { weights: { cost: 100, safety: 0 }, disputes: { a: { cost: 2 } } },
      role: null,
    };
    const r = aggregateClass(matrix, [disputer, sub(10, 0), sub(0, 30)], 3);
    expect(r.firstChoiceSets[0]).toEqual(['c']); // their own score for a puts c first
    expect(r.distributions?.meanWeights).toEqual([
      { criterionId: 'cost', share: 2 / 3 },
      { criterionId: 'safety', share: 1 / 3 },
    ]);
    // a = 10·2/3·10 = 66.7, b = 33.3, c = 60
    expect(r.distributions?.meanRanking.map((x) => [x.optionId, x.rank])).toEqual([
      ['a', 1],
      ['b', 3],
      ['c', 2],
    ]);
  });

  it('reports spread quartiles of each criterion, sorted, and the widest IQR first', () => {
    const r = aggregateClass(
      matrix,
      [sub(0, 100), sub(25, 75), sub(50, 50), sub(75, 25), sub(100, 0)],
      5,
    );
    const cost = r.distributions?.spread.find((s) => s.criterionId === 'cost');
    expect(cost).toEqual({
      criterionId: 'cost',
      shares: [0, 0.25, 0.5, 0.75, 1],
      min: 0,
      q1: 0.25,
      median: 0.5,
      q3: 0.75,
      max: 1,
    });
  });

  it('hides the choices of a role group smaller than the threshold', () => {
    const r = aggregateClass(
      matrix,
      [sub(100, 0, 'x'), sub(100, 0, 'x'), sub(100, 0, 'x'), sub(0, 100, 'y'), sub(0, 100)],
      3,
    );
    expect(r.distributions?.byRole).toEqual([
      {
        role: 'x',
        count: 3,
        suppressed: false,
        firstChoices: [
          { optionId: 'a', count: 3 },
          { optionId: 'b', count: 0 },
          { optionId: 'c', count: 0 },
        ],
      },
      { role: 'y', count: 1, suppressed: true, firstChoices: [] },
      { role: null, count: 1, suppressed: true, firstChoices: [] },
    ]);
  });

  it('puts the most variable option rank first in disagreement', () => {
    const r = aggregateClass(matrix, [sub(100, 0), sub(0, 100), sub(100, 0), sub(0, 100)], 3);
    // c is always 2nd; a and b swap between 1st and 3rd.
    expect(r.distributions?.disagreement.options).toEqual(['a', 'b', 'c']);
  });

  it('says how many others share your first choice', () => {
    const r = aggregateClass(matrix, [sub(100, 0), sub(100, 0), sub(0, 100)], 3);
    expect(yourPlace(r, 0)).toEqual({ firstChoices: ['a'], sameAsYou: 1 });
    expect(yourPlace(r, 2)).toEqual({ firstChoices: ['b'], sameAsYou: 0 });
    expect(yourPlace(r, 9)).toBeNull();
  });

  it('keeps mean weights summing to 1 and each option’s rank shares summing to 1', () => {
    const points = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.array(fc.tuple(points, points), { minLength: 3, maxLength: 30 }), (rows) => {
        const r = aggregateClass(
          matrix,
          rows.map(([c, s]) => sub(c, s)),
          3,
        );
        const d = r.distributions;
        if (!d) return false;
        const sum = d.meanWeights.reduce((s, w) => s + w.share, 0);
        return (
          Math.abs(sum - 1) < 1e-9 &&
          d.rankAcceptability.every((o) => Math.abs(o.shares.reduce((s, x) => s + x, 0) - 1) < 1e-9)
        );
      }),
    );
  });
});
