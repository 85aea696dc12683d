import { describe, expect, it } from 'vitest';
import { analyse, defaultCasePoints } from '@/lib/analysis/analyse';
import { matrixFromCase } from '@/lib/decision';
import { fixtureCase } from '../explorer/fixtures';

const settings = { samples: 200, seed: 1, concentration: null };

describe('analyse', () => {
  it('ranks under the case defaults when no weights are given', () => {
    const a = analyse(fixtureCase, settings);
    expect(a.weights.points).toEqual(defaultCasePoints(fixtureCase));
    // The fixture's defaults: Charlie 63, Alpha 62, Bravo 56.
    expect(a.ranking.map((r) => r.option)).toEqual(['charlie', 'alpha', 'bravo']);
    expect(a.rules.every((r) => r.sentence.length > 0)).toBe(true);
  });

  it('uses the scores it is given instead of the case’s', () => {
    const m = matrixFromCase(fixtureCase);
    const bravo = m.options.indexOf('bravo');
    const top = (rows: readonly (readonly number[])[]) =>
      rows.map((row, i) => (i === bravo ? row.map(() => 10) : row));
    const matrix = { ...m, scores: top(m.scores), low: top(m.low), high: top(m.high) };
    const a = analyse(fixtureCase, { ...settings, matrix });
    expect(a.ranking[0]).toMatchObject({ option: 'bravo', total: 100 });
  });

  it('refuses weights that do not fit the criteria', () => {
    expect(() => analyse(fixtureCase, { ...settings, weights: [1, 2] })).toThrow(RangeError);
  });
});
