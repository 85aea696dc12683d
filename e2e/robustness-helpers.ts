import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { openExplorer } from './explorer-helpers';

/** The robustness section of the explorer, found by its heading. */
export function section(page: Page) {
  return page.getByRole('region', { name: 'How robust is this?' });
}

/** Opens the explorer and waits for the section's panels to load. */
export async function openSection(page: Page) {
  await openExplorer(page);
  const s = section(page);
  await expect(s.getByRole('heading', { level: 2, name: 'How robust is this?' })).toBeVisible();
  await expect(s.getByRole('figure')).toBeVisible();
  await expect(s.getByRole('button', { name: 'Run the analysis' })).toBeVisible();
  await expect(s.getByRole('table', { name: /under each rule/ })).toBeVisible();
  return s;
}
