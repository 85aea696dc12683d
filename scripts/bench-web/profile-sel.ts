// Records a Chrome trace of slider presses on the explorer at 4× CPU and prints where the main
// thread's time went. Usage: (serve the app on BENCH_PORT first)
//   tsx scripts/bench-web/profile.ts [trace.json] [--js]
// --js adds the JavaScript profile by function (minified names: build with source maps to read).
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PRESSES = 16;
const origin = `http://localhost:${process.env.BENCH_PORT ?? 3161}`;

type CpuProfile = {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
};

/** Self time and total time per function, top 25 by total (ms). */
function printProfile(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000),
  );
  const total = new Map<string, number>();
  const selfBy = new Map<string, number>();
  const key = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
  };
  for (const [id, t] of self) {
    selfBy.set(key(id), (selfBy.get(key(id)) ?? 0) + t);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(cur);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + t);
    }
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 25);
  console.log('JS by total time (ms):');
  for (const [k, t] of top(total)) console.log(`  ${t.toFixed(1).padStart(8)}  ${k}`);
  console.log('JS by self time (ms):');
  for (const [k, t] of top(selfBy)) console.log(`  ${t.toFixed(1).padStart(8)}  ${k}`);
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/cases/camp-taji-2020`, { waitUntil: 'networkidle' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'disabled-by-default-blink.debug', 'disabled-by-default-devtools.timeline.invalidationTracking'],
  });
  // Element handles, found once: a role query per press would add its own work to the trace.
  const sliders = await page.locator('input[type="range"]').elementHandles();
  for (let i = 0; i < PRESSES; i++) {
    await sliders[i % sliders.length]!.focus();
    await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'PageUp');
    await page.waitForTimeout(150);
  }
  const buf = await browser.stopTracing();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await browser.close();
  const out = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (out) {
    writeFileSync(out, buf);
    writeFileSync(out.replace(/\.json$/, '') + '.cpuprofile', JSON.stringify(profile));
  }
  const { traceEvents } = JSON.parse(buf.toString()) as {
    traceEvents: {
      name: string;
      ph: string;
      dur?: number;
      tdur?: number;
      args?: { data?: { type?: string } };
    }[];
  };
  // Thread time (tdur), not wall time: on a busy machine the renderer is often descheduled,
  // and only thread time says how much work a press costs.
  const totals = new Map<string, number>();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !(e.tdur ?? e.dur)) continue;
    const name = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
    totals.set(name, (totals.get(name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000 / PRESSES);
  }
  const wanted = [
    'EventDispatch keydown',
    'EventDispatch input',
    'FunctionCall',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'HitTest',
    'RunTask',
  ];
  if (process.argv.includes('--js')) printProfile(profile);
  console.log('Main-thread thread time per press at 4× CPU (ms, mean of 16 presses):');
  for (const k of wanted) console.log(`  ${k.padEnd(24)} ${(totals.get(k) ?? 0).toFixed(1)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
