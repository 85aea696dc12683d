import type { Page } from '@playwright/test';
import { getCase } from '@/content';
import type { Case } from '@/lib/case/schema';
import { matrixFromCase, normaliseWeights, rankOptions, weightedTotals } from '@/lib/decision';
import { describeRankingChange } from '@/lib/explorer/ranking';
import { expect } from './fixtures';

/** The flagship case, straight from the content the app builds from. */
export const CASE_ID = 'camp-taji-2020';

export function flagship(): Case {
  const c = getCase(CASE_ID);
  if (!c) throw new Error(`case ${CASE_ID} is not registered`);
  return c;
}

export const explorerPath = `/cases/${CASE_ID}`;

/** How the ranking and its announcements name an option: its short label. */
export function shortName(o: { label: string; shortLabel?: string }): string {
  return o.shortLabel ?? o.label;
}

/** The order (option short names, best first) that lib/decision predicts for these points. */
export function expectedOrder(c: Case, points: readonly number[]): string[] {
  const m = matrixFromCase(c);
  const ranked = rankOptions(m.options, weightedTotals(m.scores, normaliseWeights(points)));
  return ranked.map((r) => shortName(c.options[r.index]!));
}

/** The totals lib/decision predicts, by option id. */
export function expectedTotals(c: Case, points: readonly number[]): Map<string, number> {
  const m = matrixFromCase(c);
  const totals = weightedTotals(m.scores, normaliseWeights(points));
  return new Map(m.options.map((id, i) => [id, totals[i]!]));
}

/** The reader's points as the sliders show them, in case order. */
export async function readPoints(page: Page, c: Case): Promise<number[]> {
  const points: number[] = [];
  for (const k of c.criteria) {
    points.push(
      Number(await page.getByRole('slider', { name: k.label, exact: true }).inputValue()),
    );
  }
  return points;
}

/** The ranking list's items as the reader sees them (hidden popover text excluded). */
export function rankingItems(page: Page) {
  return page.getByRole('list', { name: 'Ranking' }).getByRole('listitem');
}

/** Expects the ranking list to show exactly these option names, in this order. */
export async function expectRankingOrder(page: Page, labels: readonly string[]) {
  await expect(rankingItems(page)).toHaveCount(labels.length);
  await expect
    .poll(async () => {
      const texts = await rankingItems(page).evaluateAll((els) =>
        els.map((e) => (e as HTMLElement).innerText),
      );
      return texts.map((t) => labels.find((l) => t.includes(l)) ?? `?? ${t}`);
    })
    .toEqual(labels);
}

/** Opens the explorer and waits until the client has restored the weights. */
export async function openExplorer(page: Page, query = '') {
  await page.goto(`${explorerPath}${query}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The slider becomes interactive once hydrated; the store restores weights right after.
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForLoadState('networkidle');
}

/** What the ranking's live region should say when the points go from `before` to `after`. */
export function announcement(c: Case, before: readonly number[], after: readonly number[]) {
  const m = matrixFromCase(c);
  const rank = (p: readonly number[]) =>
    rankOptions(m.options, weightedTotals(m.scores, normaliseWeights(p)));
  const label = (id: string) => shortName(c.options.find((o) => o.id === id)!);
  return describeRankingChange(rank(before), rank(after), label);
}
