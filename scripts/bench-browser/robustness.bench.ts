import { expect, test } from '../../e2e/fixtures';
import { openSection } from '../../e2e/robustness-helpers';

// Times the uncertainty analysis from the click on Run to "Done", in the page's own clock,
// and records the longest gap between animation frames (a main-thread stall would show).
test.describe('robustness timings', () => {
  test('SMAA in the browser: worker and main-thread fallback', async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const rows: string[] = [];
    for (const mode of ['worker', 'main-thread'] as const) {
      if (mode === 'main-thread') {
        await page.addInitScript(() => {
          delete (window as { Worker?: unknown }).Worker;
        });
      }
      const s = await openSection(page);
      for (const samples of [20_000, 20_000, 20_000, 100_000, 1_000_000]) {
        const draws = s.getByRole('combobox', { name: 'Draws' });
        if ((await draws.inputValue()) !== String(samples)) {
          await draws.selectOption(String(samples));
          // After a first run, a new setting re-runs by itself; let that finish first.
          if (rows.length % 5 !== 0) {
            await expect(
              s.getByRole('status').filter({ hasText: `Done: ${samples.toLocaleString('en-GB')}` }),
            ).toBeVisible({ timeout: 120_000 });
          }
        }
        // Click, then time until the status says Done, in the page's own clock, while
        // recording the longest gap between animation frames.
        const { ms, maxGap } = await page.evaluate(
          () =>
            new Promise<{ ms: number; maxGap: number }>((resolve) => {
              const part = document.querySelector('[aria-labelledby="robustness-uncertainty"]')!;
              const status = part.querySelector('p[role="status"]')!;
              const button = [...part.querySelectorAll('button')].find((b) =>
                /^Run/.test(b.textContent ?? ''),
              )!;
              let maxGap = 0;
              let last = performance.now();
              let watching = true;
              const tick = (t: number) => {
                maxGap = Math.max(maxGap, t - last);
                last = t;
                if (watching) requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                if (!status.textContent?.startsWith('Done')) return;
                watching = false;
                observer.disconnect();
                resolve({ ms: performance.now() - t0, maxGap });
              });
              observer.observe(status, { childList: true, characterData: true, subtree: true });
              button.click();
            }),
        );
        const line = await s.getByText(/Computed .* in /).innerText();
        expect(line).toContain(mode === 'worker' ? 'in a background worker' : 'on this page');
        const reported = line.match(/in ([\d.]+ m?s)/);
        rows.push(
          `${mode.padEnd(11)} ${String(samples).padStart(9)} draws: ${Math.round(ms)} ms to Done (run itself ${reported?.[1]}), longest frame gap ${Math.round(maxGap)} ms`,
        );
      }
    }
    const text = rows.join('\n');
    console.log(`SMAA timings (${testInfo.project.name}):\n${text}`);
    await testInfo.attach('timings', { body: text, contentType: 'text/plain' });
  });
});
