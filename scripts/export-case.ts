/**
 * Prints a validated case as JSON on stdout, and nothing else there, for other tools:
 *
 *   npm run --silent export:case -- camp-taji-2020 > case.json
 *
 * (`--silent` keeps npm's own banner off stdout.) Errors go to stderr, one line, exit 1.
 */
import { caseIds, getCase } from '@/content/index';

function fail(message: string): never {
  console.error(`export:case: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const id = args[0];
if (!id || args.length > 1) fail('usage: npm run --silent export:case -- <case id>');

let known: string[];
try {
  known = caseIds();
} catch (err) {
  // Invalid content: the message already lists every defect, one per line.
  fail((err as Error).message);
}
const c = getCase(id);
if (!c) fail(`unknown case "${id}" (known: ${known.join(', ')})`);
process.stdout.write(`${JSON.stringify(c, null, 2)}\n`);
