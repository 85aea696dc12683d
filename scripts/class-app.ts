import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: a plain ES module, typed by use.
import { freePort } from './postgres-cluster.mjs';

// The built app under `next start`, for the class-server tests and `npm run bench:class`.
const root = join(__dirname, '..');
/** The server tests' own build folder (gitignored by `.next-*`), so no other build is disturbed. */
export const DIST_DIR = '.next-server-test';
const SOURCES = [
  'app',
  'components',
  'lib',
  'content',
  'public',
  'next.config.js',
  'package-lock.json',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((m, e) => Math.max(m, newest(join(path, e))), stat.mtimeMs);
}

/** Builds the production app into DIST_DIR unless a build newer than every source exists. */
export function ensureBuild(): void {
  const id = join(root, DIST_DIR, 'BUILD_ID');
  if (existsSync(id) && SOURCES.every((s) => newest(join(root, s)) < statSync(id).mtimeMs)) return;
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'build'],
    {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 300_000,
    },
  );
  if (result.status !== 0)
    throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

/** A running `next start` on an ephemeral port. */
export interface App {
  readonly url: string;
  readonly child: ChildProcess;
  /** Stops this server by its pid (SIGKILL for a crash, SIGTERM for a clean stop). */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built app with `env` and waits until its class API answers. */
export async function startApp(env: Record<string, string>): Promise<App> {
  const port = (await freePort()) as number;
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: root,
      env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${log}`);
    try {
      // An unknown code answers 404 only once the database is open and migrated.
      const res = await fetch(`${url}/api/class/sessions/ACDEFG`);
      if (res.status === 404) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`next start did not become ready:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** The participant cookie pair (`name=value`) from a join response. */
export function cookieOf(response: Response): string {
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}
