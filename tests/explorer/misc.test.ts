import { describe, expect, it } from 'vitest';
import { explainShare, explainTotal } from '@/lib/explorer/explain';
import {
  formatLongDate,
  formatPoints,
  formatShare,
  formatSigned,
  joinLabels,
  midSentence,
  ordinalNumber,
  ordinalWord,
} from '@/lib/explorer/format';
import { modelFromCase } from '@/lib/explorer/model';
import { scoreMatrix } from '@/lib/explorer/analysis';
import { optionCodes, riskGrid, topRisks } from '@/lib/explorer/risks';
import { fixtureCase } from './fixtures';

describe('explainTotal', () => {
  it('lists weight × score × 10 for each criterion, summing to the total', () => {
    const model = modelFromCase(fixtureCase);
    const s = scoreMatrix(model.matrix, [50, 30, 20]);
    const terms = explainTotal(
      model.criteria,
      s.weights,
      model.matrix.scores[0] ?? [],
      s.contributions[0] ?? [],
    );
    expect(terms).toEqual([
      { criterion: 'cost', label: 'Cost', weight: 0.5, score: 8, contribution: 40 },
      { criterion: 'safety', label: 'Safety', weight: 0.3, score: 4, contribution: 12 },
      { criterion: 'speed', label: 'Speed', weight: 0.2, score: 5, contribution: 10 },
    ]);
    expect(terms.reduce((t, x) => t + x.contribution, 0)).toBeCloseTo(s.totals[0] ?? NaN);
  });
});

describe('explainShare', () => {
  it('gives points over the sum', () => {
    expect(explainShare([50, 30, 20], 1, 0.3)).toEqual({
      points: 30,
      sum: 100,
      share: 0.3,
      allZero: false,
    });
  });
  it('flags all-zero points', () => {
    expect(explainShare([0, 0], 0, 0.5)).toMatchObject({ sum: 0, allZero: true });
  });
});

describe('format', () => {
  it.each([
    [formatPoints(61.25), '61.3'],
    [formatPoints(-0.00001), '0.0'],
    [formatSigned(4.24), '+4.2'],
    [formatSigned(-1), '−1.0'],
    [formatSigned(0.01), '0.0'],
    [formatShare(0.2349), '23%'],
    [ordinalWord(2), 'second'],
    [ordinalWord(11), '11th'],
    [ordinalNumber(23), '23rd'],
    [ordinalNumber(12), '12th'],
    [joinLabels(['A', 'B', 'C']), 'A, B and C'],
    [joinLabels(['A']), 'A'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('risks', () => {
  it('picks the three most severe risks, keeping case order on ties', () => {
    const risks = [
      { id: 'a', likelihood: 2, impact: 3 },
      { id: 'b', likelihood: 4, impact: 4 },
      { id: 'c', likelihood: 3, impact: 2 },
      { id: 'd', likelihood: 1, impact: 5 },
    ];
    expect(topRisks(risks).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('codes options by the initials of significant words, or letters on a clash', () => {
    expect(
      optionCodes([
        'Withdraw from Iraq',
        'The low road: a rolling campaign',
        'The high road',
        'The middle path',
      ]),
    ).toEqual(['WI', 'LR', 'HR', 'MP']);
    expect(optionCodes(['Low road', 'Long run'])).toEqual(['A', 'B']);
  });

  it('places every risk in its likelihood × impact cell', () => {
    const grid = riskGrid(fixtureCase.options);
    const placed = grid.flat(2);
    expect(placed).toHaveLength(12);
    expect(grid[3]?.[3]?.map((p) => p.code)).toEqual(['A2', 'B2', 'C2']);
    expect(grid[4]?.[0]?.map((p) => p.optionId)).toEqual(['alpha', 'bravo', 'charlie']);
  });
});

describe('modelFromCase', () => {
  it('uses an option’s short label for sentences, and its label when it has none', () => {
    const withShort = {
      ...fixtureCase,
      options: fixtureCase.options.map((o, i) => (i === 0 ? { ...o, shortLabel: 'Short' } : o)),
    };
    const model = modelFromCase(withShort);
    expect(model.options[0]?.shortLabel).toBe('Short');
    expect(model.options[1]?.shortLabel).toBe(fixtureCase.options[1]?.label);
  });
});

describe('midSentence', () => {
  it.each([
    ['The low road', 'the low road'],
    ['Withdrawal', 'Withdrawal'],
    ['Theatre defence', 'Theatre defence'],
    ['A rush-hour charge', 'a rush-hour charge'],
    ['An audit first', 'an audit first'],
    ['Anchor policy', 'Anchor policy'],
    ['Parking and bus lanes', 'Parking and bus lanes'],
  ])('writes %j as %j after the start of a sentence', (label, expected) => {
    expect(midSentence(label)).toBe(expected);
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2020-03-13', '13 March 2020'],
    ['2019-12-27', '27 December 2019'],
    ['2020-01-01', '1 January 2020'],
  ])('writes %s as %s whatever the time zone', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });
});
