import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './fixtures';
import {
  expectRankingOrder,
  expectedOrder,
  explorerPath,
  flagship,
  openExplorer,
  readPoints,
  shortName,
} from './explorer-helpers';

const c = flagship();
const strip = (page: Page) => page.getByRole('region', { name: 'Ranking at a glance' });

test.describe('seeing the answer while moving a weight', () => {
  test('a compact ranking stays in view beside the lowest slider, without covering it', async ({
    page,
  }) => {
    await openExplorer(page);
    const last = c.criteria.at(-1)!;
    const slider = page.getByRole('slider', { name: last.label, exact: true });
    await slider.focus();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');

    const points = await readPoints(page, c);
    const order = expectedOrder(c, points);
    await expect(strip(page)).toBeInViewport();
    await expect(strip(page).getByRole('listitem')).toHaveCount(c.options.length);
    await expect(strip(page).getByRole('listitem')).toContainText(order);
    await expectRankingOrder(page, order);

    // The focused slider sits clear of the strip, and the strip holds nothing to tab into.
    const s = (await slider.boundingBox())!;
    const b = (await strip(page).boundingBox())!;
    expect(s.y + s.height).toBeLessThanOrEqual(b.y);
    await expect(strip(page).locator('a, button, input, select, [tabindex]')).toHaveCount(0);
    await expectAccessible(page, 'with the sticky ranking in view');
  });

  test('the compact ranking does not print (the full ranking does)', async ({ page }) => {
    await openExplorer(page);
    await page.emulateMedia({ media: 'print' });
    await expect(strip(page)).toBeHidden();
    await expect(page.getByRole('list', { name: 'Ranking' })).toBeVisible();
  });
});

test.describe('a shared link without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the server renders the link's own weights and ranking", async ({ page }) => {
    // All the weight on one criterion whose leader differs from the default ranking's.
    const defaults = c.criteria.map((k) => k.defaultWeight);
    const j = c.criteria.findIndex(
      (_, i) =>
        expectedOrder(
          c,
          c.criteria.map((__, k) => (k === i ? 100 : 0)),
        )[0] !== expectedOrder(c, defaults)[0],
    );
    expect(j, 'a criterion that changes the leader').toBeGreaterThanOrEqual(0);
    const points = c.criteria.map((_, k) => (k === j ? 100 : 0));
    const query = `?w=${c.criteria.map((k, i) => `${k.id}:${points[i]}`).join(',')}`;

    await page.goto(`${explorerPath}${query}`);
    await expectRankingOrder(page, expectedOrder(c, points));
    expect(await readPoints(page, c)).toEqual(points);
    await expect(strip(page).getByRole('listitem').first()).toContainText(
      shortName(c.options.find((o) => shortName(o) === expectedOrder(c, points)[0])!),
    );

    // A visit without a link is still the static page with the default ranking.
    await page.goto(explorerPath);
    await expectRankingOrder(page, expectedOrder(c, defaults));
  });
});
