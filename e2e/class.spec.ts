import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import {
  chooseTheme,
  expect,
  expectAccessible,
  expectAccessibleInBothThemes,
  test,
} from './fixtures';
import {
  firstChoicesOf,
  newStudent,
  setPoints,
  shortLabelOf,
  startSession,
  submitThroughApi,
} from './class-helpers';
import { explorerPath, flagship } from './explorer-helpers';

const c = flagship();
const THEME_KEY = 'counterweight:theme';

const shortLabel = (id: string) => shortLabelOf(c, id);

const n = c.criteria.length;
const only = (j: number) => c.criteria.map((_, i) => (i === j ? 100 : 0));
/** Six known weightings, one per student. */
const WEIGHTINGS: number[][] = [
  only(0),
  only(1),
  only(n - 2),
  c.criteria.map(() => 50),
  c.criteria.map((_, i) => (i % 2 === 0 ? 80 : 10)),
  c.criteria.map((_, i) => (i < n / 2 ? 20 : 90)),
];

/** The page's own alert (Next's route announcer is an empty alert too). */
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

/** Parses the export's CSV: quoted or bare fields, `""` inside quotes. */
function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) =>
      [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) =>
        m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''),
      ),
    );
}

test.describe('class session', () => {
  test('a host runs a session for six students: join, submit, live counts, reveal, lock, export', async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'desktop',
      'the journey makes its own 1280 px and 375 px student contexts',
    );
    test.setTimeout(180_000);
    const problems: string[] = [];

    const code = await startSession(page);
    const joinLink = page.getByRole('link', { name: new RegExp(`/join/${code}$`) });
    await expect(joinLink).toHaveAttribute('href', new RegExp(`/join/${code}$`));
    await expect(page.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
    await expect(page.getByText(/points to this computer itself \(localhost\)/)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'joined' })).toHaveText(
      '0 joined · 0 submitted',
    );
    await expect(page.getByRole('link', { name: 'Projector view' })).toBeVisible();
    await expectAccessibleInBothThemes(page, 'host page');
    await chooseTheme(page, 'Light');

    // Six students: three at 1280 px join by the link, three at 375 px type the code.
    const students: Page[] = [];
    const contexts: BrowserContext[] = [];
    for (let i = 0; i < 6; i++) {
      const { context, page: s } = await newStudent(
        browser,
        baseURL!,
        i < 3 ? 1280 : 375,
        problems,
      );
      contexts.push(context);
      students.push(s);
      if (i < 3) {
        await s.goto(`/join/${code}`);
      } else {
        await s.goto('/join');
        await s.getByRole('textbox', { name: 'Join code' }).fill(code.toLowerCase());
        await s.getByRole('button', { name: 'Join' }).click();
        await s.waitForURL(new RegExp(`/join/${code}$`));
      }
      await expect(s.getByRole('heading', { level: 1, name: c.meta.title })).toBeVisible();
      await expect(s.getByRole('button', { name: 'Submit my weights' })).toBeEnabled();
    }
    await expect(page.getByRole('status').filter({ hasText: 'joined' })).toHaveText(
      '6 joined · 0 submitted',
    );

    // Each student submits a known weighting; the last one with the keyboard only.
    for (const [i, s] of students.entries()) {
      if (i < 5) {
        await setPoints(s, c, WEIGHTINGS[i]!);
        await s.getByRole('button', { name: 'Submit my weights' }).click();
      } else {
        for (const [j, k] of c.criteria.entries()) {
          await s.getByRole('spinbutton', { name: `${k.label} points` }).focus();
          await s.keyboard.press('ControlOrMeta+A');
          await s.keyboard.type(String(WEIGHTINGS[i]![j]));
        }
        await s.getByRole('textbox', { name: /Why\?/ }).focus();
        await s.keyboard.type('Long-term position matters most.');
        let onSubmit = false;
        for (let tab = 0; tab < 10 && !onSubmit; tab++) {
          await s.keyboard.press('Tab');
          onSubmit = await s.evaluate(
            () => document.activeElement?.textContent === 'Submit my weights',
          );
        }
        expect(onSubmit, 'the submit button is reachable with Tab').toBe(true);
        await s.keyboard.press('Enter');
      }
      await expect(s.getByRole('status').filter({ hasText: 'Submitted' })).toHaveText('Submitted');
      await expect(s.getByRole('list', { name: 'Your submitted ranking' })).toBeVisible();
      // Live on the host, without a reload.
      await expect(page.getByRole('status').filter({ hasText: 'joined' })).toHaveText(
        `6 joined · ${i + 1} submitted`,
      );
    }

    // Nothing of the class's results reaches a student before the reveal.
    for (const s of students) {
      await expect(s.getByRole('table', { name: 'First choices' })).toHaveCount(0);
      await expect(s.getByText(/results appear here when your teacher reveals them/)).toBeVisible();
      const res = await s.request.get(`/api/class/sessions/${code}/results`);
      expect(res.status()).toBe(403);
    }

    // The same participant after a reload.
    await students[0]!.reload();
    await expect(students[0]!.getByRole('status').filter({ hasText: 'Submitted' })).toHaveText(
      'Submitted',
    );
    await expect(
      students[0]!.getByRole('spinbutton', { name: `${c.criteria[0]!.label} points` }),
    ).toHaveValue('100');

    await expectAccessibleInBothThemes(students[3]!, 'student page at 375 px');
    await chooseTheme(students[3]!, 'Light');

    // Reveal: every student sees First choices equal to an independent computation.
    await page.getByRole('button', { name: 'Reveal results' }).click();
    const expected = new Map(c.options.map((o) => [o.id, 0]));
    for (const w of WEIGHTINGS) {
      for (const id of firstChoicesOf(c, w)) expected.set(id, expected.get(id)! + 1);
    }
    for (const s of [page, ...students]) {
      const table = s.getByRole('table', { name: 'First choices' });
      await expect(table).toBeVisible();
      for (const o of c.options) {
        await expect(table.getByRole('row', { name: shortLabel(o.id) })).toContainText(
          String(expected.get(o.id)),
        );
      }
    }
    const mine = firstChoicesOf(c, WEIGHTINGS[0]!);
    const alike = WEIGHTINGS.slice(1).filter((w) =>
      firstChoicesOf(c, w).some((id) => mine.includes(id)),
    ).length;
    await expect(students[0]!.getByText(/^Your weights rank /)).toContainText(
      `like ${alike} of 5 classmates`,
    );
    await expectAccessibleInBothThemes(students[0]!, 'student page after reveal');
    await expectAccessibleInBothThemes(page, 'host page after reveal');
    await chooseTheme(page, 'Light');

    // Locked (revealing locks): a late revision is refused with a clear message.
    const late = students[1]!;
    await late.getByRole('spinbutton', { name: `${c.criteria[2]!.label} points` }).fill('77');
    await late.getByRole('button', { name: 'Submit my weights' }).click();
    await expect(alert(late)).toContainText(
      'Not submitted: Submissions are closed for this session',
    );
    await expect(late.getByText(/Submissions are locked/)).toBeVisible();

    // Hide, lock and reopen work from the host page.
    await page.getByRole('button', { name: 'Hide results' }).click();
    await expect(students[2]!.getByRole('table', { name: 'First choices' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Reopen' }).click();
    await expect(page.getByRole('button', { name: 'Lock submissions' })).toBeVisible();
    await page.getByRole('button', { name: 'Lock submissions' }).click();
    await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();

    // The CSV: a header and one row per student, with the points they submitted.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download CSV' }).click(),
    ]);
    const rows = parseCsv(await readFile((await download.path())!, 'utf8'));
    const header = rows[0]!;
    expect(header).toEqual(expect.arrayContaining(c.criteria.map((k) => `points_${k.id}`)));
    expect(rows).toHaveLength(1 + WEIGHTINGS.length);
    const exported = rows
      .slice(1)
      .map((r) => c.criteria.map((k) => Number(r[header.indexOf(`points_${k.id}`)])).join(','))
      .sort();
    expect(exported).toEqual(WEIGHTINGS.map((w) => w.join(',')).sort());
    const firstCol = header.indexOf('first_choice');
    const exportedFirsts = rows.slice(1).map((r) => r[firstCol]!.split(' ').sort().join(' '));
    expect(exportedFirsts.sort()).toEqual(
      WEIGHTINGS.map((w) => firstChoicesOf(c, w).sort().join(' ')).sort(),
    );

    for (const ctx of contexts) await ctx.close();
    // The browser logs the refused late revision's 409; the page explained it above.
    expect(problems.filter((p) => !/status of 409 \(Conflict\)/.test(p))).toEqual([]);
  });

  test('the projector fits the screen before and after the reveal, in both themes', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the projector is a wide screen');
    const code = await startSession(page);
    // Five participants submit through the API, enough to pass the small-group threshold.
    for (const w of WEIGHTINGS.slice(0, 5)) await submitThroughApi(baseURL!, code, c, w);

    const fits = () =>
      page.evaluate(() => {
        const root = document.documentElement;
        const overlay = document.querySelector<HTMLElement>('main .fixed')!;
        return (
          root.scrollHeight <= window.innerHeight + 1 &&
          overlay.scrollHeight <= overlay.clientHeight + 1 &&
          overlay.scrollWidth <= overlay.clientWidth + 1
        );
      });

    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.goto(`/class/${code}/projector`);
      await expect(page.getByText(`${5} joined · 5 submitted`)).toBeVisible();
      await expect(page.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
      await expect(page.getByRole('table', { name: 'First choices' })).toHaveCount(0);
      expect(await fits(), `projector before reveal fits ${size.width}×${size.height}`).toBe(true);
    }
    await expectAccessible(page, 'projector before reveal (light)');

    await page.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByRole('table', { name: 'First choices' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(([k, t]) => localStorage.setItem(k!, t!), [THEME_KEY, theme]);
      for (const size of [
        { width: 1280, height: 720 },
        { width: 1920, height: 1080 },
      ]) {
        await page.setViewportSize(size);
        await page.reload();
        await expect(page.getByRole('table', { name: 'First choices' })).toBeVisible();
        await page.screenshot({
          path: testInfo.outputPath(`projector-${theme}-${size.width}.png`),
        });
        expect(await fits(), `results fit ${size.width}×${size.height} (${theme})`).toBe(true);
      }
      await expectAccessible(page, `projector after reveal (${theme})`);
    }
  });

  test('a wrong or unknown code gets a clear message', async ({ page, guards }) => {
    // The browser logs the API's 404 for an unknown code; the page explains it.
    guards.expectConsoleError(/status of 404/);
    await page.goto('/join');
    await expectAccessibleInBothThemes(page, 'join page');
    const field = page.getByRole('textbox', { name: 'Join code' });
    await field.fill('hello');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(alert(page)).toContainText('That is not a class code');
    await field.fill('ACDEFG');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect(alert(page)).toContainText('No class session has the code ACDEFG');

    await page.goto('/join/ACDEFG');
    await expect(alert(page)).toContainText('No class session has the code ACDEFG');
    await expect(page.getByRole('textbox', { name: 'Join code' })).toBeVisible();
    await page.goto('/join/nope');
    await expect(alert(page)).toContainText('That is not a class code');
  });
});

test.describe('teaching kit', () => {
  test('the explorer links to a teaching kit with plan, questions, glossary, timeline and worksheet', async ({
    page,
  }) => {
    await page.goto(explorerPath);
    await page.getByRole('link', { name: 'Teach this case' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: `Teach this case: ${c.meta.title}` }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A 50-minute lesson plan' })).toBeVisible();
    await expect(page.getByText('45–50 min')).toBeVisible();
    const questions = page
      .getByRole('region', { name: 'Discussion questions' })
      .getByRole('listitem');
    await expect(questions).toHaveCount(c.teaching.questions.length);
    await expect(page.getByRole('region', { name: 'Glossary' }).getByRole('term')).toHaveCount(
      c.teaching.glossary.length,
    );
    await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('listitem')).toHaveCount(
      c.context.timeline.length,
    );
    const worksheet = page.getByRole('region', { name: `Worksheet: ${c.meta.title}` });
    await expect(worksheet.getByRole('row')).toHaveCount(1 + c.criteria.length);
    await expectAccessibleInBothThemes(page, 'teaching kit');

    // Printing the worksheet alone: the kit and the site's header disappear.
    await page.evaluate(() => document.documentElement.classList.add('print-worksheet-only'));
    await page.emulateMedia({ media: 'print' });
    await expect(worksheet).toBeVisible();
    await expect(page.getByRole('heading', { name: 'A 50-minute lesson plan' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print the worksheet' })).toBeHidden();
  });
});
