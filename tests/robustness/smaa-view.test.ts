import { describe, expect, it } from 'vitest';
import type { SmaaResult } from '@/lib/decision';
import { orderByAcceptability, progressPercent, smaaHeadline } from '@/lib/robustness/smaa-view';

function result(acceptability: number[][], samples = 20000): SmaaResult {
  return {
    options: ['A', 'B', 'C'],
    criteria: ['k'],
    samples,
    confidenceSamples: samples,
    seed: 1,
    weightModel: 'uniform',
    concentration: null,
    scoreModel: 'triangular',
    acceptability,
    centralWeights: [null, null, null],
    confidence: [null, null, null],
    complete: true,
  };
}
const names = { options: { A: 'Alpha', B: 'Beta', C: 'Gamma' }, criteria: {} };

describe('progressPercent', () => {
  it.each([
    [0, 100, 0],
    [999, 1000, 99],
    [1000, 1000, 100],
    [5, 0, 100],
  ])('%i of %i is %i%%', (done, total, expected) => {
    expect(progressPercent(done, total)).toBe(expected);
  });
});

describe('orderByAcceptability', () => {
  it('orders by first place, then second, then case order', () => {
    const r = result([
      [0.2, 0.3, 0.5],
      [0.4, 0.4, 0.2],
      [0.4, 0.3, 0.3],
    ]);
    expect(orderByAcceptability(r)).toEqual([1, 2, 0]);
  });
});

describe('smaaHeadline', () => {
  it.each([
    {
      acc: [
        [0.2, 0.3, 0.5],
        [0.5, 0.3, 0.2],
        [0.3, 0.4, 0.3],
      ],
      expected:
        'Across 20,000 draws, Beta came first most often (50%), then Gamma (30%) and Alpha (20%).',
    },
    {
      acc: [
        [0, 0.5, 0.5],
        [1, 0, 0],
        [0, 0.5, 0.5],
      ],
      expected: 'Across 20,000 draws, Beta came first every time; Alpha and Gamma never did.',
    },
    {
      acc: [
        [0.6, 0.4, 0],
        [0.4, 0.6, 0],
        [0, 0, 1],
      ],
      expected:
        'Across 20,000 draws, Alpha came first most often (60%), then Beta (40%); Gamma never did.',
    },
  ])('words $expected', ({ acc, expected }) => {
    expect(smaaHeadline(result(acc), names)).toBe(expected);
  });
});
