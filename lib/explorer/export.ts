import { stringify } from 'csv-stringify/browser/esm/sync';
import type { DecisionMatrix } from '@/lib/decision';
import type { Disputes, Stance } from '@/lib/stance/schema';
import type { Scored } from './analysis';
import type { ExplorerModel } from './model';

/**
 * The reader's results as a table, one row per option in rank order: rank, option, total,
 * then for each criterion its score, its weighted contribution to the total, and whether the
 * score is the reader's own ("yes (case 4)") or the case's ("no"). `matrix` and `scored` must
 * be the reader's (with disputes applied); the first row is the header.
 */
export function resultRows(
  model: Pick<ExplorerModel, 'criteria' | 'options' | 'matrix'>,
  matrix: DecisionMatrix,
  scored: Pick<Scored, 'ranking' | 'contributions'>,
  disputes: Disputes,
): (string | number)[][] {
  const header = ['Rank', 'Option', 'Total (0–100)'];
  for (const k of model.criteria) {
    header.push(`${k.label}: score`, `${k.label}: contribution`, `${k.label}: your own score`);
  }
  const rows = scored.ranking.map((r) => {
    const option = model.options[r.index];
    const row: (string | number)[] = [r.rank, option?.label ?? r.option, round(r.total)];
    model.criteria.forEach((k, j) => {
      const mine = disputes[r.option]?.[k.id];
      const caseScore = model.matrix.scores[r.index]?.[j] ?? 0;
      row.push(
        matrix.scores[r.index]?.[j] ?? 0,
        round(scored.contributions[r.index]?.[j] ?? 0),
        mine === undefined ? 'no' : `yes (case ${caseScore})`,
      );
    });
    return row;
  });
  return [header, ...rows];
}

/**
 * Writes rows as CSV (RFC 4180 quoting, CRLF line ends) with csv-stringify. Cells that a
 * spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, tab or carriage return) are
 * prefixed with `'`, so a label can never become a formula in the reader's spreadsheet.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return stringify(
    rows.map((r) => [...r]),
    { escape_formulas: true, record_delimiter: 'windows' },
  );
}

/** The stance as the JSON download: pretty-printed, valid against `stanceSchema`. */
export function stanceJson(stance: Stance): string {
  return `${JSON.stringify(stance, null, 2)}\n`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
