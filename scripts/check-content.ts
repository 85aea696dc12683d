/**
 * Validates every registered case (and any case JSON files given as arguments) and verifies
 * every quote against the committed fingerprint of its source article.
 *
 *   npm run check:content                 every registered case
 *   npm run check:content -- a.json b.json  those files too
 *
 * Prints each defect as one line, `<case id>: <path>: <what is wrong>`, and exits 1 if there
 * is any; otherwise prints a short summary per case and exits 0.
 */
import { readFileSync } from 'node:fs';
import { registeredCaseInputs } from '@/content/index';
import { SOURCE_FINGERPRINTS } from '@/content/sources/index';
import { loadCaseFile } from '@/lib/case/load';
import {
  checkQuoteAgainstFingerprint,
  collectQuotes,
  fingerprintText,
  serialiseFingerprint,
  stripSourceDebris,
} from '@/lib/case/quotes';
import type { Case } from '@/lib/case/schema';
import { findSourceFile } from '@/lib/case/source-file';
import { validateCase, type ValidationResult } from '@/lib/case/validate';

function quoteDefects(c: Case): { defects: string[]; checked: number; note?: string } {
  const id = c.meta.id;
  const fp = SOURCE_FINGERPRINTS[id];
  if (!fp) return { defects: [], checked: 0, note: 'no source fingerprint, quotes not verified' };
  const defects: string[] = [];
  const sites = collectQuotes(c);
  for (const site of sites) {
    const r = checkQuoteAgainstFingerprint(site.quote, fp);
    if (!r.ok)
      defects.push(`${id}: ${site.path}: quote ${r.reason} (${JSON.stringify(site.quote)})`);
  }
  // When the article itself is at hand, make sure the committed fingerprint still matches it.
  const sourcePath = findSourceFile(id);
  if (sourcePath) {
    const fresh = serialiseFingerprint(
      fingerprintText(stripSourceDebris(readFileSync(sourcePath, 'utf8')), fp.source),
    );
    if (fresh !== serialiseFingerprint(fp)) {
      defects.push(
        `${id}: content/sources/${id}.fingerprint.json: is stale; run npx tsx scripts/fingerprint-source.ts ${id}`,
      );
    }
  }
  return { defects, checked: sites.length };
}

function summary(c: Case, quotes: number, note?: string): string {
  const cells = c.options.length * c.criteria.length;
  const parts = [
    `${c.options.length} options`,
    `${c.criteria.length} criteria`,
    `${cells} assessments`,
    `${c.presets.length} presets`,
    note ?? `${quotes} quotes verified`,
  ];
  return `ok ${c.meta.id}: ${parts.join(', ')}`;
}

const results: { label: string; result: ValidationResult }[] = registeredCaseInputs().map(
  (input, i) => ({
    label: `registered case #${i + 1}`,
    result: validateCase(input),
  }),
);
for (const file of process.argv.slice(2)) results.push({ label: file, result: loadCaseFile(file) });

let defects = 0;
for (const { result } of results) {
  if (!result.ok) {
    for (const e of result.errors) console.log(e);
    defects += result.errors.length;
    continue;
  }
  const q = quoteDefects(result.value);
  for (const d of q.defects) console.log(d);
  defects += q.defects.length;
  if (q.defects.length === 0) {
    console.log(summary(result.value, q.checked, q.note));
  }
}

const cases = `${results.length} case${results.length === 1 ? '' : 's'}`;
if (defects > 0) {
  console.log(`check:content: ${defects} defect${defects === 1 ? '' : 's'} in ${cases}`);
  process.exit(1);
}
console.log(`check:content: ${cases} OK`);
