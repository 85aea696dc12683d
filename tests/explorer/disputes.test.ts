import { describe, expect, it } from 'vitest';
import { matrixFromCase, rankOptions, weightedTotals, normaliseWeights } from '@/lib/decision';
import { describeDisputes } from '@/lib/explorer/ranking';
import { disputeCount, matrixWithDisputes } from '@/lib/stance/disputes';
import { fixtureCase } from './fixtures';

const matrix = matrixFromCase(fixtureCase);
const labels: Record<string, string> = {
  alpha: 'The alpha plan',
  bravo: 'Bravo',
  charlie: 'Charlie',
};
const labelOf = (id: string) => labels[id] ?? id;
const rank = (scores: readonly (readonly number[])[]) =>
  rankOptions(matrix.options, weightedTotals(scores, normaliseWeights([50, 30, 20])));

describe('matrixWithDisputes', () => {
  it('puts the reader’s scores in place and widens a range to include them', () => {
    const m = matrixWithDisputes(matrix, { alpha: { safety: 10 }, nobody: { cost: 1 } });
    expect(m.scores[0]).toEqual([8, 10, 5]);
    expect(m.high[0]?.[1]).toBe(10);
    expect(m.low[0]?.[1]).toBe(matrix.low[0]?.[1]);
    expect(matrix.scores[0]).toEqual([8, 4, 5]);
  });

  it('returns the same matrix when there is nothing to apply', () => {
    expect(matrixWithDisputes(matrix, {})).toBe(matrix);
    expect(matrixWithDisputes(matrix, { nobody: { cost: 1 } })).toBe(matrix);
  });

  it('counts disputed cells', () => {
    expect(disputeCount({ alpha: { cost: 1, safety: 2 }, bravo: { cost: 3 } })).toBe(3);
  });
});

describe('describeDisputes', () => {
  const before = rank(matrix.scores);

  it('names the new leader and the one it replaces', () => {
    const m = matrixWithDisputes(matrix, { bravo: { cost: 10, safety: 10, speed: 10 } });
    expect(describeDisputes(3, before, rank(m.scores), labelOf)).toBe(
      'With your 3 disputed scores, Bravo ranks first instead of Charlie.',
    );
  });

  it('says when the leader stays, in the singular for one score', () => {
    expect(describeDisputes(1, before, before, labelOf)).toMatch(
      /^With your disputed score, .+ still ranks first\.$/,
    );
    expect(describeDisputes(0, before, before, labelOf)).toBeNull();
  });

  it('puts "The" mid-sentence in lower case', () => {
    const alphaFirst = [{ option: 'alpha', index: 0, total: 90, rank: 1 }];
    const bravoFirst = [{ option: 'bravo', index: 1, total: 90, rank: 1 }];
    expect(describeDisputes(2, bravoFirst, alphaFirst, labelOf)).toBe(
      'With your 2 disputed scores, the alpha plan ranks first instead of Bravo.',
    );
  });
});
