// `npm run bench:web`: builds and serves the app, builds a blank Next.js page with the same
// `next`, and prints one table of web-speed figures beside the goals of issue 12. A benchmark,
// not a test: it measures and compares, and `npm test` never runs it.
//
// Options: --no-build (reuse the last builds), --runs=N (Lighthouse runs per route; the median
// by performance score is shown, default 3), --json=FILE (also write every figure as JSON),
// --only=slider,drag,link,lighthouse (measure only these parts; bundles are always shown).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import findChromeModule from '../find-chrome.cjs';

const root = join(__dirname, '..', '..');
const blankDir = join(__dirname, 'blank-app');
const distDir = '.next-bench';
const port = Number(process.env.BENCH_PORT ?? 3161);
const origin = `http://localhost:${port}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const lighthouseRuns = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
const jsonOut = args.find((a) => a.startsWith('--json='))?.slice(7);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
/** Whether a part (slider, drag, link, lighthouse) is wanted; --only=a,b limits the run. */
const wants = (part: string) => !only || only.includes(part);

const CASE = '/cases/camp-taji-2020';
const OPTION = `${CASE}/options/middle-path`;
const LINK = `${CASE}?w=0,0,100,0,0,0,0,0`;
const ROUTES = [
  { label: '/', path: '/', stats: '/' },
  { label: 'explorer', path: CASE, stats: '/cases/[caseId]' },
  { label: 'option page', path: OPTION, stats: '/cases/[caseId]/options/[optionId]' },
];

// Chromium's background services would try to reach Google; this machine has no network.
const CHROME_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-sandbox',
];

// ---------------------------------------------------------------------------------------------
// Build, serve, bundle sizes

function run(command: string, argv: string[], cwd = root, extraEnv: Record<string, string> = {}) {
  const r = spawnSync(command, argv, { cwd, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${r.status})`);
}

/** Gzipped (level 9) first-load JS of one route, from a build's route-bundle-stats.json. */
function firstLoadGzip(projectDir: string, dist: string, route: string): number {
  const stats = JSON.parse(
    readFileSync(join(projectDir, dist, 'diagnostics', 'route-bundle-stats.json'), 'utf8'),
  ) as { route: string; firstLoadChunkPaths: string[] }[];
  const row = stats.find((r) => r.route === route);
  if (!row) throw new Error(`no route ${route} in ${dist}`);
  return row.firstLoadChunkPaths.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(projectDir, file)), { level: 9 }).length,
    0,
  );
}

async function serve(): Promise<ChildProcess> {
  // Something already answering on the port (a server left running) would be measured in place
  // of this build, silently: refuse instead.
  const stale = await fetch(origin).then(
    () => true,
    () => false,
  );
  if (stale) {
    throw new Error(`something already answers on ${origin}: stop it, or set BENCH_PORT`);
  }
  const server = spawn(join(root, 'node_modules/.bin/next'), ['start', '-p', String(port)], {
    cwd: root,
    env: { ...env, NEXT_DIST_DIR: distDir },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(origin)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error(`the app did not answer on ${origin}`);
}

// ---------------------------------------------------------------------------------------------
// Slider latency, drag long tasks, DOM size

type Stats = {
  p50: number;
  p95: number;
  max: number;
  over16: number;
  n: number;
  /** Every press's duration, in the order pressed (for --json). */
  each: number[];
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function summarise(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? 0,
    over16: values.filter((v) => v >= 16).length,
    n: values.length,
    each: values,
  };
}

/** Waits two animation frames and a little more, so Event Timing entries are delivered. */
const settle = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 40))),
      ),
  );

async function openExplorer(browser: Browser, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(origin + CASE, { waitUntil: 'networkidle' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page };
}

/**
 * Keydown → next paint for 48 presses (Page Up and Arrow Left in turn, across every slider),
 * from Event Timing entries. Presses under 16 ms leave no entry (the API's floor) and count
 * as 0 here, so a figure under 16 reads "under 16 ms".
 */
async function sliderLatency(browser: Browser, rate: number): Promise<Stats> {
  const { context, page } = await openExplorer(browser, rate);
  await page.evaluate(() => {
    const w = window as unknown as { __keydowns: { start: number; duration: number }[] };
    w.__keydowns = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name === 'keydown') w.__keydowns.push({ start: e.startTime, duration: e.duration });
    }).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
  });
  const sliders = page.getByRole('slider');
  const count = await sliders.count();
  const durations: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (let i = 0; i < count && durations.length < 48; i++) {
      await sliders.nth(i).focus();
      await settle(page);
      const since = await page.evaluate(() => performance.now());
      await page.keyboard.press(round % 2 === 0 ? 'PageUp' : 'ArrowLeft');
      await settle(page);
      const d = await page.evaluate(
        (t) =>
          (window as unknown as { __keydowns: { start: number; duration: number }[] }).__keydowns
            .filter((e) => e.start >= t)
            .reduce((m, e) => Math.max(m, e.duration), 0),
        since,
      );
      durations.push(d);
    }
  }
  await context.close();
  return summarise(durations);
}

/** Long tasks while the first slider is dragged across its track by pointer. */
async function dragLongTasks(browser: Browser, rate: number) {
  const { context, page } = await openExplorer(browser, rate);
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const slider = page.getByRole('slider').first();
  await slider.scrollIntoViewIfNeeded();
  const box = await slider.boundingBox();
  if (!box) throw new Error('no slider on the explorer');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  for (let s = 1; s <= 40; s++) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * s) / 40, y);
  }
  for (let s = 39; s >= 0; s--) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * s) / 40, y);
  }
  await page.mouse.up();
  await settle(page);
  if ((await slider.inputValue()) !== '0') throw new Error('the drag did not move the slider');
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await context.close();
  return { count: long.length, max: Math.max(0, ...long) };
}

async function domSize(browser: Browser): Promise<number> {
  const { context, page } = await openExplorer(browser, 1);
  const n = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  return n;
}

// ---------------------------------------------------------------------------------------------
// Shared link: what the first paint shows, and when the ranking changes

/** The ranking's option names, best first, as the page shows them (rank and total dropped). */
const RANKING_ORDER = () =>
  [...document.querySelectorAll('ol[aria-label="Ranking"] > li')].map(
    (li) =>
      (li as HTMLElement).innerText
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line && !/^(Rank|: why\?|=?\d|out of)/.test(line)) ?? '',
  );

async function sharedLink(browser: Browser, rate: number, loads: number) {
  // The first paint is the server's HTML (hydration comes later), so read it with scripts off.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noJs.newPage();
  await staticPage.goto(origin + LINK);
  const served = (await staticPage.evaluate(RANKING_ORDER))[0];
  await noJs.close();

  const flips: number[] = [];
  let hydrated = '';
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // Note the time of every change of the ranking's order after the parser built it.
    await page.addInitScript(() => {
      const w = window as unknown as { __rankingChanges: number[] };
      w.__rankingChanges = [];
      let last = '';
      new MutationObserver(() => {
        const first = document.querySelector('ol[aria-label="Ranking"] > li');
        if (document.readyState === 'loading' || !first) return;
        const order = [...document.querySelectorAll('ol[aria-label="Ranking"] > li')]
          .map((li) =>
            li.querySelector('[popovertarget^="rank-total-"]')?.getAttribute('popovertarget'),
          )
          .join('|');
        if (last && order !== last) w.__rankingChanges.push(performance.now());
        last = order;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(origin + LINK, { waitUntil: 'networkidle' });
    // Wait until the client has applied the link (its first weight is 0), then a moment more.
    await page.waitForFunction(
      () => document.querySelector<HTMLInputElement>('input[type="range"]')?.value === '0',
      undefined,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(300);
    hydrated = (await page.evaluate(RANKING_ORDER))[0] ?? '';
    const changes = await page.evaluate(
      () => (window as unknown as { __rankingChanges: number[] }).__rankingChanges,
    );
    if (changes.length) flips.push(Math.max(...changes));
    await context.close();
  }
  return { served, hydrated, flips };
}

// ---------------------------------------------------------------------------------------------
// Lighthouse (mobile, the default config)

type LighthouseResult = {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
};

type Scores = { performance: number; accessibility: number; bestPractices: number; seo: number };

async function lighthouseScores(
  path: string,
  chromePath: string,
): Promise<{ scores: Scores; tbt: number; lcp: number; dom: number }[]> {
  const results = [];
  for (let i = 0; i < lighthouseRuns; i++) {
    // The CLI, not the module (under tsx, Lighthouse's page functions meet esbuild's helpers),
    // with a Chromium of its own.
    const out = spawnSync(
      join(root, 'node_modules/.bin/lighthouse'),
      [
        origin + path,
        `--chrome-flags=${['--headless=new', ...CHROME_ARGS].join(' ')}`,
        '--output=json',
        '--quiet',
        '--only-categories=performance,accessibility,best-practices,seo',
      ],
      {
        cwd: root,
        env: { ...env, CHROME_PATH: chromePath },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        timeout: 180_000,
      },
    );
    if (out.status !== 0) throw new Error(`Lighthouse failed on ${path}: ${out.stderr}`);
    const r = { lhr: JSON.parse(out.stdout) as LighthouseResult };
    const c = r.lhr.categories;
    const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
    const audit = (k: string) => r.lhr.audits[k]?.numericValue ?? NaN;
    results.push({
      scores: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      },
      tbt: audit('total-blocking-time'),
      lcp: audit('largest-contentful-paint'),
      dom: audit('dom-size'),
    });
  }
  return results.sort((a, b) => a.scores.performance - b.scores.performance);
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

const ms = (n: number) => (n < 16 ? '<16' : String(Math.round(n)));
const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const yes = (ok: boolean) => (ok ? 'yes' : '**no**');

async function main() {
  const chrome = findChromeModule.findChrome();
  if (!chrome || 'error' in chrome)
    throw new Error(chrome?.error ?? findChromeModule.NO_BROWSER_HELP);

  if (build) {
    console.log('Building the app…');
    run(join(root, 'node_modules/.bin/next'), ['build'], root, { NEXT_DIST_DIR: distDir });
    console.log('Building a blank Next.js page…');
    run(join(root, 'node_modules/.bin/next'), ['build', blankDir], root, {
      NEXT_DIST_DIR: '.next',
    });
  }
  const blank = firstLoadGzip(blankDir, '.next', '/');
  const bundles = ROUTES.map((r) => ({ ...r, gz: firstLoadGzip(root, distDir, r.stats) }));

  const server = await serve();
  const browser = await chromium.launch({
    executablePath: chrome.path,
    args: CHROME_ARGS,
  });
  const rows: string[][] = [];
  const figures: Record<string, unknown> = { blank, bundles };
  try {
    for (const b of bundles) {
      const extra = b.gz - blank;
      rows.push([
        `First-load JS, ${b.label} (gzip)`,
        `${kB(b.gz)} (blank page ${kB(blank)}, +${kB(extra)})`,
        '≤ blank + 35 kB',
        yes(extra <= 35 * 1024),
      ]);
    }

    console.log(`Timing slider presses… (${elapsed()})`);
    const latency: Record<number, Stats> = {};
    for (const rate of wants('slider') ? [1, 4] : []) {
      const s = await sliderLatency(browser, rate);
      latency[rate] = s;
      const goal = rate === 1 ? 16 : 32;
      rows.push([
        `Slider keypress → next paint, ${rate}× CPU (ms)`,
        `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}; ${s.over16}/${s.n} presses ≥ 16`,
        `p95 ≤ ${goal}`,
        yes(s.p95 <= goal),
      ]);
    }
    figures.latency = latency;

    if (wants('drag')) {
      console.log(`Dragging a slider… (${elapsed()})`);
      const drag = await dragLongTasks(browser, 4);
      figures.drag = drag;
      rows.push([
        'Long tasks during a pointer drag, 4× CPU',
        `${drag.count} (longest ${Math.round(drag.max)} ms)`,
        'none over 50 ms',
        yes(drag.max <= 50),
      ]);
    }

    const dom = await domSize(browser);
    figures.dom = dom;
    rows.push(['DOM elements on the explorer after load', String(dom), '(fewer is faster)', '']);

    console.log(`Opening a shared link… (${elapsed()})`);
    for (const rate of wants('link') ? [1, 4] : []) {
      const link = await sharedLink(browser, rate, 3);
      figures[`link${rate}`] = link;
      const sorted = [...link.flips].sort((a, b) => a - b);
      const same = link.served === link.hydrated;
      rows.push([
        `Shared link first paint, ${rate}× CPU (\`?w=0,0,100,0,0,0,0,0\`)`,
        `first paint ranks ${link.served} first, then ${link.hydrated}` +
          (sorted.length
            ? `; the ranking changed until ${sorted.map((t) => (t / 1000).toFixed(2)).join(' / ')} s`
            : '; the ranking did not change after load'),
        "first paint shows the link's ranking",
        yes(same),
      ]);
    }

    console.log(`Lighthouse (mobile), ${lighthouseRuns} run(s) per route… (${elapsed()})`);
    for (const r of wants('lighthouse') ? ROUTES : []) {
      const runs = await lighthouseScores(r.path, chrome.path);
      const median = runs[Math.floor(runs.length / 2)]!;
      figures[`lighthouse ${r.label}`] = runs;
      const s = median.scores;
      rows.push([
        `Lighthouse mobile, ${r.label}`,
        `${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo} (TBT ${Math.round(median.tbt)} ms, LCP ${(median.lcp / 1000).toFixed(1)} s, ${median.dom} elements)` +
          (runs.length > 1
            ? `; performance ${runs.map((x) => x.scores.performance).join(', ')}`
            : ''),
        '100 / 100 / 100 / 100',
        yes(Object.values(s).every((v) => v === 100)),
      ]);
    }
  } finally {
    await browser.close();
    server.kill();
  }

  const header = ['measure', 'figure', 'goal', 'met'];
  console.log(`\nbench:web (${new Date().toISOString()}, ${chrome.path}):\n`);
  console.log(`| ${header.join(' | ')} |\n| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(figures, null, 2));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
