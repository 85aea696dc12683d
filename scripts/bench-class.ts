// `npm run bench:class`: one `next start`, one class session; 500 participants arrive over
// 10 s, each joining then submitting, while 50 clients (one host, 49 students) hold the
// live stream. Reports join and submit latency (p50/p99/max), errors, lost submissions and
// how long the streams took to show the last one — for PGlite, then PostgreSQL.
//
// A benchmark, not a test. Rate limits are switched off for it (every participant comes
// from 127.0.0.1). Options: BENCH_PARTICIPANTS (500), BENCH_STREAMS (50), BENCH_SECONDS (10),
// BENCH_BACKENDS (pglite,postgres).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cookieOf, ensureBuild, startApp, type App } from './class-app';
// @ts-expect-error: a plain ES module, typed by use.
import { startCluster } from './postgres-cluster.mjs';
import { getCase } from '../content';

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 500);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',');
const CASE_ID = 'camp-taji-2020';
const criteria = getCase(CASE_ID)?.criteria.map((k) => k.id) ?? [];

const NO_LIMITS = {
  COUNTERWEIGHT_RATE_CREATE_PER_ADDRESS: '0',
  COUNTERWEIGHT_RATE_JOIN_PER_ADDRESS: '0',
  COUNTERWEIGHT_RATE_JOIN_PER_SESSION: '0',
  COUNTERWEIGHT_RATE_SUBMIT_PER_ADDRESS: '0',
  COUNTERWEIGHT_RATE_SUBMIT_PER_SESSION: '0',
};

function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}

const summary = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return { p50: quantile(s, 0.5), p99: quantile(s, 0.99), max: s[s.length - 1] ?? Number.NaN };
};

/** Holds one live stream, remembering the highest `submitted` count seen and when. */
function holdStream(app: App, code: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const state = { submitted: 0, at: 0, events: 0, error: '' };
  const done = (async () => {
    try {
      const res = await fetch(`${app.url}/api/class/sessions/${code}/stream`, {
        headers,
        signal: controller.signal,
      });
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) break;
        buffer += value;
        const frames = buffer.split('\n\n');
        buffer = frames.pop() ?? '';
        for (const f of frames) {
          const m = /^event: session\ndata: .*"submitted":(\d+)/m.exec(f);
          if (!m) continue;
          state.events += 1;
          const n = Number(m[1]);
          if (n > state.submitted) Object.assign(state, { submitted: n, at: performance.now() });
        }
      }
    } catch (error) {
      if (!controller.signal.aborted) state.error = String(error);
    }
  })();
  return { state, close: () => (controller.abort(), done) };
}

/**
 * One untimed pass through every route on a throwaway session, so the timed phase measures a
 * running server rather than Next loading each route's code on its first request.
 */
async function warmUp(app: App) {
  const res = await fetch(`${app.url}/api/class/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ caseId: CASE_ID }),
  });
  const { code, hostSecret } = (await res.json()) as { code: string; hostSecret: string };
  const host = { authorization: `Bearer ${hostSecret}` };
  for (let i = 0; i < 5; i++) {
    const joined = await fetch(`${app.url}/api/class/sessions/${code}/join`, { method: 'POST' });
    await fetch(`${app.url}/api/class/sessions/${code}/submission`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: cookieOf(joined) },
      body: JSON.stringify({
        stance: {
          v: 1,
          caseId: CASE_ID,
          weights: Object.fromEntries(criteria.map((k) => [k, 50])),
        },
      }),
    });
  }
  await (
    await fetch(`${app.url}/api/class/sessions/${code}/results`, { headers: host })
  ).arrayBuffer();
  const stream = await fetch(`${app.url}/api/class/sessions/${code}/stream`, { headers: host });
  await stream.body?.cancel();
  await fetch(`${app.url}/api/class/sessions/${code}`, { method: 'DELETE', headers: host });
}

async function run(label: string, env: Record<string, string>) {
  const app = await startApp({ ...NO_LIMITS, ...env });
  try {
    await warmUp(app);
    const created = await fetch(`${app.url}/api/class/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ caseId: CASE_ID }),
    });
    const { code, hostSecret } = (await created.json()) as { code: string; hostSecret: string };
    const streams = Array.from({ length: STREAMS }, (_, i) =>
      holdStream(app, code, i === 0 ? { authorization: `Bearer ${hostSecret}` } : {}),
    );
    await new Promise((r) => setTimeout(r, 500));

    const joins: number[] = [];
    const submits: number[] = [];
    const errors: string[] = [];
    let acknowledged = 0;
    const start = performance.now();
    const participant = async (i: number) => {
      await new Promise((r) => setTimeout(r, (i * SECONDS * 1000) / PARTICIPANTS));
      try {
        let t = performance.now();
        const joined = await fetch(`${app.url}/api/class/sessions/${code}/join`, {
          method: 'POST',
        });
        joins.push(performance.now() - t);
        if (joined.status !== 200) return void errors.push(`join ${joined.status}`);
        await joined.arrayBuffer();
        const weights = Object.fromEntries(criteria.map((k, j) => [k, (i * (j + 3)) % 101]));
        t = performance.now();
        const res = await fetch(`${app.url}/api/class/sessions/${code}/submission`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: cookieOf(joined) },
          body: JSON.stringify({ stance: { v: 1, caseId: CASE_ID, weights } }),
        });
        submits.push(performance.now() - t);
        await res.arrayBuffer();
        if (res.status === 200) acknowledged += 1;
        else errors.push(`submit ${res.status}`);
      } catch (error) {
        errors.push(String(error));
      }
    };
    await Promise.all(Array.from({ length: PARTICIPANTS }, (_, i) => participant(i)));
    const lastAck = performance.now();
    const wall = lastAck - start;

    // Wait (up to 10 s) for every stream to show the final count.
    const deadline = performance.now() + 10_000;
    while (streams.some((s) => s.state.submitted < acknowledged) && performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const streamLag = Math.max(...streams.map((s) => s.state.at - lastAck), 0);
    const behind = streams.filter((s) => s.state.submitted < acknowledged).length;
    await Promise.all(streams.map((s) => s.close()));

    const exported = await fetch(`${app.url}/api/class/sessions/${code}/export?format=json`, {
      headers: { authorization: `Bearer ${hostSecret}` },
    });
    const stored = ((await exported.json()) as { submissions: unknown[] }).submissions.length;
    return {
      backend: label,
      participants: PARTICIPANTS,
      streams: STREAMS,
      wallSeconds: wall / 1000,
      join: summary(joins),
      submit: summary(submits),
      errors: errors.length,
      errorKinds: [...new Set(errors)].slice(0, 5),
      acknowledged,
      stored,
      lost: Math.max(0, acknowledged - stored),
      streamLagMs: streamLag,
      streamsBehind: behind,
      streamErrors: streams.filter((s) => s.state.error).length,
    };
  } finally {
    await app.stop();
  }
}

async function main() {
  console.log('Building the app (once, into .next-server-test)…');
  ensureBuild();
  const results = [];
  if (BACKENDS.includes('pglite')) {
    const dir = mkdtempSync(join(tmpdir(), 'cw-bench-'));
    try {
      results.push(await run('PGlite', { COUNTERWEIGHT_DATA_DIR: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (BACKENDS.includes('postgres')) {
    const cluster = (await startCluster()) as { url?: string; skip?: string; stop?: () => void };
    if (!cluster.url) console.log(`PostgreSQL skipped: ${cluster.skip}`);
    else {
      try {
        results.push(await run('PostgreSQL', { DATABASE_URL: cluster.url }));
      } finally {
        cluster.stop?.();
      }
    }
  }
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const [load1] = loadavg();
  console.log(
    `\n${PARTICIPANTS} participants over ${SECONDS} s, ${STREAMS} live streams, one next start` +
      ` (${cpus().length} cores, load average ${load1?.toFixed(1)} at the end)\n`,
  );
  console.log(
    '| backend | join p50 | join p99 | submit p50 | submit p99 | submit max | errors | lost | stream lag |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) {
    console.log(
      `| ${r.backend} | ${ms(r.join.p50)} | ${ms(r.join.p99)} | ${ms(r.submit.p50)} | ${ms(r.submit.p99)} | ${ms(r.submit.max)} | ${r.errors} | ${r.lost} | ${ms(r.streamLagMs)} |`,
    );
    if (r.errorKinds.length) console.log(`  ${r.backend} errors: ${r.errorKinds.join('; ')}`);
    if (r.streamsBehind)
      console.log(`  ${r.backend}: ${r.streamsBehind} streams never showed the final count`);
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/bench-class.json',
    `${JSON.stringify({ loadAverage: loadavg(), cores: cpus().length, results }, null, 2)}\n`,
  );
  console.log('\nFull figures: reports/bench-class.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
