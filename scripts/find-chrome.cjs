// Finds a Chromium for Playwright: CHROME_PATH, then Debian's /usr/bin/chromium or `chromium`
// on PATH, then Playwright's own download. Returns null when there is none.
'use strict';

const { accessSync, constants, existsSync } = require('node:fs');
const { delimiter, join } = require('node:path');

const NO_BROWSER_HELP =
  'No Chromium found for the browser tests: install one with `apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROME_PATH to a Chromium or Chrome binary.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return null;
}

function playwrightOwn() {
  try {
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * @returns {{ path: string, source: string } | { error: string } | null}
 *   the browser and where it was found; `error` when CHROME_PATH names a missing file.
 */
function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    return isExecutable(fromEnv)
      ? { path: fromEnv, source: 'CHROME_PATH' }
      : { error: `CHROME_PATH is set to ${fromEnv}, which is not an executable file.` };
  }
  if (isExecutable('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system' };
  const found = onPath('chromium') ?? onPath('chromium-browser');
  if (found) return { path: found, source: 'PATH' };
  const own = playwrightOwn();
  if (own) return { path: own, source: 'playwright' };
  return null;
}

module.exports = { findChrome, NO_BROWSER_HELP };
