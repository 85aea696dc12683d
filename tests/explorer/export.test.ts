import { describe, expect, it } from 'vitest';
import { scoreMatrix } from '@/lib/explorer/analysis';
import { resultRows, stanceJson, toCsv } from '@/lib/explorer/export';
import { modelFromCase } from '@/lib/explorer/model';
import { matrixWithDisputes } from '@/lib/stance/disputes';
import { stanceSchema } from '@/lib/stance/schema';
import { fixtureCase } from './fixtures';

const model = modelFromCase(fixtureCase);

describe('resultRows', () => {
  it('gives one row per option in rank order, flagging the reader’s own scores', () => {
    const disputes = { bravo: { cost: 10 } };
    const matrix = matrixWithDisputes(model.matrix, disputes);
    const scored = scoreMatrix(matrix, [50, 30, 20]);
    const [header, ...rows] = resultRows(model, matrix, scored, disputes);
    expect(header).toEqual([
      'Rank',
      'Option',
      'Total (0–100)',
      'Cost: score',
      'Cost: contribution',
      'Cost: your own score',
      'Safety: score',
      'Safety: contribution',
      'Safety: your own score',
      'Speed: score',
      'Speed: contribution',
      'Speed: your own score',
    ]);
    expect(rows.map((r) => r[1])).toEqual(['Bravo', 'Charlie', 'Alpha']);
    expect(rows[0]).toEqual([1, 'Bravo', 86, 10, 50, 'yes (case 4)', 8, 24, 'no', 6, 12, 'no']);
    for (const r of rows) {
      const parts = [4, 7, 10].map((i) => r[i] as number);
      expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(r[2] as number, 1);
    }
  });
});

describe('toCsv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    const csv = toCsv([
      ['Option', 'Note'],
      ['=HYPERLINK("http://x")', 'a, "b"'],
      ['+1', 3.5],
    ]);
    expect(csv).toBe('Option,Note\r\n"\'=HYPERLINK(""http://x"")","a, ""b"""\r\n\'+1,3.5\r\n');
  });
});

describe('stanceJson', () => {
  it('is the stance itself, valid against the schema', () => {
    const stance = { v: 1 as const, caseId: 'x', weights: { a: 1 }, disputes: { o: { a: 2 } } };
    expect(stanceSchema.parse(JSON.parse(stanceJson(stance)))).toEqual(stance);
  });
});
