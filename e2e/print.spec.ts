import { chooseTheme, expect, test } from './fixtures';
import { expectRankingOrder, expectedOrder, flagship, openExplorer } from './explorer-helpers';

const c = flagship();

test.describe('print', () => {
  test('printing gives a handout with the case, weights, ranking and matrix, and no controls', async ({
    page,
  }) => {
    await openExplorer(page);
    const points = c.criteria.map((_, i) => (i === 0 ? 90 : 40));
    for (const [i, k] of c.criteria.entries()) {
      await page.getByRole('spinbutton', { name: `${k.label} points` }).fill(String(points[i]));
    }
    await page.emulateMedia({ media: 'print' });

    await expect(page.getByRole('heading', { level: 1, name: c.meta.title })).toBeVisible();
    await expectRankingOrder(page, expectedOrder(c, points));
    await expect(page.getByRole('table', { name: /Scores of each option/ })).toBeVisible();
    const printedWeights = page.getByRole('table').filter({ hasText: 'Points' }).first();
    await expect(printedWeights).toBeVisible();
    await expect(
      printedWeights.getByRole('row', { name: new RegExp(c.criteria[0]!.label) }),
    ).toContainText('90');

    // No controls: sliders, fields, menus, and the page's own buttons are gone.
    for (const role of ['slider', 'spinbutton', 'combobox'] as const) {
      await expect(page.getByRole(role).filter({ visible: true })).toHaveCount(0);
    }
    for (const name of [
      'Copy link',
      'Print handout',
      'Reset',
      "Use the author's weights",
      'Light',
    ]) {
      await expect(
        page.getByRole('button', { name, exact: true }).filter({ visible: true }),
      ).toHaveCount(0);
    }
    await expect(page.getByRole('heading', { name: 'Head to head' })).toBeHidden();
  });

  test('a page printed from dark mode prints dark text on white', async ({ page }) => {
    await openExplorer(page);
    await chooseTheme(page, 'Dark');
    await expect(page.locator('html')).toHaveClass(/dark/);
    const colours = () =>
      page.evaluate(() => {
        const h1 = document.querySelector('h1')!;
        const cell = document.querySelector('table td, table th')!;
        return {
          page: getComputedStyle(document.body).backgroundColor,
          heading: getComputedStyle(h1).color,
          cell: getComputedStyle(cell).color,
        };
      });
    const onScreen = await colours();
    expect(onScreen.page).not.toBe('rgb(255, 255, 255)');

    await page.emulateMedia({ media: 'print' });
    const printed = await colours();
    expect(printed.page).toBe('rgb(255, 255, 255)');
    for (const colour of [printed.heading, printed.cell]) {
      // Every channel dark: legible on paper.
      const channels = colour.match(/\d+/g)!.slice(0, 3).map(Number);
      expect(Math.max(...channels), colour).toBeLessThan(90);
    }
  });
});
