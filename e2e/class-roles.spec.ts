import type { BrowserContext, Page } from '@playwright/test';
import { chooseTheme, expect, expectAccessibleInBothThemes, test } from './fixtures';
import {
  firstChoicesOf,
  newStudent,
  setPoints,
  shortLabelOf,
  startSession,
  submitThroughApi,
} from './class-helpers';
import { flagship } from './explorer-helpers';

const c = flagship();
const THRESHOLD = 3;
const [roleA, roleB] = c.presets.slice(-2);
if (!roleA || !roleB) throw new Error('the case needs two presets to test roles');

const only = (j: number) => c.criteria.map((_, i) => (i === j ? 100 : 0));
/** Who submits, with which role (null: none) and weights; `page` ones use the student page. */
const PARTICIPANTS: { role: string | null; points: number[]; page: boolean }[] = [
  { role: roleA.id, points: only(0), page: true },
  { role: roleA.id, points: only(1), page: true },
  { role: roleB.id, points: c.criteria.map(() => 50), page: true },
  { role: roleA.id, points: c.criteria.map((_, i) => (i % 2 === 0 ? 80 : 10)), page: false },
  { role: null, points: only(2), page: false },
];

/**
 * What the "By role" table should say for each role used, worked out here: the role's count,
 * and either its first choices ("Label n, …" in case order, nonzero only) or the reason they
 * are hidden when the group is under the threshold.
 */
function expectedByRole() {
  const groups = new Map<string | null, number[][]>();
  for (const p of PARTICIPANTS) groups.set(p.role, [...(groups.get(p.role) ?? []), p.points]);
  return [...groups].map(([role, members]) => {
    const counts = new Map(c.options.map((o) => [o.id, 0]));
    for (const w of members) {
      for (const id of firstChoicesOf(c, w)) counts.set(id, counts.get(id)! + 1);
    }
    return {
      label: role === null ? 'No role' : c.presets.find((p) => p.id === role)!.label,
      count: members.length,
      choices:
        members.length < THRESHOLD
          ? `Hidden: fewer than ${THRESHOLD} in this role.`
          : c.options
              .filter((o) => counts.get(o.id)! > 0)
              .map((o) => `${shortLabelOf(c, o.id)} ${counts.get(o.id)}`)
              .join(', '),
    };
  });
}

test.describe('class session: roles', () => {
  test('students argue in roles; the host sees first choices by role, small roles hidden', async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the journey makes its own student contexts');
    test.setTimeout(120_000);
    const problems: string[] = [];
    const code = await startSession(page, { roles: true, threshold: THRESHOLD });

    const contexts: BrowserContext[] = [];
    const students: Page[] = [];
    for (const [i, p] of PARTICIPANTS.entries()) {
      if (!p.page) {
        await submitThroughApi(baseURL!, code, c, p.points, p.role ? { role: p.role } : {});
        continue;
      }
      const { context, page: s } = await newStudent(
        browser,
        baseURL!,
        i === 0 ? 375 : 1280,
        problems,
      );
      contexts.push(context);
      students.push(s);
      await s.goto(`/join/${code}`);
      await expect(s.getByRole('button', { name: 'Submit my weights' })).toBeEnabled();
      await setPoints(s, c, p.points);
      const label = c.presets.find((x) => x.id === p.role)!.label;
      await s.getByRole('combobox', { name: 'Your role' }).selectOption({ label });
      await s.getByRole('button', { name: 'Submit my weights' }).click();
      await expect(s.getByRole('status').filter({ hasText: 'Submitted' })).toHaveText('Submitted');
    }
    await expect(page.getByRole('status').filter({ hasText: 'joined' })).toHaveText(
      `${PARTICIPANTS.length} joined · ${PARTICIPANTS.length} submitted`,
    );

    await page.getByRole('button', { name: 'Reveal results' }).click();
    const expected = expectedByRole();
    // At least one role is shown and one hidden, or this journey would prove little.
    expect(expected.some((g) => g.count >= THRESHOLD)).toBe(true);
    expect(expected.some((g) => g.count < THRESHOLD)).toBe(true);
    for (const viewer of [page, students[0]!]) {
      const table = viewer.getByRole('table', { name: 'First choices by role' });
      await expect(table).toBeVisible();
      await expect(table.getByRole('row')).toHaveCount(1 + expected.length);
      for (const g of expected) {
        const row = table.getByRole('row').filter({
          has: viewer.getByRole('rowheader', { name: g.label, exact: true }),
        });
        await expect(row.getByRole('cell')).toHaveText([String(g.count), g.choices]);
      }
    }

    await expectAccessibleInBothThemes(page, 'host page with results by role');
    await chooseTheme(page, 'Light');
    for (const ctx of contexts) await ctx.close();
    expect(problems).toEqual([]);
  });
});
