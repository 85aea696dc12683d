import 'server-only';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Client as PgClient } from 'pg';
import { MIGRATIONS } from './migrations';

/** Something that runs one parameterised SQL statement and returns its rows. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * One database, embedded (PGlite) or a PostgreSQL server (pg), behind the same calls. Only
 * `lib/server` uses it. `listen` is only offered by PostgreSQL (PGlite lives in one process,
 * where the in-memory hub suffices).
 */
export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Calls `onNotify(payload)` for each NOTIFY on `channel`; resolves once listening. */
  listen?(channel: string, onNotify: (payload: string) => void): Promise<void>;
  close(): Promise<void>;
}

/** The advisory-lock key that serialises migrations across processes ("cwmig"). */
const MIGRATION_LOCK = 0x6377_6d69;

/**
 * Applies every migration not yet recorded in `class_migrations`, in order, in one
 * transaction holding an advisory lock: safe to run twice and from two processes at once.
 * Returns the ids it applied.
 */
export async function migrate(db: Database): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS class_migrations (
         id integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = new Set(
      (await tx.query<{ id: number }>('SELECT id FROM class_migrations')).map((r) => r.id),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      for (const statement of m.statements) await tx.query(statement);
      await tx.query('INSERT INTO class_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
      applied.push(m.id);
    }
    return applied;
  });
}

/**
 * Takes the data folder for this process: PGlite must never be opened by two processes at
 * once. A lock file holds our pid; a stale one (its process gone, e.g. after `kill -9`) is
 * taken over. Throws with a clear message when another live process holds the folder.
 */
function lockDataDir(dir: string): () => void {
  const file = join(dir, 'counterweight.lock');
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(file, 'utf8'));
    let alive = false;
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid) {
      try {
        process.kill(holder, 0);
        alive = true;
      } catch {
        alive = false;
      }
    }
    if (alive) {
      throw new Error(
        `The class data folder ${dir} is in use by process ${holder}. Stop it, or give this ` +
          'instance its own COUNTERWEIGHT_DATA_DIR; several instances need DATABASE_URL (PostgreSQL).',
      );
    }
    writeFileSync(file, String(process.pid));
  }
  return () => rmSync(file, { force: true });
}

/** Opens PGlite in `dir` (created when missing), locked to this process. */
export async function openPglite(dir: string): Promise<Database> {
  const path = resolve(dir);
  mkdirSync(path, { recursive: true });
  const unlock = lockDataDir(path);
  const { PGlite } = await import('@electric-sql/pglite');
  const pg = new PGlite(join(path, 'pglite'));
  await pg.waitReady;
  return {
    kind: 'pglite',
    async query(sql, params) {
      return (await pg.query(sql, params ? [...params] : undefined)).rows as never;
    },
    transaction(fn) {
      return pg.transaction((tx) =>
        fn({
          async query(sql, params) {
            return (await tx.query(sql, params ? [...params] : undefined)).rows as never;
          },
        }),
      );
    },
    async close() {
      await pg.close();
      unlock();
    },
  };
}

/** Connects to the PostgreSQL server at `url` through a pg pool. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (the server restarted) must not crash the process.
  pool.on('error', () => {});
  const listeners: PgClient[] = [];
  return {
    kind: 'postgres',
    async query(sql, params) {
      return (await pool.query(sql, params ? [...params] : undefined)).rows as never;
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async query(sql, params) {
            return (await client.query(sql, params ? [...params] : undefined)).rows as never;
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onNotify) {
      const connect = async (): Promise<void> => {
        const client = new pg.Client({ connectionString: url });
        client.on('notification', (m) => {
          if (m.channel === channel && m.payload) onNotify(m.payload);
        });
        client.on('error', () => {
          // Reconnect after a dropped connection; missed notifications are covered by the
          // stream's periodic refresh.
          listeners.splice(listeners.indexOf(client), 1);
          setTimeout(() => void connect().catch(() => {}), 1000).unref();
        });
        await client.connect();
        await client.query(`LISTEN ${channel}`);
        listeners.push(client);
      };
      await connect();
    },
    async close() {
      for (const client of listeners.splice(0)) await client.end().catch(() => {});
      await pool.end();
    },
  };
}
