import { recommendationOf } from '@/lib/case/attribution';
import { riskScalesOf } from '@/lib/case/schema';
import { expect, expectAccessibleInBothThemes, test } from './fixtures';
import { explorerPath, flagship } from './explorer-helpers';

const c = flagship();
const scales = riskScalesOf(c);

test.describe('option pages', () => {
  for (const o of c.options) {
    test(`${o.id}: summary, actions, assessments with evidence, risks, trade-offs and the article's words`, async ({
      page,
    }) => {
      await page.goto(`${explorerPath}/options/${o.id}`);
      await expect(page.getByRole('heading', { level: 1, name: o.label })).toBeVisible();
      await expect(page.getByText(o.summary)).toBeVisible();
      for (const a of o.actions) await expect(page.getByText(a, { exact: true })).toBeVisible();

      const favoured = o.favouredBy.map((id) => c.actors.find((a) => a.id === id)!.name);
      const actors = page.getByRole('region', { name: 'Who favours it' });
      for (const name of favoured) await expect(actors).toContainText(name);

      for (const k of c.criteria) {
        const section = page.getByRole('region', { name: k.label, exact: true });
        await expect(section).toContainText(o.assessments[k.id]!.rationale);
      }
      const risks = page.getByRole('region', { name: 'Risks' });
      for (const r of o.risks) {
        const item = risks.getByRole('listitem').filter({ hasText: r.description });
        await expect(item).toContainText(
          `Likelihood: ${scales.likelihood[r.likelihood - 1]!.label}`,
        );
        await expect(item).toContainText(`Impact: ${scales.impact[r.impact - 1]!.label}`);
      }
      for (const t of o.tradeOffs) await expect(page.getByText(t.givesUp)).toBeVisible();
      const words = page.getByRole('region', { name: "In the article's words" });
      for (const q of o.articleWords) {
        await expect(words.getByText(`“${q}”`, { exact: true })).toBeVisible();
      }

      if (o.kind === 'author-recommendation') {
        await expect(page.getByText("Author's recommendation")).toBeVisible();
        expect(recommendationOf(c, o)?.sentence).toBe(
          `Recommended by the article’s author (attributed to ${c.meta.source!.author}).`,
        );
        await expect(actors).toContainText(recommendationOf(c, o)!.sentence);
      } else {
        await expect(actors).not.toContainText('Recommended by');
      }
      const width = await page.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(width[0], 'no sideways scrolling').toBeLessThanOrEqual(width[1]!);
      await expectAccessibleInBothThemes(page, `on the ${o.id} page`);
      await page.getByRole('link', { name: 'Weigh this option against the others' }).click();
      await expect(page).toHaveURL(new RegExp(`${explorerPath}$`));
    });
  }

  test('an unknown option or case is a 404 with a way back', async ({ page, guards }) => {
    guards.expectConsoleError(/status of 404/);
    const response = await page.goto(`${explorerPath}/options/no-such-option`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessibleInBothThemes(page, 'on an unknown option');
    expect((await page.goto('/cases/no-such-case'))?.status()).toBe(404);
    await page.getByRole('link', { name: 'Back to the list of cases' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('cited sources are links the reader can follow, sending no referrer', async ({ page }) => {
    const o = c.options.find((x) =>
      Object.values(x.assessments).some((a) => a.evidence.kind === 'fact' && a.evidence.source.url),
    )!;
    const urls = Object.values(o.assessments).flatMap((a) =>
      a.evidence.kind === 'fact' && a.evidence.source.url ? [a.evidence.source.url] : [],
    );
    await page.goto(`${explorerPath}/options/${o.id}`);
    for (const url of urls) {
      const link = page.getByRole('link', { name: url }).first();
      await expect(link).toHaveAttribute('href', url);
      await expect(link).toHaveAttribute('rel', /noreferrer/);
    }
  });
});
