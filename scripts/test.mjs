// `npm test`: every gate and every test runner, then one closing line `N passed, N failed`
// summed over all of them. Exits non-zero on any failure or on a runner that left no report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import findChromeModule from './find-chrome.cjs';
import reportCounts from './report-counts.cjs';

const { findChrome, NO_BROWSER_HELP } = findChromeModule;
const { countVitest, countPlaywright } = reportCounts;

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'reports');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };

let passed = 0;
let failed = 0;
const summary = [];

/** Runs a command with inherited output; never longer than `minutes`. */
function run(label, command, args, minutes, extraEnv = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...env, ...extraEnv },
    stdio: 'inherit',
    timeout: minutes * 60_000,
    killSignal: 'SIGKILL',
  });
  if (result.error?.code === 'ETIMEDOUT') console.error(`${label} timed out after ${minutes} min`);
  return result.status === 0;
}

/** A gate (format, lint, types, content) counts as one test. */
function gate(label, command, args, minutes = 5) {
  const ok = run(label, command, args, minutes);
  if (ok) passed += 1;
  else failed += 1;
  summary.push(`${ok ? 'ok  ' : 'FAIL'} ${label}`);
}

/** Adds a runner's counts; a runner that exited non-zero with no failed test still failed. */
function tally({ passed: p, failed: f, line }, exitedOk) {
  const silentFailure = !exitedOk && f === 0 ? 1 : 0;
  passed += p;
  failed += f + silentFailure;
  summary.push(
    silentFailure ? `${line.replace(/^ok  /, 'FAIL')} (but the runner exited non-zero)` : line,
  );
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

gate('format (prettier --check)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
gate('lint (eslint)', bin('eslint'), ['--max-warnings=0', '.']);
gate('types (tsc --noEmit)', bin('tsc'), ['--noEmit']);
gate('content (check:content)', bin('tsx'), ['scripts/check-content.ts']);

// Unit and component tests.
const vitestReport = join(reports, 'vitest.json');
const vitestOk = run(
  'unit and component tests (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  20,
);
tally(countVitest(readJson(vitestReport)), vitestOk);

// Browser journeys.
const chrome = findChrome();
if (!chrome || 'error' in chrome) {
  console.error(`\n${chrome?.error ?? NO_BROWSER_HELP}`);
  failed += 1;
  summary.push('FAIL playwright: no browser');
} else {
  const playwrightReport = join(reports, 'playwright.json');
  console.log(`\nUsing Chromium at ${chrome.path} (${chrome.source})`);
  const playwrightOk = run('browser journeys (playwright)', bin('playwright'), ['test'], 45, {
    CI: process.env.CI ?? '1',
  });
  tally(
    countPlaywright(existsSync(playwrightReport) ? readJson(playwrightReport) : null),
    playwrightOk,
  );
}

console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
