import type { Page } from '@playwright/test';
import { testCongestion } from '@/content/test-congestion';
import { recommendationOf } from '@/lib/case/attribution';
import type { Case } from '@/lib/case/schema';
import { validateCase } from '@/lib/case/validate';
import { expect, expectAccessibleInBothThemes, test } from './fixtures';
import { expectRankingOrder, expectedOrder, shortName } from './explorer-helpers';

/**
 * The synthetic test case (three options, five criteria, no source article, no quotes) walked
 * end to end, to prove that no page assumes the flagship's shape. The browser tests' server
 * registers it (COUNTERWEIGHT_TEST_CASES=1 in playwright.config.ts); real users never see it.
 */
const result = validateCase(testCongestion);
if (!result.ok) throw new Error(result.errors.join('\n'));
const c: Case = result.value;
const path = `/cases/${c.meta.id}`;
const defaults = c.criteria.map((k) => k.defaultWeight);

async function expectNoSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll, 'no sideways scrolling').toBeLessThanOrEqual(client!);
}

test.describe('a case with three options, five criteria and no source', () => {
  test('the home page lists it with its own date and option count', async ({ page }) => {
    await page.goto('/');
    const card = page.getByRole('listitem').filter({ hasText: c.meta.title });
    await expect(card).toContainText(c.meta.question);
    await expect(card).toContainText('1 May 2024');
    await expect(card).toContainText('3 options');
    await card.getByRole('link', { name: c.meta.title }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });

  test('the explorer shows three columns, its ranking, no author and no source', async ({
    page,
  }, testInfo) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: c.meta.title })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectRankingOrder(page, expectedOrder(c, defaults));

    // Side by side: one article per option, all in one row on a wide screen.
    const tops = new Set<number>();
    for (const o of c.options) {
      const article = page.getByRole('article', { name: o.label });
      await expect(article).toBeVisible();
      tops.add(Math.round((await article.boundingBox())!.y));
    }
    expect(tops.size).toBe(testInfo.project.name === 'mobile' ? 3 : 1);
    const recommended = c.options.find((o) => recommendationOf(c, o))!;
    await expect(
      page.getByRole('article', { name: recommended.label }).getByText(/^Recommended by /),
    ).toBeVisible();

    // Nothing about an author or an article where there is none.
    await expect(page.getByText("Author's recommendation")).toHaveCount(0);
    await expect(page.getByText(/Your weights vs the author/)).toHaveCount(0);
    await expect(page.getByText(/the author's words/)).toHaveCount(0);
    await expect(page.getByRole('term').filter({ hasText: 'Source' })).toHaveCount(0);
    await expect(page.getByText(/Notes on the article/)).toHaveCount(0);

    // Every matrix cell is there: 3 × 5.
    const matrix = page.getByRole('table').filter({ hasText: c.criteria[0]!.label }).first();
    await expect(matrix).toBeVisible();

    // The robustness section works with three options and five criteria.
    const robust = page.getByRole('region', { name: 'How robust is this?' });
    await robust.getByRole('button', { name: 'Run the analysis' }).click();
    const chance = robust.getByRole('table', { name: /Chance of each rank/ });
    await expect(chance).toBeVisible({ timeout: 30_000 });
    await expect(chance.getByRole('row')).toHaveCount(1 + c.options.length);

    // A preset changes the ranking the same way the maths does.
    const treasurer = c.presets.find((p) => p.id === 'treasurer')!;
    await page.getByRole('combobox', { name: 'Preset' }).selectOption(treasurer.id);
    await expectRankingOrder(
      page,
      expectedOrder(
        c,
        c.criteria.map((k) => treasurer.weights[k.id]!),
      ),
    );

    await expectNoSidewaysScroll(page);
    await expectAccessibleInBothThemes(page, 'on the synthetic explorer');
  });

  for (const o of c.options) {
    test(`the ${o.id} option page has its assessments, risks and recommendation`, async ({
      page,
    }) => {
      await page.goto(`${path}/options/${o.id}`);
      await expect(page.getByRole('heading', { level: 1, name: o.label })).toBeVisible();
      for (const k of c.criteria) {
        await expect(page.getByRole('region', { name: k.label, exact: true })).toContainText(
          o.assessments[k.id]!.rationale,
        );
      }
      for (const r of o.risks) await expect(page.getByText(r.description)).toBeVisible();
      const actors = page.getByRole('region', { name: 'Who favours it' });
      const rec = recommendationOf(c, o);
      if (rec) await expect(actors).toContainText(rec.sentence);
      else await expect(actors).not.toContainText('Recommended by');
      await expect(page.getByRole('region', { name: "In the article's words" })).toHaveCount(0);
      await expect(page.getByText("Author's recommendation")).toHaveCount(0);
      await expectNoSidewaysScroll(page);
      await expectAccessibleInBothThemes(page, `on the ${o.id} page`);
    });
  }

  test('names read naturally mid-sentence in the rank explanation', async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const first = expectedOrder(c, defaults)[0]!;
    expect(first).toBe(shortName(c.options.find((o) => o.id === 'parking-bus-lanes')!));
    await expect(page.locator('body')).not.toContainText(/[a-z,] The (status quo|charge)\b/);
    await expect(page.locator('body')).not.toContainText(/lanes's/);
  });
});
