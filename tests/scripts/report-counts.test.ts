import { describe, expect, it } from 'vitest';
import { countPlaywright, countVitest } from '@/scripts/report-counts.cjs';

describe('countVitest', () => {
  it.each([
    ['a missing report as one failure', null, 0, 1],
    ['a report without counts as one failure', { foo: 1 }, 0, 1],
    ['passes and failures', { numPassedTests: 7, numFailedTests: 2, testResults: [] }, 7, 2],
    [
      'a suite that failed to load as a failure',
      {
        numPassedTests: 3,
        numFailedTests: 0,
        testResults: [
          { status: 'failed', assertionResults: [] },
          { status: 'passed', assertionResults: [{}, {}, {}] },
        ],
      },
      3,
      1,
    ],
  ])('counts %s', (_name, report, passed, failed) => {
    const counts = countVitest(report);
    expect([counts.passed, counts.failed]).toEqual([passed, failed]);
    expect(counts.line.startsWith(failed ? 'FAIL' : 'ok')).toBe(true);
  });
});

describe('countPlaywright', () => {
  it.each([
    ['a missing report as one failure', null, 0, 1],
    ['expected and flaky as passed', { stats: { expected: 5, flaky: 1, unexpected: 0 } }, 6, 0],
    ['unexpected as failed', { stats: { expected: 5, unexpected: 2 } }, 5, 2],
    ['top-level errors as failures', { stats: { expected: 1, unexpected: 0 }, errors: [{}] }, 1, 1],
    ['a run with no tests as a failure', { stats: { expected: 0, unexpected: 0 } }, 0, 1],
  ])('counts %s', (_name, report, passed, failed) => {
    const counts = countPlaywright(report);
    expect([counts.passed, counts.failed]).toEqual([passed, failed]);
  });
});
