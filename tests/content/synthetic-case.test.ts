// The synthetic case is registered only when this is set; the registry reads it lazily, so
// setting it before the first lookup is enough (each test file has its own module registry).
process.env.COUNTERWEIGHT_TEST_CASES = '1';

import { caseIds, getCase, listCases } from '@/content/index';
import { testCongestion } from '@/content/test-congestion';
import { recommendationOf } from '@/lib/case/attribution';
import { scaleMismatches } from '@/lib/case/consistency';
import { collectQuotes } from '@/lib/case/quotes';
import { riskScalesOf, IMPACT_SCALE } from '@/lib/case/schema';
import { validateCase } from '@/lib/case/validate';
import { matrixFromCase, rankOptions, normaliseWeights, weightedTotals } from '@/lib/decision';
import { modelFromCase } from '@/lib/explorer/model';
import { main, type Analysis } from '@/scripts/analyze';

const ID = 'test-congestion';

function analyse(argv: string[]): Analysis {
  let out = '';
  const code = main([ID, '--json', ...argv], { out: (t) => (out += t), err: () => {} });
  expect(code).toBe(0);
  return JSON.parse(out) as Analysis;
}

describe('the synthetic test case', () => {
  it('is a valid case with three options, five criteria, no source and no quotes', () => {
    const r = validateCase(testCongestion);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(testCongestion.options).toHaveLength(3);
    expect(testCongestion.criteria).toHaveLength(5);
    expect('source' in testCongestion.meta).toBe(false);
    expect(collectQuotes(testCongestion)).toEqual([]);
  });

  it('is registered only when COUNTERWEIGHT_TEST_CASES=1', () => {
    expect(caseIds()).toEqual(['camp-taji-2020', ID]);
    expect(listCases().find((c) => c.id === ID)).toMatchObject({
      optionCount: 3,
      sourceDate: '2024-05-01',
    });
  });

  const c = getCase(ID)!;

  it('says who recommends an option without inventing an author', () => {
    expect(recommendationOf(c, c.options[0]!)).toEqual({
      badge: 'Recommended by the town’s transport office',
      sentence: 'Recommended by the town’s transport office.',
    });
    expect(recommendationOf(c, c.options[2]!)).toBeNull();
    const model = modelFromCase(c);
    expect(model.authorPresetId).toBeNull();
    expect(model.options.map((o) => o.recommended)).toEqual([true, false, false]);
  });

  it('uses the default risk-scale words, which name no country', () => {
    expect(riskScalesOf(c).impact.map((s) => s.meaning)).toEqual(
      IMPACT_SCALE.map((s) => s.meaning),
    );
    expect(IMPACT_SCALE.map((s) => s.meaning).join(' ')).not.toMatch(/U\.S\.|Iraq/);
  });

  it('keeps its scores consistent with their rationales', () => {
    expect(scaleMismatches(c)).toEqual([]);
  });

  it('ranks parking and bus lanes first under equal weights, the other two level', () => {
    const m = matrixFromCase(c);
    const ranking = rankOptions(
      m.options,
      weightedTotals(m.scores, normaliseWeights([1, 1, 1, 1, 1])),
    );
    // Hand-checked: (8+7+3+9+4)×2 = 62, (6+6+7+6+8)×2 = 66, (4+5+5+7+10)×2 = 62.
    expect(ranking.map((r) => r.option)).toEqual([
      'parking-bus-lanes',
      'congestion-charge',
      'status-quo',
    ]);
    expect(ranking.map((r) => r.total)).toEqual([
      expect.closeTo(66, 9),
      expect.closeTo(62, 9),
      expect.closeTo(62, 9),
    ]);
    expect(ranking.map((r) => r.rank)).toEqual([1, 2, 2]);
  });

  it('goes through the analysis CLI: stability per criterion, SMAA over three ranks, every rule', () => {
    const a = analyse(['--samples', '2000', '--seed', '3']);
    expect(a.ranking.map((r) => r.option)).toEqual([
      'parking-bus-lanes',
      'congestion-charge',
      'status-quo',
    ]);
    expect(a.ranking.map((r) => r.rank)).toEqual([1, 2, 2]);
    expect(a.stability).toHaveLength(5);
    expect(a.smaa.acceptability).toHaveLength(3);
    for (const row of a.smaa.acceptability) {
      expect(row).toHaveLength(3);
      expect(row.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 9);
    }
    expect(a.rules.map((r) => r.rule)).toEqual([
      'weighted-sum',
      'maximin',
      'minimax-regret',
      'satisficing',
    ]);
    expect(a.rules[0]!.sentence).toMatch(
      /^Parking and bus lanes wins under the weighted sum: its total, 66, beats 62 for the (charge|status quo)\.$/,
    );
  });

  it('prints readable sentences with names mid-sentence and no possessive of a name', () => {
    let out = '';
    expect(main([ID, '--samples', '500'], { out: (t) => (out += t), err: () => {} })).toBe(0);
    expect(out).not.toMatch(/lanes's|quo's|charge's/);
    expect(out).not.toMatch(/[a-z,(] The (status quo|charge)/);
  });
});
