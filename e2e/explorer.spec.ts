import { expect, expectAccessibleInBothThemes, test } from './fixtures';
import {
  announcement,
  expectRankingOrder,
  expectedOrder,
  expectedTotals,
  explorerPath,
  flagship,
  openExplorer,
  readPoints,
  shortName,
} from './explorer-helpers';

const c = flagship();
const defaults = c.criteria.map((k) => k.defaultWeight);

test.describe('explorer', () => {
  test('a newcomer goes from the case list to the explorer and to an option page and back', async ({
    page,
  }) => {
    await page.goto('/');
    const card = page.getByRole('listitem').filter({ hasText: c.meta.title });
    await expect(card).toContainText(c.meta.question);
    await expect(card).toContainText(`${c.options.length} options`);
    await card.getByRole('link', { name: c.meta.title }).click();

    await expect(page).toHaveURL(new RegExp(`${explorerPath}$`));
    await expect(page.getByRole('heading', { level: 1, name: c.meta.title })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(c.meta.title.slice(0, 20)));
    await expectRankingOrder(page, expectedOrder(c, defaults));

    const option = c.options[0]!;
    await page
      .getByRole('link', { name: `Full option page` })
      .and(page.getByRole('link', { name: option.label }))
      .click();
    await expect(page.getByRole('heading', { level: 1, name: option.label })).toBeVisible();
    await page.getByRole('link', { name: /Back to the explorer/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.meta.title })).toBeVisible();
  });

  test('each option is an article named by its label, four in a row on a wide screen and stacked on a phone', async ({
    page,
  }, testInfo) => {
    await openExplorer(page);
    const boxes = [];
    for (const o of c.options) {
      const article = page.getByRole('article', { name: o.label });
      await expect(article).toBeVisible();
      await expect(article.getByRole('img', { name: /Contributions to the total/ })).toBeVisible();
      await expect(article.getByRole('heading', { name: 'Top risks' })).toBeVisible();
      await expect(article.getByText('Gives up')).toBeVisible();
      boxes.push((await article.boundingBox())!);
    }
    const recommended = c.options.find((o) => o.kind === 'author-recommendation')!;
    await expect(
      page.getByRole('article', { name: recommended.label }).getByText("Author's recommendation"),
    ).toBeVisible();

    const tops = new Set(boxes.map((b) => Math.round(b.y)));
    if (testInfo.project.name === 'mobile') {
      expect(tops.size).toBe(c.options.length);
    } else {
      expect(tops.size).toBe(1);
    }
    const overflow = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);
  });

  test('a matrix cell opens its assessment with the evidence, and Escape closes it', async ({
    page,
  }) => {
    await openExplorer(page);
    const option = c.options.find((o) => o.id === 'middle-path')!;
    const criterion = c.criteria[1]!;
    const assessment = option.assessments[criterion.id]!;
    const cell = page.getByRole('button', {
      name: `${option.label} on ${criterion.label}`,
      exact: false,
    });
    await expect(cell).toContainText(String(assessment.score));
    await cell.click();

    const dialog = page.getByRole('dialog', { name: new RegExp(criterion.label) });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`Score ${assessment.score} of 10`);
    await expect(dialog).toContainText(assessment.rationale);
    const badge = {
      author: "Author's words",
      fact: 'Established fact',
      inference: 'Our inference',
    };
    await expect(dialog).toContainText(badge[assessment.evidence.kind]);
    if (assessment.evidence.kind === 'author')
      await expect(dialog).toContainText(assessment.evidence.quote);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('changing weights by keyboard re-ranks to the order the maths predicts and says so', async ({
    page,
  }) => {
    await openExplorer(page);
    const leader = expectedOrder(c, defaults)[0];
    // Find a criterion whose best option is not today's leader: weighting only it must change the lead.
    const j = c.criteria.findIndex((_, j) => {
      const only = c.criteria.map((_, i) => (i === j ? 100 : 0));
      return expectedOrder(c, only)[0] !== leader;
    });
    expect(j, 'some criterion favours another option').toBeGreaterThanOrEqual(0);

    // Replay every key press through lib/explorer to know what the live region should say last.
    let step = [...defaults];
    let lastMessage: string | null = null;
    for (const [i, k] of c.criteria.entries()) {
      const slider = page.getByRole('slider', { name: k.label, exact: true });
      await slider.focus();
      await page.keyboard.press(i === j ? 'End' : 'Home');
      const next = step.map((p, m) => (m === i ? (i === j ? 100 : 0) : p));
      lastMessage = announcement(c, step, next) ?? lastMessage;
      step = next;
    }
    const points = await readPoints(page, c);
    expect(points).toEqual(step);
    const order = expectedOrder(c, points);
    expect(order[0]).not.toBe(leader);
    await expectRankingOrder(page, order);
    expect(lastMessage).not.toBeNull();
    await expect(page.getByRole('status').filter({ hasText: lastMessage! })).toBeAttached();

    // Arrow keys and Page Down step the focused slider; the number field follows.
    const k = c.criteria[j]!;
    const slider = page.getByRole('slider', { name: k.label, exact: true });
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageDown');
    const value = Number(await slider.inputValue());
    expect(value).toBeLessThan(99);
    await expect(page.getByRole('spinbutton', { name: `${k.label} points` })).toHaveValue(
      String(value),
    );
    await expectRankingOrder(page, expectedOrder(c, await readPoints(page, c)));
  });

  test('changing weights by pointer and by typing re-ranks to the predicted order', async ({
    page,
  }) => {
    await openExplorer(page);
    const [first, second] = c.criteria;
    const slider = page.getByRole('slider', { name: first!.label, exact: true });
    const box = (await slider.boundingBox())!;
    await slider.click({ position: { x: box.width * 0.95, y: box.height / 2 } });
    await expect.poll(async () => Number(await slider.inputValue())).toBeGreaterThan(80);

    const field = page.getByRole('spinbutton', { name: `${second!.label} points` });
    await field.fill('3');
    await expect(page.getByRole('slider', { name: second!.label, exact: true })).toHaveValue('3');

    const points = await readPoints(page, c);
    await expectRankingOrder(page, expectedOrder(c, points));
    const totals = expectedTotals(c, points);
    const top = c.options.find((o) => shortName(o) === expectedOrder(c, points)[0])!;
    await expect(page.getByRole('article', { name: top.label })).toContainText(
      totals.get(top.id)!.toFixed(1),
    );
  });

  test('a preset sets every slider and the author comparison reports the distance', async ({
    page,
  }) => {
    await openExplorer(page);
    const author = c.presets.find((p) => p.id === 'author')!;
    await page.getByRole('combobox', { name: 'Preset' }).selectOption(author.id);
    for (const k of c.criteria) {
      await expect(page.getByRole('slider', { name: k.label, exact: true })).toHaveValue(
        String(author.weights[k.id]),
      );
    }
    await expectRankingOrder(
      page,
      expectedOrder(
        c,
        c.criteria.map((k) => author.weights[k.id]!),
      ),
    );
    const comparison = page.getByRole('region', { name: "Your weights vs the author's" });
    await expect(comparison).toContainText("Your weights are the same as the author's.");

    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(comparison).toContainText('percentage points from the author');
    await comparison.getByRole('button', { name: "Use the author's weights" }).click();
    await expect(comparison).toContainText("Your weights are the same as the author's.");
  });

  test('every number explains itself: a total, a share and a rank open their arithmetic', async ({
    page,
  }) => {
    await openExplorer(page);
    const ranking = page.getByRole('list', { name: 'Ranking' });
    const leader = c.options.find((o) => shortName(o) === expectedOrder(c, defaults)[0])!;

    await ranking
      .getByRole('button', { name: /out of 100: how is this worked out/ })
      .first()
      .click();
    const total = page.getByRole('dialog', {
      name: `How ${leader.label} gets ${expectedTotals(c, defaults).get(leader.id)!.toFixed(1)}`,
    });
    await expect(total).toBeVisible();
    await expect(total.getByRole('row')).toHaveCount(c.criteria.length + 2);
    await page.keyboard.press('Escape');

    const share = page
      .getByRole('button', { name: /of the weight: how is this worked out/ })
      .first();
    await share.click();
    const sum = defaults.reduce((s, p) => s + p, 0);
    await expect(page.getByRole('dialog', { name: /share of the weight/ })).toContainText(
      `${defaults[0]} ÷ ${sum}`,
    );
    await page.keyboard.press('Escape');

    await ranking
      .getByRole('button', { name: /^Rank .*why\?/ })
      .first()
      .click();
    await expect(page.getByRole('dialog', { name: /ranks where it does/ })).toContainText(
      'Ranked first',
    );
  });

  test('head to head shows what switching gains and costs, netting to the difference in totals', async ({
    page,
  }) => {
    await openExplorer(page);
    const [a, b] = [c.options[0]!, c.options[3]!];
    const section = page.getByRole('region', { name: 'Head to head' });
    await section.getByRole('combobox', { name: 'Switch from' }).selectOption(a.id);
    await section.getByRole('combobox', { name: 'To', exact: true }).selectOption(b.id);
    const totals = expectedTotals(c, defaults);
    const net = totals.get(b.id)! - totals.get(a.id)!;
    const table = section.getByRole('table', { name: /What switching from/ });
    await expect(table.getByRole('row')).toHaveCount(c.criteria.length + 2);
    const sign = net > 0 ? '+' : '−';
    await expect(table.getByRole('row', { name: /^Net/ })).toContainText(
      `${sign}${Math.abs(net).toFixed(1)}`,
    );
  });

  test('the risk grid filters by option and every risk is readable as text', async ({ page }) => {
    await openExplorer(page);
    const riskTable = page.getByRole('table', { name: /Every risk/ });
    for (const o of c.options) {
      for (const r of o.risks) await expect(riskTable).toContainText(r.description);
    }
    const chosen = c.options[1]!;
    await page.getByRole('combobox', { name: 'Show the risks of' }).selectOption(chosen.id);
    await expect(page.getByText(`Showing the risks of ${chosen.label} only.`)).toBeVisible();
    await expect(riskTable.getByText(chosen.risks[0]!.description)).toBeVisible();
    await expect(riskTable.getByText(c.options[0]!.risks[0]!.description)).toBeHidden();
    const grid = page.getByRole('table', { name: /Impact \(down\) by likelihood/ });
    await expect(grid.getByRole('listitem').filter({ visible: true })).toHaveCount(
      chosen.risks.length,
    );
  });

  test('the explorer passes axe in both themes, with a popover open too', async ({ page }) => {
    // Four full axe runs over the whole explorer (every matrix cell now holds a dispute
    // control too): on a busy machine this needs more than the default minute.
    test.slow();
    await openExplorer(page);
    await expectAccessibleInBothThemes(page, 'on the explorer');
    await page
      .getByRole('button', { name: /out of 100: how is this worked out/ })
      .first()
      .click();
    await expectAccessibleInBothThemes(page, 'on the explorer with a total explained');
  });
});

test.describe('explorer without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('still shows the options, the matrix and the ranking under the default weights', async ({
    page,
  }) => {
    await page.goto(explorerPath);
    await expectRankingOrder(page, expectedOrder(c, defaults));
    for (const o of c.options) {
      const article = page.getByRole('article', { name: o.label });
      // Sections off screen are rendered when scrolled to (content-visibility), script or not.
      await article.scrollIntoViewIfNeeded();
      await expect(article).toBeVisible();
    }
    const matrix = page.getByRole('table', { name: /Scores of each option/ });
    await expect(matrix.getByRole('row')).toHaveCount(c.criteria.length + 1);
    // Native popovers need no script: a cell still opens its evidence.
    const o = c.options[0]!;
    const k = c.criteria[0]!;
    await page.getByRole('button', { name: `${o.label} on ${k.label}`, exact: false }).click();
    await expect(page.getByRole('dialog', { name: new RegExp(k.label) })).toContainText(
      o.assessments[k.id]!.rationale,
    );
  });
});
