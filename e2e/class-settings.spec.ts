import { chooseTheme, expect, expectAccessibleInBothThemes, test } from './fixtures';
import { newStudent, startSession } from './class-helpers';

test.describe('class session: changing settings', () => {
  test('the host changes roles, threshold and closing time; the student page follows live', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const width = page.viewportSize()!.width;
    const problems: string[] = [];
    const code = await startSession(page);
    const { context, page: student } = await newStudent(browser, baseURL!, width, problems);
    await student.goto(`/join/${code}`);
    await expect(student.getByRole('button', { name: 'Submit my weights' })).toBeEnabled();
    await expect(student.getByRole('combobox', { name: 'Your role' })).toHaveCount(0);

    const settings = page.getByRole('form', { name: 'Settings' });
    const roles = settings.getByRole('checkbox', { name: /Offer roles/ });
    const save = settings.getByRole('button', { name: 'Save settings' });
    const saved = settings.getByRole('status');
    await expect(roles).not.toBeChecked();

    // Keyboard only: Space ticks the box, Enter on the button saves.
    await roles.focus();
    await page.keyboard.press('Space');
    await expect(roles).toBeChecked();
    await save.focus();
    await page.keyboard.press('Enter');
    await expect(saved).toHaveText('Settings saved.');
    await expect(student.getByRole('combobox', { name: 'Your role' })).toBeVisible();

    await roles.uncheck();
    await save.click();
    await expect(saved).toHaveText('Settings saved.');
    await expect(student.getByRole('combobox', { name: 'Your role' })).toHaveCount(0);

    // Out of bounds: a clear message, nothing sent.
    const threshold = settings.getByRole('spinbutton', { name: 'Small-group threshold' });
    await threshold.fill('60');
    await save.click();
    await expect(settings.getByRole('alert')).toHaveText(
      'Not saved: The small-group threshold must be a whole number from 3 to 50.',
    );
    await threshold.fill('3');
    await save.click();
    await expect(saved).toHaveText('Settings saved.');
    await page.reload();
    await expect(
      page.getByRole('form', { name: 'Settings' }).getByRole('spinbutton', {
        name: 'Small-group threshold',
      }),
    ).toHaveValue('3');
    await expectAccessibleInBothThemes(page, `host page with its settings at ${width} px`);
    await chooseTheme(page, 'Light');

    // A closing time already past locks the session for the student at once.
    const form = page.getByRole('form', { name: 'Settings' });
    await form.getByRole('checkbox', { name: 'No closing time' }).uncheck();
    await form.getByLabel(/Submissions close at/).fill('2020-01-01T09:00');
    await form.getByRole('button', { name: 'Save settings' }).click();
    await expect(form.getByRole('status')).toHaveText(
      'Settings saved. The closing time has passed, so submissions are locked.',
    );
    await expect(student.getByText(/Submissions are locked/)).toBeVisible();
    await expect(page.getByText(/^Locked: no more submissions/)).toBeVisible();

    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `the host page fits ${width} px`,
    ).toBe(true);
    await context.close();
    expect(problems).toEqual([]);
  });
});
