/**
 * Writes the fingerprint of a case's source article to content/<id>/source.fingerprint.json,
 * so quotes can be verified on a clone that does not have the article.
 *
 *   npx tsx scripts/fingerprint-source.ts [case-id ...]          write (default: every source)
 *   npx tsx scripts/fingerprint-source.ts --check [case-id ...]  exit 1 if a committed one is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fingerprintText, serialiseFingerprint, stripSourceDebris } from '@/lib/case/quotes';
import { registeredCaseModules } from '@/content/index';
import { REPO_ROOT, findSourceFile, fingerprintPath } from '@/lib/case/source-file';

const args = process.argv.slice(2);
const check = args.includes('--check');
const ids = args.filter((a) => !a.startsWith('--'));
const SOURCE_FILES: Record<string, string | undefined> = Object.fromEntries(
  registeredCaseModules().map((m) => [m.input.meta.id, m.sourceFile]),
);
const targets = ids.length > 0 ? ids : Object.keys(SOURCE_FILES).filter((id) => SOURCE_FILES[id]);

let failed = false;
for (const id of targets) {
  const file = SOURCE_FILES[id];
  if (!file) {
    console.error(
      `fingerprint-source: no source article is registered for "${id}" (give its case module a sourceFile)`,
    );
    failed = true;
    continue;
  }
  const path = findSourceFile(file);
  if (!path) {
    console.error(
      `fingerprint-source: ${id}: source ${file} not found (set COUNTERWEIGHT_SOURCE_DIR)`,
    );
    failed = true;
    continue;
  }
  const fp = fingerprintText(stripSourceDebris(readFileSync(path, 'utf8')), file);
  const json = serialiseFingerprint(fp);
  const out = fingerprintPath(id);
  const shown = relative(REPO_ROOT, out);
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(out, 'utf8');
    } catch {
      // A missing file is simply stale.
    }
    if (committed === json) console.log(`${id}: ${shown} is up to date`);
    else {
      console.error(`${id}: ${shown} is stale; run npx tsx scripts/fingerprint-source.ts ${id}`);
      failed = true;
    }
  } else {
    writeFileSync(out, json);
    console.log(
      `${id}: wrote ${shown} (${fp.tokenCount} tokens, ${Object.keys(fp.trigrams).length} trigrams)`,
    );
  }
}
process.exit(failed ? 1 : 0);
