import { describe, expect, it } from 'vitest';
import { resolveInitialWeights } from '@/lib/explorer/initial-weights';
import {
  clearStoredWeights,
  loadStoredWeights,
  saveStoredWeights,
  storageKey,
  type WeightStorage,
} from '@/lib/explorer/persistence';

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

const ids = ['cost', 'safety', 'speed'];
const key = storageKey('c');
const record = (v: unknown) => ({ [key]: JSON.stringify(v) });

describe('loadStoredWeights', () => {
  it.each<[string, WeightStorage | null, ReturnType<typeof loadStoredWeights>]>([
    ['no storage at all', null, { status: 'absent' }],
    ['nothing saved', memoryStorage(), { status: 'absent' }],
    [
      'a saved record',
      memoryStorage(record({ version: 1, criteria: ids, points: [1, 2, 3] })),
      { status: 'ok', points: [1, 2, 3] },
    ],
    ['storage that throws', throwing, { status: 'invalid', reason: 'unreadable' }],
    [
      'corrupt JSON',
      memoryStorage({ [key]: '{"version":1,' }),
      { status: 'invalid', reason: 'corrupt' },
    ],
    ['JSON null', memoryStorage({ [key]: 'null' }), { status: 'invalid', reason: 'corrupt' }],
    ['a bare array', memoryStorage(record([1, 2, 3])), { status: 'invalid', reason: 'corrupt' }],
    [
      'the wrong version',
      memoryStorage(record({ version: 2, criteria: ids, points: [1, 2, 3] })),
      { status: 'invalid', reason: 'corrupt' },
    ],
    [
      'points out of range',
      memoryStorage(record({ version: 1, criteria: ids, points: [1, 200, 3] })),
      { status: 'invalid', reason: 'corrupt' },
    ],
    [
      'points as strings',
      memoryStorage(record({ version: 1, criteria: ids, points: ['1', '2', '3'] })),
      { status: 'invalid', reason: 'corrupt' },
    ],
    [
      'an extra field',
      memoryStorage(record({ version: 1, criteria: ids, points: [1, 2, 3], x: 1 })),
      { status: 'invalid', reason: 'corrupt' },
    ],
    [
      'different criteria',
      memoryStorage(
        record({ version: 1, criteria: ['cost', 'speed', 'safety'], points: [1, 2, 3] }),
      ),
      { status: 'invalid', reason: 'outdated' },
    ],
    [
      'too few points',
      memoryStorage(record({ version: 1, criteria: ids, points: [1, 2] })),
      { status: 'invalid', reason: 'outdated' },
    ],
  ])('%s', (_name, storage, expected) => {
    expect(loadStoredWeights(storage, 'c', ids)).toEqual(expected);
  });
});

describe('saveStoredWeights', () => {
  it('saves a record that loads back', () => {
    const storage = memoryStorage();
    expect(saveStoredWeights(storage, 'c', ids, [10, 20, 30])).toBe(true);
    expect(loadStoredWeights(storage, 'c', ids)).toEqual({ status: 'ok', points: [10, 20, 30] });
  });
  it('returns false instead of throwing when storage refuses or is missing', () => {
    expect(saveStoredWeights(throwing, 'c', ids, [1, 2, 3])).toBe(false);
    expect(saveStoredWeights(null, 'c', ids, [1, 2, 3])).toBe(false);
    expect(clearStoredWeights(throwing, 'c')).toBe(false);
  });
  it('keeps cases apart and can forget one', () => {
    const storage = memoryStorage();
    saveStoredWeights(storage, 'c', ids, [1, 2, 3]);
    saveStoredWeights(storage, 'd', ids, [4, 5, 6]);
    expect(clearStoredWeights(storage, 'c')).toBe(true);
    expect(loadStoredWeights(storage, 'c', ids)).toEqual({ status: 'absent' });
    expect(loadStoredWeights(storage, 'd', ids)).toEqual({ status: 'ok', points: [4, 5, 6] });
  });
});

describe('resolveInitialWeights', () => {
  const defaults = [50, 30, 20];
  const stored = () => memoryStorage(record({ version: 1, criteria: ids, points: [7, 8, 9] }));
  const resolve = (search: string, storage: WeightStorage | null) =>
    resolveInitialWeights({ search, storage, caseId: 'c', criteriaIds: ids, defaults });

  it('prefers the address over stored weights', () => {
    expect(resolve('?w=1,2,3', stored())).toEqual({
      points: [1, 2, 3],
      source: 'url',
      notice: null,
      badLink: false,
    });
  });
  it('uses stored weights when the address has none', () => {
    expect(resolve('', stored())).toEqual({
      points: [7, 8, 9],
      source: 'stored',
      notice: null,
      badLink: false,
    });
  });
  it('falls back to the defaults quietly when there is nothing', () => {
    expect(resolve('', memoryStorage())).toEqual({
      points: defaults,
      source: 'default',
      notice: null,
      badLink: false,
    });
  });
  it('shows the defaults, not stored weights, with a notice for a bad link', () => {
    const r = resolve('?w=1,2', stored());
    expect(r.points).toEqual(defaults);
    expect(r.source).toBe('default');
    expect(r.badLink).toBe(true);
    expect(r.notice).toMatch(/it has 2 numbers; this case needs 3/);
  });
  it('falls back to the defaults with a notice for corrupt or unreadable storage', () => {
    expect(resolve('', memoryStorage({ [key]: '}{' })).notice).toMatch(/damaged/);
    expect(resolve('', throwing)).toMatchObject({
      points: defaults,
      notice: expect.stringMatching(/could not be read/),
    });
  });
  it('returns a copy of the defaults, never the array passed in', () => {
    expect(resolve('', null).points).not.toBe(defaults);
  });
});
