import { chooseTheme, expect, expectAccessibleInBothThemes, test } from './fixtures';

test.describe('app shell', () => {
  test('home page has a header, a working skip link and a footer on where words come from', async ({
    page,
  }) => {
    await page.goto('/');
    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: /Counterweight/ })).toHaveAttribute('href', '/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();

    // The footer is the same on every case's pages, so it names no case's source.
    const footer = page.getByRole('contentinfo');
    await expect(footer).toContainText('Quotations are the source');
    await expect(footer).not.toContainText('Politico');

    await expectAccessibleInBothThemes(page, 'on /');
  });

  test('responses carry the security headers and no X-Powered-By', async ({ page }) => {
    const response = await page.goto('/');
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:\/\//);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
    expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
    expect(headers['x-powered-by']).toBeUndefined();
  });

  test('the theme follows the system, persists a choice and does not flash on reload', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/dark/);

    await chooseTheme(page, 'Light');
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await expect(
      page.getByRole('group', { name: 'Colour theme' }).getByRole('button', { name: 'Light' }),
    ).toHaveAttribute('aria-pressed', 'true');

    await chooseTheme(page, 'Dark');
    // Record the theme at the moment <body> first exists, before any bundle has run.
    await page.addInitScript(() => {
      const record = () => {
        if (document.body && !('themeAtFirstBody' in window)) {
          (window as unknown as Record<string, boolean>).themeAtFirstBody =
            document.documentElement.classList.contains('dark');
        }
      };
      new MutationObserver(record).observe(document, { childList: true, subtree: true });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.reload();
    await expect(page.locator('html')).toHaveClass(/dark/);
    expect(
      await page.evaluate(() => (window as unknown as Record<string, boolean>).themeAtFirstBody),
    ).toBe(true);

    await chooseTheme(page, 'System');
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveClass(/dark/);
  });

  test('an unknown address shows a not-found page with a way back', async ({ page, guards }) => {
    guards.expectConsoleError(/status of 404/);
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expectAccessibleInBothThemes(page, 'on the not-found page');
    await page.getByRole('link', { name: 'Back to the list of cases' }).click();
    await expect(page).toHaveURL(/\/$/);
  });
});
