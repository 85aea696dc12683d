import { describe, expect, it } from 'vitest';
import type { DecisionMatrix } from '@/lib/decision';
import { allRules } from '@/lib/decision/rules';
import { activeThresholds, ruleOrder, ruleWinner } from '@/lib/robustness/rules-view';

// Hand-checked at equal weights: totals A 55, B 50, C 50; worst scores A 1, B 5, C 4.
const m: DecisionMatrix = {
  options: ['A', 'B', 'C'],
  criteria: ['k0', 'k1'],
  scores: [
    [10, 1],
    [5, 5],
    [6, 4],
  ],
  low: [
    [10, 1],
    [5, 5],
    [6, 4],
  ],
  high: [
    [10, 1],
    [5, 5],
    [6, 4],
  ],
};
const names = {
  options: { A: 'Alpha', B: 'Beta', C: 'Gamma' },
  criteria: { k0: 'Cost', k1: 'Speed' },
};

describe('activeThresholds', () => {
  it.each([
    { minimums: [0, 0], expected: {} },
    { minimums: [2, 0], expected: { k0: 2 } },
    { minimums: [3, 4.5], expected: { k0: 3, k1: 4.5 } },
    { minimums: [Number.NaN], expected: {} },
  ])('keeps only minimums above 0: $minimums', ({ minimums, expected }) => {
    expect(activeThresholds(m.criteria, minimums)).toEqual(expected);
  });
});

describe('ruleOrder', () => {
  const [sum, maximin, regret] = allRules(m, { weights: [1, 1] });

  it('marks shared places with =', () => {
    expect(ruleOrder(sum!, names)).toEqual([
      { option: 'A', place: '1', value: 'total 55' },
      { option: 'B', place: '2=', value: 'total 50' },
      { option: 'C', place: '2=', value: 'total 50' },
    ]);
  });

  it('says what maximin and minimax regret rank by', () => {
    expect(ruleOrder(maximin!, names)[0]).toEqual({
      option: 'B',
      place: '1',
      value: 'worst score 5',
    });
    expect(
      ruleOrder(regret!, names).every((r) => /^largest regret [\d.]+ points$/.test(r.value)),
    ).toBe(true);
  });

  it('lists ruled-out options last with the criterion that ruled them out', () => {
    const sat = allRules(m, { weights: [1, 1], thresholds: { k1: 4.5 } })[3]!;
    expect(ruleOrder(sat, names)).toEqual([
      { option: 'B', place: '1', value: 'total 50' },
      { option: 'A', place: null, value: 'ruled out: 1 on Speed, below 4.5' },
      { option: 'C', place: null, value: 'ruled out: 4 on Speed, below 4.5' },
    ]);
  });
});

describe('ruleWinner', () => {
  it.each<{ thresholds: Record<string, number>; expected: string }>([
    { thresholds: {}, expected: 'Alpha' },
    { thresholds: { k0: 7, k1: 6 }, expected: 'No option survives' },
  ])('names the satisficing winner for $thresholds', ({ thresholds, expected }) => {
    expect(ruleWinner(allRules(m, { weights: [1, 1], thresholds })[3]!, names)).toBe(expected);
  });

  it('marks ties', () => {
    const tied = allRules(m, { weights: [1, 1], thresholds: { k0: 5 } })[3]!;
    expect(tied.winners).toEqual(['A']);
    const even: DecisionMatrix = {
      ...m,
      scores: [
        [5, 5],
        [5, 5],
        [1, 1],
      ],
      low: [
        [5, 5],
        [5, 5],
        [1, 1],
      ],
      high: [
        [5, 5],
        [5, 5],
        [1, 1],
      ],
    };
    expect(ruleWinner(allRules(even, { weights: [1, 1] })[0]!, names)).toBe(
      'Alpha and Beta (tied)',
    );
  });
});
