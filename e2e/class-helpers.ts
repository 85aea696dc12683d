import {
  request as playwrightRequest,
  type Browser,
  type BrowserContext,
  type Page,
} from '@playwright/test';
import type { Case } from '@/lib/case/schema';
import { expect } from './fixtures';
import { CASE_ID, explorerPath } from './explorer-helpers';

/** A student's own scores, by option id then criterion id (as in a stance). */
export type Disputes = Record<string, Record<string, number>>;

/**
 * The options an independent weighted sum ranks first for these points (case order), with the
 * student's own scores where they disputed one. Written here from the case's raw assessments,
 * not with lib/decision, so the tests check the app's maths rather than repeating it. Ties
 * count for each tied option, as the app says.
 */
export function firstChoicesOf(
  k: Case,
  points: readonly number[],
  disputes: Disputes = {},
): string[] {
  const sum = points.reduce((s, p) => s + p, 0);
  const totals = k.options.map((o) =>
    k.criteria.reduce(
      (t, crit, j) =>
        t + (points[j]! / sum) * (disputes[o.id]?.[crit.id] ?? o.assessments[crit.id]!.score),
      0,
    ),
  );
  const best = Math.max(...totals);
  return k.options.filter((_, i) => Math.abs(totals[i]! - best) < 1e-9).map((o) => o.id);
}

/** How the results tables name an option: its short label. */
export const shortLabelOf = (k: Case, id: string) => {
  const o = k.options.find((x) => x.id === id)!;
  return o.shortLabel ?? o.label;
};

/**
 * Starts a class session from the explorer, with the "Class settings" given (else the
 * defaults); returns its code once the host page is open.
 */
export async function startSession(
  page: Page,
  settings: { roles?: boolean; threshold?: number } = {},
): Promise<string> {
  await page.goto(explorerPath);
  if (settings.roles !== undefined || settings.threshold !== undefined) {
    await page.getByText('Class settings').click();
    if (settings.roles) await page.getByRole('checkbox', { name: /Offer roles/ }).check();
    if (settings.threshold !== undefined) {
      await page
        .getByRole('spinbutton', { name: 'Small-group threshold' })
        .fill(String(settings.threshold));
    }
  }
  await page.getByRole('button', { name: 'Run this case in class' }).click();
  await page.waitForURL(/\/class\/[A-Z0-9]{6}\/host$/);
  return /\/class\/([A-Z0-9]{6})\/host/.exec(page.url())![1]!;
}

/** A participant who joins and submits through the API alone (no page), as another device. */
export async function submitThroughApi(
  baseURL: string,
  code: string,
  k: Case,
  points: readonly number[],
  extra: { role?: string; disputes?: Disputes } = {},
): Promise<void> {
  const api = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { Origin: baseURL },
  });
  expect((await api.post(`/api/class/sessions/${code}/join`)).status()).toBe(200);
  const put = await api.put(`/api/class/sessions/${code}/submission`, {
    data: {
      stance: {
        v: 1,
        caseId: CASE_ID,
        weights: Object.fromEntries(k.criteria.map((crit, j) => [crit.id, points[j]])),
        ...(extra.disputes ? { disputes: extra.disputes } : {}),
      },
      ...(extra.role ? { role: extra.role } : {}),
    },
  });
  expect(put.status(), await put.text()).toBe(200);
  await api.dispose();
}

/** Sets every criterion's points on a student page, in case order. */
export async function setPoints(page: Page, k: Case, points: readonly number[]) {
  for (const [j, crit] of k.criteria.entries()) {
    await page.getByRole('spinbutton', { name: `${crit.label} points` }).fill(String(points[j]));
  }
}

/** Blocks and records requests leaving this machine and console errors, for an extra context. */
export function guard(page: Page, problems: string[]) {
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return page.route('**/*', (route) => {
    const { hostname, protocol } = new URL(route.request().url());
    if (protocol === 'data:' || hostname === 'localhost' || hostname === '127.0.0.1')
      return route.continue();
    problems.push(`third party: ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
}

/** A student's own browser context at `width` px, guarded like the fixture's page. */
export async function newStudent(
  browser: Browser,
  baseURL: string,
  width: number,
  problems: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width, height: 800 },
    isMobile: width < 500,
    hasTouch: width < 500,
  });
  const page = await context.newPage();
  await guard(page, problems);
  return { context, page };
}

/** The count in an option's row of a "First choices"-like table (its first number cell). */
export async function countInRow(page: Page, tableName: string, rowName: string) {
  const row = page.getByRole('table', { name: tableName }).getByRole('row', { name: rowName });
  return Number(await row.getByRole('cell').first().textContent());
}
