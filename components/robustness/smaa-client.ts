import type { SmaaResult } from '@/lib/decision';
import { driveSmaaRun } from '@/lib/robustness/smaa-driver';
import type { SmaaJob, SmaaRequest, SmaaResponse } from '@/lib/robustness/smaa-protocol';

/** What a run reports back. Only the latest run's callbacks are ever called. */
export interface SmaaCallbacks {
  onProgress(done: number, total: number): void;
  onDone(result: SmaaResult, elapsedMs: number): void;
  onError(message: string): void;
}

/** Where runs happen. */
export type SmaaMode = 'worker' | 'main-thread';

/** Starts SMAA runs off the main thread when it can. One run at a time: starting replaces. */
export interface SmaaRunner {
  /** Starts a run (cancelling any other); returns a function that cancels this one. */
  start(job: SmaaJob, callbacks: SmaaCallbacks): () => void;
  mode(): SmaaMode;
  /** Cancels any run and ends the worker. */
  dispose(): void;
}

/** The minimal Worker surface the runner uses, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: SmaaRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SmaaResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function browserWorker(): WorkerLike {
  if (typeof Worker === 'undefined') throw new Error('Web Workers are not available');
  return new Worker(new URL('./smaa.worker.ts', import.meta.url), {
    type: 'module',
    name: 'smaa',
  }) as unknown as WorkerLike;
}

interface Active {
  readonly id: number;
  readonly job: SmaaJob;
  readonly callbacks: SmaaCallbacks;
  stopMain?: () => void;
}

/** Main-thread slices: short enough that input and paint get a turn about every 8 ms. */
const MAIN_THREAD_SLICE_MS = 8;

/**
 * A runner that uses a Web Worker (created on the first run) and falls back to running in
 * short setTimeout slices on the main thread when Workers are missing, cannot be created, or
 * the worker fails to load; a run under way when the worker fails is restarted on the main
 * thread. `makeWorker` is for tests.
 */
export function createSmaaRunner(makeWorker: () => WorkerLike = browserWorker): SmaaRunner {
  let worker: WorkerLike | null = null;
  let fallback = false;
  let nextId = 1;
  let active: Active | null = null;

  const finish = (a: Active) => {
    if (active === a) active = null;
  };

  const runOnMainThread = (a: Active) => {
    let cancelled = false;
    let stop = () => {};
    a.stopMain = () => {
      cancelled = true;
      stop();
    };
    // Loaded only when needed: with a worker, the maths never reaches the main bundle.
    void import('@/lib/decision/smaa').then(({ createSmaaRun }) => {
      if (cancelled || active !== a) return;
      let run;
      try {
        run = createSmaaRun(a.job.matrix, a.job.options);
      } catch (e) {
        finish(a);
        a.callbacks.onError(e instanceof Error ? e.message : String(e));
        return;
      }
      stop = driveSmaaRun(run, {
        sliceMs: MAIN_THREAD_SLICE_MS,
        now: () => performance.now(),
        schedule: (next) => {
          const t = setTimeout(next, 0);
          return () => clearTimeout(t);
        },
        onProgress: (done, total) => a.callbacks.onProgress(done, total),
        onDone: (result, ms) => {
          finish(a);
          a.callbacks.onDone(result, ms);
        },
        onError: (message) => {
          finish(a);
          a.callbacks.onError(message);
        },
      });
    });
  };

  const ensureWorker = (): WorkerLike | null => {
    if (fallback) return null;
    if (worker) return worker;
    try {
      worker = makeWorker();
    } catch {
      fallback = true;
      return null;
    }
    worker.onmessage = (event) => {
      const m = event.data;
      const a = active;
      if (!a || m.id !== a.id) return;
      if (m.type === 'progress') a.callbacks.onProgress(m.done, m.total);
      else if (m.type === 'result') {
        finish(a);
        a.callbacks.onDone(m.result, m.elapsedMs);
      } else {
        finish(a);
        a.callbacks.onError(m.message);
      }
    };
    worker.onerror = (event) => {
      // The worker script failed to load or crashed: carry on without it.
      event.preventDefault();
      worker?.terminate();
      worker = null;
      fallback = true;
      if (active) runOnMainThread(active);
    };
    return worker;
  };

  const cancelActive = () => {
    const a = active;
    if (!a) return;
    active = null;
    a.stopMain?.();
    if (!a.stopMain && worker) worker.postMessage({ type: 'cancel', id: a.id });
  };

  return {
    start(job, callbacks) {
      cancelActive();
      const a: Active = { id: nextId++, job, callbacks };
      active = a;
      const w = ensureWorker();
      if (w) w.postMessage({ type: 'start', id: a.id, job });
      else runOnMainThread(a);
      return () => {
        if (active === a) cancelActive();
      };
    },
    mode: () => (fallback ? 'main-thread' : 'worker'),
    dispose() {
      cancelActive();
      worker?.terminate();
      worker = null;
    },
  };
}
