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
import { fingerprintOf, registeredCaseInputs, sourceFileOf } from '@/content/index';
import { loadCaseFile } from '@/lib/case/load';
import {
  type QuoteSite,
  checkQuoteAgainstFingerprint,
  collectQuotes,
  fingerprintText,
  serialiseFingerprint,
  stripSourceDebris,
} from '@/lib/case/quotes';
import type { Case, CaseInput } from '@/lib/case/schema';
import { findSourceFile } from '@/lib/case/source-file';
import { caseLabel, validateCase, type ValidationResult } from '@/lib/case/validate';

/**
 * Quote defects of a case, valid or not: an author fixing a schema defect should see a bad
 * quote in the same run. Input too malformed to walk is left to the schema's messages. A quote
 * in a case with no source fingerprint cannot be verified, so it is a defect too: it would
 * otherwise be shown as the author's words unchecked.
 */
function quoteDefects(input: unknown): { defects: string[]; checked: number; note?: string } {
  const id = caseLabel(input);
  const fp = fingerprintOf(id);
  let sites: QuoteSite[];
  try {
    sites = collectQuotes(input as CaseInput).filter((s) => typeof s.quote === 'string');
  } catch {
    return { defects: [], checked: 0 };
  }
  if (!fp) {
    const defects = sites.map(
      (s) =>
        `${id}: ${s.path}: quote cannot be verified: the case has no source fingerprint (register its sourceFile and run npx tsx scripts/fingerprint-source.ts ${id}, or use fact or inference evidence)`,
    );
    return { defects, checked: 0, note: 'no quotes' };
  }
  const defects: string[] = [];
  for (const site of sites) {
    const r = checkQuoteAgainstFingerprint(site.quote, fp);
    if (!r.ok) {
      defects.push(`${id}: ${site.path}: quote ${r.reason} (${JSON.stringify(site.quote)})`);
    }
  }
  // When the article itself is at hand, make sure the committed fingerprint still matches it.
  const sourcePath = findSourceFile(sourceFileOf(id));
  if (sourcePath) {
    const text = stripSourceDebris(readFileSync(sourcePath, 'utf8'));
    if (serialiseFingerprint(fingerprintText(text, fp.source)) !== serialiseFingerprint(fp)) {
      defects.push(
        `${id}: content/${id}/source.fingerprint.json: is stale; run npx tsx scripts/fingerprint-source.ts ${id}`,
      );
    }
  }
  return { defects, checked: sites.length };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function summary(c: Case, quotes: number, note?: string): string {
  const cells = c.options.length * c.criteria.length;
  const parts = [
    plural(c.options.length, 'option'),
    `${c.criteria.length} ${c.criteria.length === 1 ? 'criterion' : 'criteria'}`,
    plural(cells, 'assessment'),
    plural(c.presets.length, 'preset'),
    note ?? `${plural(quotes, 'quote')} verified`,
  ];
  return `ok ${c.meta.id}: ${parts.join(', ')}`;
}

const inputs: { input: unknown; result: ValidationResult }[] = registeredCaseInputs().map(
  (input) => ({ input, result: validateCase(input) }),
);
for (const file of process.argv.slice(2)) {
  const result = loadCaseFile(file);
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // loadCaseFile has already reported it.
  }
  inputs.push({ input, result });
}

let defects = 0;
let defective = 0;
for (const { input, result } of inputs) {
  const errors = result.ok ? [] : [...result.errors];
  const q = input === undefined ? { defects: [], checked: 0 } : quoteDefects(input);
  errors.push(...q.defects);
  for (const e of errors) console.log(e);
  defects += errors.length;
  if (errors.length > 0) defective += 1;
  if (result.ok && errors.length === 0) console.log(summary(result.value, q.checked, q.note));
}

const cases = plural(inputs.length, 'case');
if (defects > 0) {
  const bad = plural(defective, 'case');
  console.log(
    `check:content: ${plural(defects, 'defect')} in ${bad}${inputs.length > defective ? ` (${inputs.length - defective} of ${cases} OK)` : ''}`,
  );
  process.exit(1);
}
console.log(`check:content: ${cases} OK`);
