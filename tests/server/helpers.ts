import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { getCase } from '@/content';
import type { Stance } from '@/lib/stance/schema';
import { readConfig, type ServerConfig } from '@/lib/server/config';
import { createRuntime, type ClassRuntime } from '@/lib/server/runtime';

export const CASE_ID = 'camp-taji-2020';
const c = getCase(CASE_ID);
if (!c) throw new Error('the test case is missing');
export const CRITERIA = c.criteria.map((k) => k.id);
export const OPTIONS = c.options.map((o) => o.id);
export const PRESETS = c.presets.map((p) => p.id);

/** A valid stance for the test case: `points[i]` for criterion i (default 50). */
export function stance(points: readonly number[] = [], extra: Partial<Stance> = {}): Stance {
  return {
    v: 1,
    caseId: CASE_ID,
    weights: Object.fromEntries(CRITERIA.map((k, i) => [k, points[i] ?? 50])),
    ...extra,
  };
}

/** A fresh, empty PostgreSQL database on the test cluster; returns its URL. */
export async function freshPgDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name}`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A temporary folder, removed by the returned function. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A runtime over PGlite in `dataDir` or PostgreSQL at `databaseUrl`, with generous limits unless overridden. */
export function testRuntime(
  db: { dataDir: string } | { databaseUrl: string },
  overrides: Record<string, string> = {},
): Promise<ClassRuntime> {
  const config: ServerConfig = readConfig({
    COUNTERWEIGHT_RATE_CREATE_PER_ADDRESS: '0',
    COUNTERWEIGHT_RATE_JOIN_PER_ADDRESS: '0',
    COUNTERWEIGHT_RATE_JOIN_PER_SESSION: '0',
    COUNTERWEIGHT_RATE_SUBMIT_PER_ADDRESS: '0',
    COUNTERWEIGHT_RATE_SUBMIT_PER_SESSION: '0',
    ...('dataDir' in db
      ? { COUNTERWEIGHT_DATA_DIR: db.dataDir }
      : { DATABASE_URL: db.databaseUrl }),
    ...overrides,
  });
  return createRuntime(config);
}

/** A minimal cookie jar: remembers Set-Cookie values, sends them back. */
export class Jar {
  readonly cookies = new Map<string, string>();
  take(response: Response): this {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const value = pair.slice(eq + 1);
      if (value === '' || /Max-Age=0/.test(line)) this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), value);
    }
    return this;
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}
