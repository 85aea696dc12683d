import { describe, expect, it } from 'vitest';
import { rankOptions } from '@/lib/decision';
import {
  describeRankingChange,
  explainRank,
  isSharedRank,
  leadSummary,
} from '@/lib/explorer/ranking';

const labels: Record<string, string> = {
  a: 'Withdraw',
  b: 'Low road',
  c: 'High road',
  d: 'Middle path',
};
const labelOf = (id: string) => labels[id] ?? id;
const rank = (totals: number[]) => rankOptions(['a', 'b', 'c', 'd'], totals);

describe('leadSummary', () => {
  it.each([
    ['a clear lead', [70, 60, 50, 40], { margin: 10, clear: true, leaders: ['a'], runnerUp: 'b' }],
    [
      'exactly 5 points is clear',
      [65, 60, 50, 40],
      { margin: 5, clear: true, leaders: ['a'], runnerUp: 'b' },
    ],
    [
      'under 5 points is no clear winner',
      [64.9, 60, 50, 40],
      { margin: expect.closeTo(4.9), clear: false, leaders: ['a'], runnerUp: 'b' },
    ],
    [
      'a shared first place',
      [60, 60, 50, 40],
      { margin: 0, clear: false, leaders: ['a', 'b'], runnerUp: 'c' },
    ],
    [
      'all tied',
      [50, 50, 50, 50],
      { margin: 0, clear: false, leaders: ['a', 'b', 'c', 'd'], runnerUp: null },
    ],
  ])('%s', (_name, totals, expected) => {
    const s = leadSummary(rank(totals));
    expect({
      margin: s.margin,
      clear: s.clear,
      leaders: s.leaders.map((r) => r.option),
      runnerUp: s.runnerUp?.option ?? null,
    }).toEqual(expected);
  });
});

describe('describeRankingChange', () => {
  it.each([
    ['no change', [70, 60, 50, 40], [71, 61, 51, 41], null],
    ['a new leader', [70, 60, 50, 80], [70, 60, 50, 40], 'Middle path now ranks first'],
    [
      'a tie for first',
      [70, 70, 50, 40],
      [70, 60, 50, 40],
      'Withdraw and Low road now tie for first',
    ],
    [
      'two swap below the leader',
      [70, 50, 60, 40],
      [70, 60, 50, 40],
      'High road now ranks second; Low road now ranks third',
    ],
  ])('%s', (_name, next, previous, expected) => {
    const text = describeRankingChange(rank(previous as number[]), rank(next as number[]), labelOf);
    expect(text).toBe(expected);
  });

  it('names the leader when a tie for first is broken', () => {
    expect(describeRankingChange(rank([70, 70, 50, 40]), rank([71, 70, 50, 40]), labelOf)).toBe(
      'Withdraw now ranks first',
    );
  });
});

describe('explainRank', () => {
  it('says who is just above and below and by how much', () => {
    expect(explainRank(rank([70, 60, 50, 40]), 'b', labelOf)).toBe(
      'Ranked second: 10.0 points behind Withdraw, 10.0 points ahead of High road.',
    );
  });
  it('mentions a shared rank', () => {
    expect(explainRank(rank([70, 60, 60, 40]), 'c', labelOf)).toBe(
      'Ranked second (shared): level with Low road, 10.0 points behind Withdraw, 20.0 points ahead of Middle path.',
    );
  });
  it('has nothing to add for a lone option', () => {
    expect(explainRank(rankOptions(['a'], [50]), 'a', labelOf)).toBe('Ranked first.');
  });
});

describe('option names that start with "The"', () => {
  const the = (id: string) =>
    ({ a: 'The status quo', b: 'Parking and bus lanes', c: 'The high road', d: 'Delta' })[
      id as 'a' | 'b' | 'c' | 'd'
    ];

  it('reads naturally after "behind" and "ahead of"', () => {
    expect(explainRank(rank([70, 60, 50, 40]), 'b', the)).toBe(
      'Ranked second: 10.0 points behind the status quo, 10.0 points ahead of the high road.',
    );
  });

  it('keeps the capital only where a name starts the sentence', () => {
    expect(describeRankingChange(rank([70, 50, 60, 40]), rank([70, 60, 50, 40]), the)).toBe(
      'Parking and bus lanes now ranks second; the high road now ranks third',
    );
    expect(describeRankingChange(rank([50, 70, 60, 40]), rank([70, 70, 50, 40]), the)).toBe(
      'The status quo and Parking and bus lanes now tie for first',
    );
    expect(describeRankingChange(rank([50, 70, 80, 40]), rank([70, 60, 50, 40]), the)).toBe(
      'The status quo now ranks first',
    );
  });
});

describe('isSharedRank', () => {
  it('is true only for a rank two or more options hold', () => {
    const ranking = rank([50, 50, 40, 30]);
    expect(isSharedRank(ranking, 1)).toBe(true);
    expect(isSharedRank(ranking, 3)).toBe(false);
    expect(isSharedRank(ranking, 2)).toBe(false);
  });
});
