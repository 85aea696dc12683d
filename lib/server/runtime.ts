import 'server-only';
import { sqlClassStore, type ClassStore } from './class-store';
import { readConfig, type ServerConfig } from './config';
import { migrate, openPglite, openPostgres, type Database } from './db';
import { RateLimiter } from './rate-limit';

/** The NOTIFY channel that carries "session <code> changed" between instances. */
const CHANNEL = 'counterweight_class';

/**
 * "Something in session <code> changed": in one process an in-memory fan-out; with
 * PostgreSQL, LISTEN/NOTIFY, so every instance behind a load balancer hears every change.
 */
export interface ChangeFeed {
  publish(code: string): Promise<void>;
  /** Calls `onChange` after each change to `code`; returns the unsubscribe function. */
  subscribe(code: string, onChange: () => void): () => void;
}

/** One process's class server: config, database, store, change feed and rate limiter. */
export interface ClassRuntime {
  readonly config: ServerConfig;
  readonly db: Database;
  readonly store: ClassStore;
  readonly feed: ChangeFeed;
  readonly limiter: RateLimiter;
  close(): Promise<void>;
}

/**
 * Opens the database named by `config` (PostgreSQL when `databaseUrl` is set, else PGlite in
 * `dataDir`), applies migrations, purges inactive sessions, and purges again every 6 hours.
 */
export async function createRuntime(config: ServerConfig = readConfig()): Promise<ClassRuntime> {
  const db = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(config.dataDir);
  await migrate(db);
  const store = sqlClassStore(db);

  const subscribers = new Map<string, Set<() => void>>();
  const dispatch = (code: string) => {
    for (const fn of subscribers.get(code) ?? []) fn();
  };
  if (db.listen) await db.listen(CHANNEL, dispatch);
  const feed: ChangeFeed = {
    async publish(code) {
      if (db.listen) await db.query('SELECT pg_notify($1, $2)', [CHANNEL, code]);
      else dispatch(code);
    },
    subscribe(code, onChange) {
      const set = subscribers.get(code) ?? new Set();
      set.add(onChange);
      subscribers.set(code, set);
      return () => {
        set.delete(onChange);
        if (set.size === 0) subscribers.delete(code);
      };
    },
  };

  const purge = () =>
    config.purgeDays > 0 ? store.purgeInactive(config.purgeDays).catch(() => 0) : 0;
  await purge();
  const timer = setInterval(() => void purge(), 6 * 3600_000);
  timer.unref();

  return {
    config,
    db,
    store,
    feed,
    limiter: new RateLimiter(),
    async close() {
      clearInterval(timer);
      await db.close();
    },
  };
}

const GLOBAL_KEY = Symbol.for('counterweight.class-runtime');
type Holder = { [GLOBAL_KEY]?: Promise<ClassRuntime> };

/**
 * The process's one runtime, created on first use. Kept on `globalThis` so Next's dev
 * reloads reuse it (PGlite's folder can only be opened once). A failed start is not cached.
 */
export function getRuntime(): Promise<ClassRuntime> {
  const holder = globalThis as Holder;
  const existing = holder[GLOBAL_KEY];
  if (existing) return existing;
  const created = createRuntime().catch((error: unknown) => {
    delete holder[GLOBAL_KEY];
    throw error;
  });
  holder[GLOBAL_KEY] = created;
  return created;
}
