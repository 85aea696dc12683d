import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChrome, NO_BROWSER_HELP } from '@/scripts/find-chrome.cjs';

const saved = { CHROME_PATH: process.env.CHROME_PATH };

afterEach(() => {
  if (saved.CHROME_PATH === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved.CHROME_PATH;
});

describe('findChrome', () => {
  it('prefers CHROME_PATH when it names an executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cw-chrome-'));
    const fake = join(dir, 'my-chrome');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    process.env.CHROME_PATH = fake;
    expect(findChrome()).toEqual({ path: fake, source: 'CHROME_PATH' });
  });

  it('reports a CHROME_PATH that is not an executable instead of silently ignoring it', () => {
    process.env.CHROME_PATH = '/definitely/not/here/chrome';
    const found = findChrome();
    expect(found && 'error' in found && found.error).toMatch(/CHROME_PATH .* not an executable/);
  });

  it('explains in one line how to get a browser', () => {
    expect(NO_BROWSER_HELP).not.toContain('\n');
    expect(NO_BROWSER_HELP).toContain('apt-get install -y chromium');
    expect(NO_BROWSER_HELP).toContain('npx playwright install chromium');
  });
});
