import type { Locator, Page } from '@playwright/test';
import { pairwiseWeights, saatyRatio } from '@/lib/decision';
import { expect, expectAccessible, expectAccessibleInBothThemes, test } from './fixtures';
import {
  expectedOrder,
  expectRankingOrder,
  flagship,
  openExplorer,
  readPoints,
} from './explorer-helpers';

const c = flagship();
const defaults = c.criteria.map((k) => k.defaultWeight);
const label = (id: string) => c.criteria.find((k) => k.id === id)!.label;
const ids = c.criteria.map((k) => k.id);

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/**
 * Rank-order centroid computed here from its definition, w_k = (1/n) Σ_{i=k..n} 1/i, with tied
 * criteria sharing the mean of the places they occupy; then the sliders' points, the largest
 * weight at 100.
 */
function rocPoints(tiers: readonly (readonly string[])[]): { weights: number[]; points: number[] } {
  const n = tiers.flat().length;
  const centroid = (k: number) => {
    let s = 0;
    for (let i = k; i <= n; i++) s += 1 / i;
    return s / n;
  };
  const byId = new Map<string, number>();
  let place = 1;
  for (const tier of tiers) {
    let s = 0;
    for (let k = place; k < place + tier.length; k++) s += centroid(k);
    for (const id of tier) byId.set(id, s / tier.length);
    place += tier.length;
  }
  const weights = ids.map((id) => byId.get(id)!);
  const max = Math.max(...weights);
  return { weights, points: weights.map((w) => Math.round((100 * w) / max)) };
}

const statusWith = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

test.describe('setting weights by ranking, pairs or swings', () => {
  test('ranking by keyboard alone fills the sliders and gives the predicted order', async ({
    page,
  }) => {
    // Some 60 Tab presses, each checked: slow on a busy machine, not a timing assertion.
    test.slow();
    await openExplorer(page);
    const group = page.getByRole('group', { name: 'Set weights by' });
    await expect(group.getByRole('button', { name: 'Sliders' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const rankingButton = group.getByRole('button', { name: 'Ranking' });
    await tabTo(page, rankingButton);
    await page.keyboard.press('Enter');
    await expect(rankingButton).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('list', { name: 'Your order of importance' })).toBeVisible();

    // The last criterion to the top, then tie the first with it.
    const last = ids[ids.length - 1]!;
    await tabTo(page, page.getByRole('button', { name: `Move up: ${label(last)}` }));
    for (let i = 0; i < ids.length - 1; i++) await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Move down: ${label(last)}` })).toBeFocused();
    const tie = page.getByRole('checkbox', { name: `Tie with the one above: ${label(ids[0]!)}` });
    await tabTo(page, tie);
    await page.keyboard.press('Space');
    await expect(tie).toBeChecked();

    const tiers = [[last, ids[0]!], ...ids.slice(1, -1).map((id) => [id])];
    const { weights, points } = rocPoints(tiers);
    const predicted = expectedOrder(c, weights);
    // Rounding to whole points must not change the prediction, or the test would be fragile.
    expect(expectedOrder(c, points)).toEqual(predicted);
    expect(predicted).not.toEqual(expectedOrder(c, defaults));

    await tabTo(page, page.getByRole('button', { name: 'Apply these weights' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => readPoints(page, c)).toEqual(points);
    await expectRankingOrder(page, predicted);
    await expect(statusWith(page, 'Weights applied from your ranking')).toContainText(
      `${label(last)} 100`,
    );
    await expectAccessibleInBothThemes(page, 'ranking method open');
  });

  test('contradictory pairwise judgements get a consistency warning naming the worst', async ({
    page,
  }) => {
    await openExplorer(page);
    await page
      .getByRole('group', { name: 'Set weights by' })
      .getByRole('button', { name: 'Pairwise' })
      .click();
    const [a, b, d] = [ids[0]!, ids[1]!, ids[2]!];
    const judge = async (x: string, y: string, how: string) => {
      const pair = page.getByRole('group', { name: `${label(x)} or ${label(y)}?` });
      await pair.getByRole('radio', { name: `${label(x)} matters more` }).check();
      await pair.getByRole('combobox', { name: 'By how much' }).selectOption(how);
    };
    // a ≫ b and b ≫ d, yet a and d left equal: the judgements cannot all hold.
    await judge(a, b, '9');
    await judge(b, d, '9');

    const judgements = [];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const more = (i === 0 && j === 1) || (i === 1 && j === 2) ? 'a' : 'equal';
        judgements.push({ a: ids[i]!, b: ids[j]!, ratio: saatyRatio({ more, value: 9 }) });
      }
    }
    const expected = pairwiseWeights(ids, judgements);
    const worst = expected.inconsistencies[0]!;
    expect(expected.cr).toBeGreaterThan(0.1);
    expect([worst.a, worst.b]).toEqual([a, b]);

    await expect(
      page.getByText(/^Consistency ratio \d\.\d\d: your judgements contradict/),
    ).toContainText(expected.cr!.toFixed(2));
    const reconsider = page.getByRole('list', { name: 'Judgements to reconsider' });
    await expect(reconsider.getByRole('listitem').first()).toContainText(
      `You said ${label(a)} matters extremely more (9) than ${label(b)}`,
    );
    await expectAccessible(page, 'pairwise warning');

    // Taking the suggestion for the worst judgement brings the ratio within the threshold here.
    await reconsider
      .getByRole('button', { name: `Use the suggestion: ${label(a)} or ${label(b)}` })
      .click();
    await expect(
      page.getByText(/^Consistency ratio \d\.\d\d: your judgements hang together/),
    ).toBeVisible();
  });

  test('swing ratings fill the sliders, and Undo restores the weights before', async ({ page }) => {
    await openExplorer(page);
    const before = await readPoints(page, c);
    await page
      .getByRole('group', { name: 'Set weights by' })
      .getByRole('button', { name: 'Swing' })
      .click();
    const swings = page.getByRole('list', { name: 'Your order of swings' });
    await expect(swings).toContainText(c.criteria[0]!.scale[0]);
    await expect(swings).toContainText(c.criteria[0]!.scale[10]);

    const ratings = ids.map((_, i) => (i === 0 ? 100 : Math.max(10, 90 - 10 * i)));
    for (let i = 1; i < ids.length; i++) {
      await page
        .getByRole('spinbutton', { name: `${label(ids[i]!)}: swing worth (0–100)` })
        .fill(String(ratings[i]));
    }
    await page.getByRole('button', { name: 'Apply these weights' }).click();
    // The top swing has 100, so each criterion's points are its rating.
    await expect.poll(() => readPoints(page, c)).toEqual(ratings);
    await expectRankingOrder(page, expectedOrder(c, ratings));
    await expect(statusWith(page, 'Weights applied from your swings')).toBeAttached();

    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => readPoints(page, c)).toEqual(before);
    await expectRankingOrder(page, expectedOrder(c, before));
    await expect(statusWith(page, 'Undone')).toBeAttached();
    await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
