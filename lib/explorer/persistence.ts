import * as z from 'zod/mini';
import { MAX_POINTS, MIN_POINTS } from './url-codec';

/**
 * The reader's last weights per case, kept in local storage. zod's mini build validates what
 * comes back (it is a fraction of full zod's size, and this code ships to the browser).
 */

/** The subset of the Web Storage API the explorer uses; a plain object fakes it in tests. */
export type WeightStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The schema of a stored record. `criteria` pins the case's criteria when it was saved. */
export const storedWeightsSchema = z.strictObject({
  version: z.literal(1),
  criteria: z.array(z.string()),
  points: z.array(z.number().check(z.minimum(MIN_POINTS), z.maximum(MAX_POINTS))),
});

/** A stored record, as validated. */
export type StoredWeights = z.infer<typeof storedWeightsSchema>;

/** What storage holds for a case: nothing, usable points, or something unusable and why. */
export type StoredWeightsResult =
  | { readonly status: 'absent' }
  | { readonly status: 'ok'; readonly points: number[] }
  | { readonly status: 'invalid'; readonly reason: 'unreadable' | 'corrupt' | 'outdated' };

/** The storage key for a case's weights, e.g. `counterweight:weights:camp-taji-2020`. */
export function storageKey(caseId: string): string {
  return `counterweight:weights:${caseId}`;
}

/**
 * Reads the last weights saved for a case. Returns `invalid` (never throws) when storage
 * throws (`unreadable`), holds malformed JSON or the wrong shape (`corrupt`), or was saved
 * for a different set of criteria (`outdated`). `criteriaIds` must be in case order.
 */
export function loadStoredWeights(
  storage: WeightStorage | null,
  caseId: string,
  criteriaIds: readonly string[],
): StoredWeightsResult {
  if (!storage) return { status: 'absent' };
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey(caseId));
  } catch {
    return { status: 'invalid', reason: 'unreadable' };
  }
  if (raw === null) return { status: 'absent' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'invalid', reason: 'corrupt' };
  }
  const parsed = storedWeightsSchema.safeParse(json);
  if (!parsed.success) return { status: 'invalid', reason: 'corrupt' };
  const { criteria, points } = parsed.data;
  const sameCriteria =
    criteria.length === criteriaIds.length && criteria.every((id, j) => id === criteriaIds[j]);
  if (!sameCriteria || points.length !== criteriaIds.length) {
    return { status: 'invalid', reason: 'outdated' };
  }
  return { status: 'ok', points: points.map((p) => Math.round(p)) };
}

/**
 * Saves a case's weights. Returns false when storage is missing or refuses (private mode,
 * quota); the caller carries on, since the address still holds the weights.
 */
export function saveStoredWeights(
  storage: WeightStorage | null,
  caseId: string,
  criteriaIds: readonly string[],
  points: readonly number[],
): boolean {
  if (!storage) return false;
  const record: StoredWeights = { version: 1, criteria: [...criteriaIds], points: [...points] };
  try {
    storage.setItem(storageKey(caseId), JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a case's stored weights; false when storage refuses. */
export function clearStoredWeights(storage: WeightStorage | null, caseId: string): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(storageKey(caseId));
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser's local storage, or null where it is missing or access throws (some privacy
 * modes throw on the mere property read). Call only in the browser, after mount.
 */
export function browserStorage(): WeightStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** One short sentence for the reader when stored weights had to be ignored. */
export function describeStoredProblem(
  reason: Extract<StoredWeightsResult, { status: 'invalid' }>['reason'],
): string {
  switch (reason) {
    case 'unreadable':
      return 'Your saved weights could not be read in this browser. Showing the default weights.';
    case 'corrupt':
      return 'Your saved weights were damaged and have been ignored. Showing the default weights.';
    case 'outdated':
      return 'This case has changed since you saved your weights, so they have been set aside. Showing the default weights.';
  }
}
