import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  expectRankingOrder,
  expectedOrder,
  explorerPath,
  flagship,
  openExplorer,
  readPoints,
} from './explorer-helpers';

const c = flagship();
const defaults = c.criteria.map((k) => k.defaultWeight);
const n = c.criteria.length;

/** Some weights that differ from the defaults in every place: 10, 20, 30, … capped at 100. */
const custom = c.criteria.map((_, i) => Math.min(100, (i + 1) * 10));

/** The share link's `w` value for some points: `criterion-id:points`, in case order. */
const keyed = (points: readonly number[]) =>
  c.criteria.map((k, i) => `${k.id}:${points[i]}`).join(',');

async function setPoints(page: Page, points: readonly number[]) {
  for (const [i, k] of c.criteria.entries()) {
    await page.getByRole('spinbutton', { name: `${k.label} points` }).fill(String(points[i]));
  }
}

test.describe('share and keep', () => {
  test('the weights go into the address without navigating, and a copied link opens them elsewhere', async ({
    page,
    browser,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openExplorer(page);
    const historyLength = await page.evaluate(() => history.length);
    await setPoints(page, custom);
    await expect(page).toHaveURL(new RegExp(`\\?w=${keyed(custom)}$`));
    expect(await page.evaluate(() => history.length)).toBe(historyLength);

    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(new RegExp(`${explorerPath}\\?w=${keyed(custom)}$`));

    // A fresh browser context: no storage, nothing shared but the link.
    const fresh = await browser.newContext({ baseURL: new URL(link).origin });
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => readPoints(other, c)).toEqual(custom);
    await expectRankingOrder(other, expectedOrder(c, custom));
    await fresh.close();
  });

  test('the last weights survive a reload from storage when the address has none', async ({
    page,
  }) => {
    await openExplorer(page);
    await setPoints(page, custom);
    await expect(page).toHaveURL(/\?w=/);
    await page.goto(explorerPath);
    await expect.poll(() => readPoints(page, c)).toEqual(custom);
    // The address catches up with what is shown, so it can be shared as is.
    await expect(page).toHaveURL(new RegExp(`\\?w=${keyed(custom)}$`));
    await expectRankingOrder(page, expectedOrder(c, custom));
  });

  test('an address with weights wins over stored weights', async ({ page }) => {
    await openExplorer(page);
    await setPoints(page, custom);
    await expect(page).toHaveURL(/\?w=/);
    const linked = c.criteria.map((_, i) => (i === 0 ? 100 : 5));
    await page.goto(`${explorerPath}?w=${keyed(linked)}`);
    await expect.poll(() => readPoints(page, c)).toEqual(linked);
  });

  test('an old positional link still opens with its weights, and the address moves to ids', async ({
    page,
  }) => {
    // Made before links were keyed by id: one number per criterion, in the case's old order.
    const old = [80, 100, 60, 70, 40, 30, 80, 40];
    await openExplorer(page, `?w=${old.join(',')}`);
    await expect.poll(() => readPoints(page, c)).toEqual(old);
    await expectRankingOrder(page, expectedOrder(c, old));
    await expect(page.getByRole('status').filter({ hasText: 'default weights' })).toHaveCount(0);
    await setPoints(page, custom);
    await expect(page).toHaveURL(new RegExp(`\\?w=${keyed(custom)}$`));
  });

  for (const [name, value, message] of [
    ['too few numbers', '50,50', `it has 2 numbers; this case needs ${n}`],
    ['a word', Array(n).fill('50').join(',').replace(/^50/, 'lots'), 'is not a number'],
    [
      'a number over 100',
      Array(n).fill('50').join(',').replace(/50$/, '150'),
      'weights run from 0 to 100',
    ],
    [
      'a negative number',
      Array(n).fill('50').join(',').replace(/^50/, '-5'),
      'weights run from 0 to 100',
    ],
    ['nothing at all', '', 'no weights'],
    ['garbage', '%3Cscript%3E', `it has 1 number; this case needs ${n}`],
  ] as const) {
    test(`a broken link with ${name} shows a notice and the default weights`, async ({ page }) => {
      await openExplorer(page, `?w=${value}`);
      const notice = page.getByRole('status').filter({ hasText: 'Showing the default weights' });
      await expect(notice).toContainText(message);
      await expect.poll(() => readPoints(page, c)).toEqual(defaults);
      await expectRankingOrder(page, expectedOrder(c, defaults));
      // The bad parameter is removed, so a reload does not repeat the notice.
      await expect(page).toHaveURL(new RegExp(`${explorerPath}$`));
      await page.getByRole('button', { name: 'Dismiss' }).click();
      await expect(notice).toBeHidden();
    });
  }

  test('damaged stored choices are ignored with a notice', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(
      (id) => localStorage.setItem(`counterweight:stance:${id}`, '{"v":1,"caseId":"x"}'),
      c.meta.id,
    );
    await openExplorer(page);
    await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toBeVisible();
    await expect.poll(() => readPoints(page, c)).toEqual(defaults);
  });

  test('damaged stored weights in the older format are ignored with a notice', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(
      (id) => localStorage.setItem(`counterweight:weights:${id}`, '{oops'),
      c.meta.id,
    );
    await openExplorer(page);
    await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toBeVisible();
    await expect.poll(() => readPoints(page, c)).toEqual(defaults);
  });
});
