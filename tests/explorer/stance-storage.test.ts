import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { modelFromCase } from '@/lib/explorer/model';
import { storageKey, type WeightStorage } from '@/lib/explorer/persistence';
import {
  createStanceStorage,
  WRITE_DELAY_MS,
  type StanceStorageEnv,
} from '@/lib/explorer/stance-storage';
import { createExplorerStore, selectPoints, selectStance } from '@/lib/explorer/store';
import type { Stance } from '@/lib/stance/schema';
import { fixtureCase } from './fixtures';

function memoryStorage(
  initial: Record<string, string> = {},
): WeightStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const throwing: WeightStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
};

const model = modelFromCase(fixtureCase);
const caseId = model.caseId;
const name = `counterweight:stance:${caseId}`;
const ids = {
  caseId,
  criteria: ['cost', 'safety', 'speed'],
  options: ['alpha', 'bravo', 'charlie'],
};
const defaults = { cost: 50, safety: 30, speed: 20 };
const saved = (v: unknown) => ({ [name]: JSON.stringify(v) });
const legacy = (v: unknown) => ({ [storageKey(caseId)]: JSON.stringify(v) });

function setup(search = '', storage: WeightStorage | null = memoryStorage(), address = true) {
  const env: StanceStorageEnv & { url: string; replaceHref: ReturnType<typeof vi.fn> } = {
    url: `http://localhost/cases/${caseId}${search}#matrix`,
    href: () => env.url,
    replaceHref: vi.fn((href: string) => void (env.url = href)),
    storage,
  };
  const storage_ = createStanceStorage({
    ids,
    defaults,
    address,
    env,
    label: (id) => id.toUpperCase(),
  });
  const read = () => storage_.getItem(name)?.state ?? null;
  return { env, storage: storage_, read };
}

const stance = (weights: Record<string, number>, rest: Partial<Stance> = {}): Stance => ({
  v: 1,
  caseId,
  weights,
  ...rest,
});

describe('createStanceStorage: reading', () => {
  it('prefers the address over stored choices', () => {
    const { read } = setup(
      '?w=cost:1,safety:2,speed:3',
      memoryStorage(saved(stance({ cost: 7, safety: 8, speed: 9 }))),
    );
    expect(read()).toEqual({
      stance: stance({ cost: 1, safety: 2, speed: 3 }),
      source: 'url',
      notice: null,
    });
  });

  it('uses stored choices when the address has none, and puts them in the address', () => {
    const stored = stance({ cost: 7, safety: 8, speed: 9 }, { disputes: { alpha: { cost: 2 } } });
    const { read, env } = setup('', memoryStorage(saved(stored)));
    expect(read()).toEqual({ stance: stored, source: 'stored', notice: null });
    expect(env.url).toBe(
      `http://localhost/cases/${caseId}?w=cost:7,safety:8,speed:9&d=alpha.cost:2#matrix`,
    );
  });

  it('is empty when there is nothing, and leaves the address alone', () => {
    const { read, env } = setup('?tab=1', memoryStorage());
    expect(read()).toBeNull();
    expect(env.replaceHref).not.toHaveBeenCalled();
  });

  it('shows the defaults, not stored choices, for a bad link, and removes it from the address', () => {
    const { read, env } = setup(
      '?w=1,2&tab=1',
      memoryStorage(saved(stance({ cost: 7, safety: 8, speed: 9 }))),
    );
    const state = read();
    expect(state).toMatchObject({ stance: stance(defaults), source: 'default' });
    expect(state?.notice).toMatch(/it has 2 numbers; this case needs 3/);
    expect(env.url).toBe(`http://localhost/cases/${caseId}?tab=1#matrix`);
  });

  it.each([
    ['corrupt JSON', memoryStorage({ [name]: '{"v":1,' }), /damaged/],
    ['JSON null', memoryStorage({ [name]: 'null' }), /damaged/],
    ['a bare array', memoryStorage(saved([1, 2, 3])), /damaged/],
    ['a future version', memoryStorage(saved({ ...stance(defaults), v: 2 })), /damaged/],
    ['points out of range', memoryStorage(saved(stance({ ...defaults, cost: 200 }))), /damaged/],
    ['an extra field', memoryStorage(saved({ ...stance(defaults), x: 1 })), /damaged/],
    ['another case', memoryStorage(saved({ ...stance(defaults), caseId: 'other' })), /damaged/],
    ['storage that throws', throwing, /could not be read/],
    ['a damaged older record', memoryStorage(legacy({ version: 1, points: [1] })), /damaged/],
  ])('falls back to the defaults with a notice for %s', (_name, storage, notice) => {
    const state = setup('', storage).read();
    expect(state).toMatchObject({ stance: stance(defaults), source: 'default' });
    expect(state?.notice).toMatch(notice);
  });

  it('carries over weights saved in the older format, by criterion id', () => {
    const storage = memoryStorage(
      legacy({ version: 1, criteria: ['speed', 'cost', 'safety'], points: [1, 2, 3] }),
    );
    expect(setup('', storage).read()).toEqual({
      stance: stance({ cost: 2, safety: 3, speed: 1 }),
      source: 'stored',
      notice: null,
    });
  });

  it('gives a criterion the saved choices lack its default, and says so', () => {
    const state = setup('', memoryStorage(saved(stance({ cost: 7, safety: 8 })))).read();
    expect(state?.stance.weights).toEqual({ cost: 7, safety: 8, speed: 20 });
    expect(state?.notice).toBe(
      'Your saved choices gives no weight for SPEED, which the case has added since, so it starts at the default weight.',
    );
  });

  it('ignores the address on a page that keeps storage only', () => {
    const stored = stance({ cost: 7, safety: 8, speed: 9 });
    const { read, env } = setup('?w=cost:1', memoryStorage(saved(stored)), false);
    expect(read()).toMatchObject({ stance: stored, source: 'stored' });
    expect(env.replaceHref).not.toHaveBeenCalled();
  });
});

describe('createStanceStorage: writing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the address and storage once, after the changes settle', () => {
    const local = memoryStorage();
    const { storage, env } = setup('?tab=1', local);
    storage.setItem(name, { state: { stance: stance({ cost: 1, safety: 2, speed: 3 }) } });
    storage.setItem(name, { state: { stance: stance({ cost: 4, safety: 2, speed: 3 }) } });
    expect(env.replaceHref).not.toHaveBeenCalled();
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(env.replaceHref).toHaveBeenCalledTimes(1);
    expect(env.url).toBe(`http://localhost/cases/${caseId}?tab=1&w=cost:4,safety:2,speed:3#matrix`);
    expect(JSON.parse(local.data.get(name)!)).toEqual(stance({ cost: 4, safety: 2, speed: 3 }));
  });

  it('writes a pending change at once on flush, and skips an unchanged stance', () => {
    const { storage, env } = setup();
    const s = stance({ cost: 1, safety: 2, speed: 3 });
    storage.setItem(name, { state: { stance: s } });
    storage.flush();
    expect(env.replaceHref).toHaveBeenCalledTimes(1);
    storage.setItem(name, { state: { stance: { ...s } } });
    vi.advanceTimersByTime(WRITE_DELAY_MS);
    expect(env.replaceHref).toHaveBeenCalledTimes(1);
  });

  it('carries on when storage refuses to write', () => {
    const { storage, env } = setup('', throwing);
    storage.setItem(name, { state: { stance: stance({ cost: 1, safety: 2, speed: 3 }) } });
    expect(() => storage.flush()).not.toThrow();
    expect(env.url).toContain('w=cost:1');
  });
});

describe('the store with persistence', () => {
  it('restores the stance after rehydrate, with the notice', async () => {
    const { storage } = setup('?w=cost:9,safety:8&d=bravo.speed:1');
    const store = createExplorerStore(model, { storage });
    expect(selectPoints(store.getState())).toEqual([50, 30, 20]);
    await store.persist?.rehydrate();
    expect(selectStance(store.getState())).toEqual(
      stance({ cost: 9, safety: 8, speed: 20 }, { disputes: { bravo: { speed: 1 } } }),
    );
    expect(store.getState()).toMatchObject({ source: 'url', lastChange: 'restore' });
    expect(store.getState().notice).toMatch(/no weight for SPEED/);
  });

  it('keeps a change made before the restore', async () => {
    const { storage } = setup('?w=cost:9,safety:8,speed:7');
    const store = createExplorerStore(model, { storage });
    store.getState().setPoint(0, 1);
    await store.persist?.rehydrate();
    expect(selectPoints(store.getState())).toEqual([1, 30, 20]);
  });
});
