'use strict';

// Reads the JSON reports of vitest and Playwright into pass/fail counts for `npm test`'s
// closing line. A missing or unreadable report counts as one failure: silence is not success.

/** @param {any} report vitest's JSON reporter output, or null */
function countVitest(report) {
  if (!report || typeof report.numPassedTests !== 'number') {
    return {
      passed: 0,
      failed: 1,
      line: 'FAIL vitest: no report (reports/vitest.json missing or unreadable)',
    };
  }
  // A suite that fails to load has no tests to count; it still failed.
  const broken = (report.testResults ?? []).filter(
    (s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0,
  ).length;
  const failed = (report.numFailedTests ?? 0) + broken;
  const passed = report.numPassedTests;
  const extra = broken ? `, ${broken} suites failed to load` : '';
  return {
    passed,
    failed,
    line: `${failed ? 'FAIL' : 'ok  '} vitest: ${passed} passed, ${report.numFailedTests ?? 0} failed${extra}`,
  };
}

/** @param {any} report Playwright's JSON reporter output, or null */
function countPlaywright(report) {
  if (!report || !report.stats) {
    return {
      passed: 0,
      failed: 1,
      line: 'FAIL playwright: no report (reports/playwright.json missing or unreadable)',
    };
  }
  const s = report.stats;
  const passed = (s.expected ?? 0) + (s.flaky ?? 0);
  const bad = s.unexpected ?? 0;
  const errors = (report.errors ?? []).length;
  // A run that found no tests at all is a broken run, not a green one.
  const empty = passed + bad + (s.skipped ?? 0) === 0 ? 1 : 0;
  const failed = bad + errors + empty;
  const notes = [
    s.flaky ? `${s.flaky} flaky` : '',
    s.skipped ? `${s.skipped} skipped` : '',
    errors ? `${errors} errors` : '',
    empty ? 'no tests ran' : '',
  ].filter(Boolean);
  return {
    passed,
    failed,
    line: `${failed ? 'FAIL' : 'ok  '} playwright: ${passed} passed, ${bad} failed${notes.length ? `, ${notes.join(', ')}` : ''}`,
  };
}

module.exports = { countVitest, countPlaywright };
