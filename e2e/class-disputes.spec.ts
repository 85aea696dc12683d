import type { Page } from '@playwright/test';
import { chooseTheme, expect, expectAccessibleInBothThemes, test } from './fixtures';
import {
  countInRow,
  firstChoicesOf,
  newStudent,
  setPoints,
  shortLabelOf,
  startSession,
  submitThroughApi,
  type Disputes,
} from './class-helpers';
import { flagship } from './explorer-helpers';

const c = flagship();
const short = (id: string) => shortLabelOf(c, id);
const midSentence = (label: string) => label.replace(/^The\s/, 'the ');

// The student weighs every criterion alike; two classmates (through the API) weigh one each.
const POINTS = c.criteria.map(() => 50);
const CLASSMATES = [
  c.criteria.map((_, i) => (i === 0 ? 100 : 0)),
  c.criteria.map((_, i) => (i === 1 ? 100 : 0)),
];
const caseFirst = firstChoicesOf(c, POINTS);

// One score the student disputes, found from the case data alone: the first cell (case order)
// whose 10 makes its option the student's only first choice instead of the case's leader.
const dispute = (() => {
  for (const o of c.options) {
    if (caseFirst.includes(o.id)) continue;
    for (const k of c.criteria) {
      const disputes: Disputes = { [o.id]: { [k.id]: 10 } };
      const first = firstChoicesOf(c, POINTS, disputes);
      if (first.length === 1 && first[0] === o.id) return { option: o, criterion: k, disputes };
    }
  }
  throw new Error('no single disputed score changes this weighting’s first choice');
})();

/** Opens the student's "Disagree with a score?" section (if it is not open yet). */
async function openScores(page: Page) {
  const details = page
    .locator('details')
    .filter({ has: page.locator('summary', { hasText: 'Disagree with a score' }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await details.locator('summary').click();
  }
}

test.describe('class session: score disputes', () => {
  test('a student disputes a score, their first choice follows it, and the class count agrees', async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the journey makes its own 375 px student');
    test.setTimeout(120_000);
    const problems: string[] = [];
    expect(caseFirst).not.toContain(dispute.option.id);

    const code = await startSession(page, { threshold: 3 });
    for (const w of CLASSMATES) await submitThroughApi(baseURL!, code, c, w);

    const { context, page: s } = await newStudent(browser, baseURL!, 375, problems);
    await s.goto(`/join/${code}`);
    await expect(s.getByRole('button', { name: 'Submit my weights' })).toBeEnabled();
    await setPoints(s, c, POINTS);

    // The matrix is folded away after the sliders, and opens to the case's scores.
    await expect(s.getByRole('table', { name: /Scores of each option/ })).toBeHidden();
    await openScores(s);
    const { option, criterion } = dispute;
    const cell = s.getByRole('button', {
      name: `${option.label} on ${criterion.label}`,
      exact: false,
    });
    await cell.click();
    const dialog = s.getByRole('dialog', { name: new RegExp(criterion.label) });
    await dialog.getByRole('button', { name: /Use my own score/ }).click();
    await dialog
      .getByRole('spinbutton', { name: `${short(option.id)} on ${criterion.label}: your score` })
      .fill('10');
    await s.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(s.getByRole('status').filter({ hasText: 'disputed score' })).toContainText(
      `${midSentence(short(option.id))} ranks first instead of`,
    );
    // Nothing runs off the side of a phone with the matrix open.
    expect(
      await s.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'no horizontal scrolling at 375 px',
    ).toBe(true);
    await expectAccessibleInBothThemes(s, 'student page with the scores open, 375 px');
    await chooseTheme(s, 'Light');

    await s.getByRole('button', { name: 'Submit my weights' }).click();
    await expect(s.getByRole('status').filter({ hasText: 'Submitted' })).toHaveText('Submitted');
    const submitted = s.getByRole('list', { name: 'Your submitted ranking' }).getByRole('listitem');
    await expect(submitted.first()).toContainText(`1. ${short(option.id)}`);

    // After a reload the dispute is back, and the page still says Submitted.
    await s.reload();
    await expect(s.getByRole('status').filter({ hasText: 'Submitted' })).toHaveText('Submitted');
    await expect(s.getByText('Disagree with a score? (optional)')).toContainText(
      'one of your own scores',
    );
    await expect(submitted.first()).toContainText(`1. ${short(option.id)}`);
    await openScores(s);
    await expect(cell).toHaveAccessibleName(/^10 \(your score; the case says /);

    // The host reveals: the class counts the student under their disputed first choice.
    await page.getByRole('button', { name: 'Reveal results' }).click();
    const expected = new Map(c.options.map((o) => [o.id, 0]));
    for (const first of [
      ...CLASSMATES.map((w) => firstChoicesOf(c, w)),
      firstChoicesOf(c, POINTS, dispute.disputes),
    ]) {
      for (const id of first) expected.set(id, expected.get(id)! + 1);
    }
    for (const viewer of [page, s]) {
      await expect(viewer.getByRole('table', { name: 'First choices' })).toBeVisible();
      for (const o of c.options) {
        expect(
          await countInRow(viewer, 'First choices', short(o.id)),
          `${o.id} on ${viewer === page ? 'host' : 'student'}`,
        ).toBe(expected.get(o.id));
      }
    }
    await expect(s.getByText(/^Your weights rank /)).toContainText(
      `Your weights rank ${midSentence(short(option.id))} first`,
    );

    await context.close();
    expect(problems).toEqual([]);
  });
});
