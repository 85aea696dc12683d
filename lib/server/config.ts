import 'server-only';

/** A per-minute request budget; 0 turns the limit off. */
export interface RateLimit {
  readonly perMinute: number;
}

/** Everything the class server reads from the environment, with its defaults. */
export interface ServerConfig {
  /** PGlite's folder when `databaseUrl` is unset (`COUNTERWEIGHT_DATA_DIR`, default `./data`). */
  readonly dataDir: string;
  /** `DATABASE_URL`: a PostgreSQL server, for several instances or bigger classes. */
  readonly databaseUrl: string | null;
  /** Sessions inactive this many days are deleted (`COUNTERWEIGHT_PURGE_DAYS`, default 30). */
  readonly purgeDays: number;
  /** How many proxies in front append to X-Forwarded-For (`COUNTERWEIGHT_TRUSTED_PROXIES`, default 0). */
  readonly trustedProxies: number;
  /** `PUBLIC_URL`: an extra origin accepted by the Origin check (and used by the pages). */
  readonly publicUrl: string | null;
  /** Request body limit in bytes (`COUNTERWEIGHT_MAX_BODY_BYTES`, default 16384). */
  readonly maxBodyBytes: number;
  readonly rates: {
    /** `COUNTERWEIGHT_RATE_CREATE_PER_ADDRESS` (default 30/min). */
    readonly createPerAddress: RateLimit;
    /** `COUNTERWEIGHT_RATE_JOIN_PER_ADDRESS` (default 120/min: a class behind one NAT). */
    readonly joinPerAddress: RateLimit;
    /** `COUNTERWEIGHT_RATE_JOIN_PER_SESSION` (default 600/min). */
    readonly joinPerSession: RateLimit;
    /** `COUNTERWEIGHT_RATE_SUBMIT_PER_ADDRESS` (default 300/min). */
    readonly submitPerAddress: RateLimit;
    /** `COUNTERWEIGHT_RATE_SUBMIT_PER_SESSION` (default 1200/min). */
    readonly submitPerSession: RateLimit;
  };
}

type Env = Readonly<Record<string, string | undefined>>;

function number(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a non-negative number, not "${raw}".`);
  }
  return value;
}

/** Reads the configuration from `env`; throws a clear message for a malformed number. */
export function readConfig(env: Env = process.env): ServerConfig {
  const rate = (name: string, fallback: number): RateLimit => ({
    perMinute: number(env, name, fallback),
  });
  return {
    dataDir: env.COUNTERWEIGHT_DATA_DIR?.trim() || './data',
    databaseUrl: env.DATABASE_URL?.trim() || null,
    purgeDays: number(env, 'COUNTERWEIGHT_PURGE_DAYS', 30),
    trustedProxies: number(env, 'COUNTERWEIGHT_TRUSTED_PROXIES', 0),
    publicUrl: env.PUBLIC_URL?.trim() || null,
    maxBodyBytes: number(env, 'COUNTERWEIGHT_MAX_BODY_BYTES', 16_384),
    rates: {
      createPerAddress: rate('COUNTERWEIGHT_RATE_CREATE_PER_ADDRESS', 30),
      joinPerAddress: rate('COUNTERWEIGHT_RATE_JOIN_PER_ADDRESS', 120),
      joinPerSession: rate('COUNTERWEIGHT_RATE_JOIN_PER_SESSION', 600),
      submitPerAddress: rate('COUNTERWEIGHT_RATE_SUBMIT_PER_ADDRESS', 300),
      submitPerSession: rate('COUNTERWEIGHT_RATE_SUBMIT_PER_SESSION', 1200),
    },
  };
}
