import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname);
}

interface Guards {
  /** Console errors and uncaught exceptions seen so far. */
  consoleErrors: string[];
  /** Requests to anything but this machine (they are also blocked). */
  thirdPartyRequests: string[];
  /** Console errors a journey expects (e.g. the browser's note on a deliberate 404). */
  expectConsoleError: (pattern: RegExp) => void;
}

/**
 * Every journey runs under guards: a request to any third party is blocked and recorded, and
 * the test fails at the end if there was one or if the page logged an error.
 */
export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page }, use) => {
      const expected: RegExp[] = [];
      const guards: Guards = {
        consoleErrors: [],
        thirdPartyRequests: [],
        expectConsoleError: (pattern) => expected.push(pattern),
      };
      page.on('console', (msg) => {
        if (msg.type() === 'error') guards.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => guards.consoleErrors.push(`pageerror: ${err.message}`));
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        guards.thirdPartyRequests.push(url);
        return route.abort('blockedbyclient');
      });
      await use(guards);
      expect(guards.thirdPartyRequests, 'requests that left this machine').toEqual([]);
      const unexpected = guards.consoleErrors.filter((e) => !expected.some((p) => p.test(e)));
      expect(unexpected, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Runs axe with the WCAG 2.2 A and AA rules and expects no violations. Sections the explorer
 * leaves unrendered while off screen (`content-visibility: auto`, see `render-when-visible` in
 * app/globals.css) are rendered for the audit, so target sizes and contrast are measured on
 * every part of the page, not only the part in view.
 */
export async function expectAccessible(page: Page, context = '') {
  await page.evaluate(() => document.documentElement.classList.add('render-everything'));
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  await page.evaluate(() => document.documentElement.classList.remove('render-everything'));
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations ${context}`).toEqual([]);
}

/** Picks a theme with the header's switch. */
export async function chooseTheme(page: Page, theme: 'System' | 'Light' | 'Dark') {
  await page
    .getByRole('group', { name: 'Colour theme' })
    .getByRole('button', { name: theme })
    .click();
}

/** Runs axe in the light theme and again in the dark theme. */
export async function expectAccessibleInBothThemes(page: Page, context = '') {
  await chooseTheme(page, 'Light');
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await expectAccessible(page, `${context} (light)`);
  await chooseTheme(page, 'Dark');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expectAccessible(page, `${context} (dark)`);
}
