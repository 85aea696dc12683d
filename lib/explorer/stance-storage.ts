import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { defaultStance, fitStanceToCase, type PointsById } from '@/lib/stance/fit';
import { fitNotice, hrefWithStance, searchFromStance, stanceFromSearch } from '@/lib/stance/link';
import { stanceSchema, STANCE_VERSION, type Stance, type StanceCaseIds } from '@/lib/stance/schema';
import {
  describeStoredProblem,
  storageKey,
  storedWeightsSchema,
  type StoredProblem,
  type WeightStorage,
} from './persistence';
import type { PersistedStance } from './store';

/** What the storage reads and writes: the address and local storage, faked in tests. */
export interface StanceStorageEnv {
  /** The current address (absolute). */
  readonly href: () => string;
  /** Replaces the address without navigating (`history.replaceState`). */
  readonly replaceHref: (href: string) => void;
  /** Local storage, or null where it is unavailable. */
  readonly storage: WeightStorage | null;
}

/** Settings for `createStanceStorage`. */
export interface StanceStorageOptions {
  readonly ids: StanceCaseIds;
  /** The case's default points per criterion id. */
  readonly defaults: PointsById;
  /** Reader-facing names for ids, for notices. */
  readonly label?: (id: string) => string;
  /** Read and write the address too (the explorer); false on pages that only keep storage. */
  readonly address: boolean;
  readonly env: StanceStorageEnv;
  /** How long writes wait after the last change (the address is rate-limited by browsers). */
  readonly delayMs?: number;
}

/** A `persist` storage that can also write a pending change at once (e.g. on `pagehide`). */
export interface StanceStorage extends PersistStorage<PersistedStance> {
  /** Reads synchronously (the lazy wrapper in the provider makes it asynchronous). */
  getItem: (name: string) => StorageValue<PersistedStance> | null;
  flush: () => void;
}

/** How long writes wait after the last change, so a slider drag writes once. */
export const WRITE_DELAY_MS = 250;

type Read = { stance: Stance; notice: string | null } | { problem: StoredProblem } | null;

function value(state: PersistedStance): StorageValue<PersistedStance> {
  return { state, version: STANCE_VERSION };
}

/**
 * The explorer's one storage for zustand's `persist`: it validates everything it reads with
 * the stance schema and writes the stance to both the address (`?w=…`, via `replaceState`) and
 * local storage (`counterweight:stance:<case>`). On read, the address wins, then local storage
 * (then the older weights-only record), then the defaults; a damaged or foreign value gives
 * the defaults and a notice, never an exception. A link that could not be used is removed from
 * the address; stored choices are written into it so the address can be shared at once.
 * Writes wait `delayMs` after the last change; call `flush` when the page is hidden.
 */
export function createStanceStorage(options: StanceStorageOptions): StanceStorage {
  const { ids, defaults, env } = options;
  const label = options.label ?? ((id: string) => id);
  const order = ids.criteria;
  const delay = options.delayMs ?? WRITE_DELAY_MS;
  let written: string | null = null;
  let pending: { name: string; stance: Stance } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const writeAddress = (stance: Stance | null) => {
    const href = env.href();
    const next = hrefWithStance(href, stance, order);
    if (next !== href) env.replaceHref(next);
  };

  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    const { name, stance } = pending;
    pending = null;
    if (options.address) writeAddress(stance);
    try {
      env.storage?.setItem(name, JSON.stringify(stance));
    } catch {
      // Private mode or a full quota: the address still holds the stance.
    }
  };

  const fit = (stance: Stance, subject: string) => {
    const fitted = fitStanceToCase(stance, ids, defaults);
    if (fitted.otherCase) return { problem: 'corrupt' as const };
    const notice = fitNotice(subject, fitted.missing.map(label), fitted.unknown.map(label));
    return { stance: fitted.stance, notice };
  };

  const readStored = (name: string): Read => {
    const storage = env.storage;
    if (!storage) return null;
    let raw: string | null;
    let legacy: string | null = null;
    try {
      raw = storage.getItem(name);
      if (raw === null) legacy = storage.getItem(storageKey(ids.caseId));
    } catch {
      return { problem: 'unreadable' };
    }
    if (raw === null && legacy === null) return null;
    let json: unknown;
    try {
      json = JSON.parse(raw ?? legacy ?? '');
    } catch {
      return { problem: 'corrupt' };
    }
    if (raw === null) {
      const old = storedWeightsSchema.safeParse(json);
      if (!old.success || old.data.criteria.length !== old.data.points.length) {
        return { problem: 'corrupt' };
      }
      const weights = Object.fromEntries(
        old.data.criteria.map((k, j) => [k, Math.round(old.data.points[j] ?? 0)]),
      );
      const parsed = stanceSchema.safeParse({ v: STANCE_VERSION, caseId: ids.caseId, weights });
      return parsed.success ? fit(parsed.data, 'Your saved weights') : { problem: 'corrupt' };
    }
    const parsed = stanceSchema.safeParse(json);
    return parsed.success ? fit(parsed.data, 'Your saved choices') : { problem: 'corrupt' };
  };

  return {
    getItem: (name) => {
      if (options.address) {
        const link = stanceFromSearch(new URL(env.href()).search, ids, defaults, { label });
        if (link.status === 'bad') {
          writeAddress(null);
          return value({ stance: link.stance, source: 'default', notice: link.notice });
        }
        if (link.status !== 'none') {
          written = searchFromStance(link.stance, order);
          if (link.status === 'partial') writeAddress(link.stance);
          return value({ stance: link.stance, source: 'url', notice: link.notice });
        }
      }
      const stored = readStored(name);
      if (stored === null) return null;
      if ('problem' in stored) {
        return value({
          stance: defaultStance(ids.caseId, defaults),
          source: 'default',
          notice: describeStoredProblem(stored.problem),
        });
      }
      written = searchFromStance(stored.stance, order);
      if (options.address) writeAddress(stored.stance);
      return value({ stance: stored.stance, source: 'stored', notice: stored.notice });
    },
    setItem: (name, next) => {
      const stance = next.state.stance;
      const text = searchFromStance(stance, order);
      if (text === written) return;
      written = text;
      pending = { name, stance };
      clearTimeout(timer);
      timer = setTimeout(write, delay);
    },
    removeItem: (name) => {
      try {
        env.storage?.removeItem(name);
      } catch {
        // Nothing to forget where storage refuses.
      }
    },
    flush: write,
  };
}

/** The real address and local storage. Call only in the browser, after mount. */
export function browserStanceEnv(storage: WeightStorage | null): StanceStorageEnv {
  return {
    href: () => window.location.href,
    // Next.js syncs its router with native replaceState: no navigation, no history entry.
    replaceHref: (href) => window.history.replaceState(null, '', href),
    storage,
  };
}
