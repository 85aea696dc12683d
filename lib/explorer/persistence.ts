import * as z from 'zod/mini';
import { MAX_POINTS, MIN_POINTS } from './url-codec';

/**
 * Local storage helpers. Since the stance (lib/stance), the explorer keeps everything the reader
 * chooses under `counterweight:stance:<case>` (see stance-storage.ts); the record below is the
 * older weights-only format, still read once so a returning reader keeps their weights.
 */

/** The subset of the Web Storage API the explorer uses; a plain object fakes it in tests. */
export type WeightStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The schema of an older stored record. `criteria` pins the case's criteria when it was saved. */
export const storedWeightsSchema = z.strictObject({
  version: z.literal(1),
  criteria: z.array(z.string()),
  points: z.array(z.number().check(z.minimum(MIN_POINTS), z.maximum(MAX_POINTS))),
});

/** A stored record, as validated. */
export type StoredWeights = z.infer<typeof storedWeightsSchema>;

/** The key weights were saved under before the stance (read once, to carry them over). */
export function storageKey(caseId: string): string {
  return `counterweight:weights:${caseId}`;
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

/** Why stored choices could not be used. */
export type StoredProblem = 'unreadable' | 'corrupt' | 'outdated';

/** One short sentence for the reader when stored weights had to be ignored. */
export function describeStoredProblem(reason: StoredProblem): string {
  switch (reason) {
    case 'unreadable':
      return 'Your saved weights could not be read in this browser. Showing the default weights.';
    case 'corrupt':
      return 'Your saved weights were damaged and have been ignored. Showing the default weights.';
    case 'outdated':
      return 'This case has changed since you saved your weights, so they have been set aside. Showing the default weights.';
  }
}
