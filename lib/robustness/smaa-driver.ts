/**
 * Drives an incremental SMAA run (`createSmaaRun` from lib/decision) in time slices, so the
 * thread it runs on can do other work between slices: in the worker, read a cancel message; on
 * the main thread (the fallback when Workers are unavailable), paint and handle input. The clock
 * and the scheduler are parameters, so this has no globals and tests can drive it by hand.
 */

import type { SmaaResult, SmaaRun } from '@/lib/decision';

/** How a run is sliced and where its news goes. */
export interface DriveOptions {
  /** Work per slice, in milliseconds: small on the main thread (≈ 8), larger in a worker. */
  readonly sliceMs: number;
  /** A monotonic clock in milliseconds (`performance.now`). */
  readonly now: () => number;
  /** Runs `next` later (after the thread has had a turn); returns a function that cancels it. */
  readonly schedule: (next: () => void) => () => void;
  /** After every slice: work units done so far out of `total`. */
  readonly onProgress: (done: number, total: number) => void;
  /** Once, with the final result and the wall-clock time since `driveSmaaRun` was called. */
  readonly onDone: (result: SmaaResult, elapsedMs: number) => void;
  /** Once, if a step throws; the run stops. */
  readonly onError: (message: string) => void;
  /** Units in the first step; later steps grow until a step takes about a quarter slice. */
  readonly initialChunk?: number;
}

/** The largest step, so that one step never blows far past its slice on a slow machine. */
const MAX_CHUNK = 1 << 16;

/**
 * Starts driving `run` on the next scheduled turn and returns a function that stops it (safe to
 * call more than once, and after the run ended). A slice does at least one step, so a run always
 * advances even when a single step overruns `sliceMs`. `onProgress` is called before `onDone`.
 */
export function driveSmaaRun(run: SmaaRun, o: DriveOptions): () => void {
  const started = o.now();
  let chunk = Math.max(1, Math.floor(o.initialChunk ?? 256));
  let stopped = false;
  let cancelNext = () => {};

  const slice = () => {
    if (stopped) return;
    let done = 0;
    try {
      const t0 = o.now();
      do {
        const s0 = o.now();
        done = run.step(chunk);
        if (o.now() - s0 < o.sliceMs / 4 && chunk < MAX_CHUNK) chunk *= 2;
      } while (!run.done() && o.now() - t0 < o.sliceMs);
    } catch (e) {
      stopped = true;
      o.onError(e instanceof Error ? e.message : String(e));
      return;
    }
    o.onProgress(done, run.total);
    if (run.done()) {
      stopped = true;
      o.onDone(run.result(), o.now() - started);
      return;
    }
    cancelNext = o.schedule(slice);
  };

  cancelNext = o.schedule(slice);
  return () => {
    stopped = true;
    cancelNext();
  };
}
