'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SmaaResult } from '@/lib/decision';
import type { SmaaJob } from '@/lib/robustness/smaa-protocol';
import { progressPercent } from '@/lib/robustness/smaa-view';
import { createSmaaRunner, type SmaaMode, type SmaaRunner } from './smaa-client';

/** How long inputs must stay still before a finished or running analysis re-runs. */
export const RERUN_DELAY_MS = 400;

export type SmaaStatus = 'idle' | 'running' | 'done' | 'stopped' | 'error';

export interface SmaaState {
  readonly status: SmaaStatus;
  /** Whole percentage of the current run (0–100). */
  readonly progress: number;
  /** The last complete result, kept while a new run is under way. */
  readonly result: SmaaResult | null;
  /** The inputs key the result belongs to. */
  readonly resultKey: string | null;
  readonly elapsedMs: number | null;
  readonly mode: SmaaMode | null;
  readonly error: string | null;
}

const IDLE: SmaaState = {
  status: 'idle',
  progress: 0,
  result: null,
  resultKey: null,
  elapsedMs: null,
  mode: null,
  error: null,
};

/**
 * Runs SMAA for `job` on demand (`run`), off the main thread, and keeps the state to show.
 * `key` must change whenever the job's inputs do: once the reader has run the analysis, a new
 * key cancels the run under way at once and starts a fresh one after RERUN_DELAY_MS, unless
 * they stopped it. `createRunner` is for tests.
 */
export function useSmaa(
  job: SmaaJob,
  key: string,
  createRunner: () => SmaaRunner = createSmaaRunner,
) {
  const [state, setState] = useState<SmaaState>(IDLE);
  // The factory is read once: a caller passing an inline function must not restart anything.
  const factory = useRef(createRunner);
  const runner = useRef<SmaaRunner | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  const latest = useRef({ job, key });
  const startedKey = useRef<string | null>(null);
  const autoRun = useRef(false);

  useEffect(() => {
    latest.current = { job, key };
  });

  useEffect(
    () => () => {
      cancel.current?.();
      runner.current?.dispose();
      runner.current = null;
    },
    [],
  );

  const run = useCallback(() => {
    const { job: j, key: k } = latest.current;
    runner.current ??= factory.current();
    const r = runner.current;
    cancel.current?.();
    autoRun.current = true;
    startedKey.current = k;
    setState((s) => ({ ...s, status: 'running', progress: 0, error: null }));
    cancel.current = r.start(j, {
      onProgress: (done, total) =>
        setState((s) => ({ ...s, progress: progressPercent(done, total) })),
      onDone: (result, elapsedMs) => {
        cancel.current = null;
        setState({
          status: 'done',
          progress: 100,
          result,
          resultKey: k,
          elapsedMs,
          mode: r.mode(),
          error: null,
        });
      },
      onError: (message) => {
        cancel.current = null;
        autoRun.current = false;
        setState((s) => ({ ...s, status: 'error', error: message }));
      },
    });
  }, []);

  const stop = useCallback(() => {
    cancel.current?.();
    cancel.current = null;
    autoRun.current = false;
    setState((s) => (s.status === 'running' ? { ...s, status: 'stopped' } : s));
  }, []);

  useEffect(() => {
    if (!autoRun.current || key === startedKey.current) return;
    // The run under way is for old inputs: drop it now, start afresh once the inputs settle.
    cancel.current?.();
    cancel.current = null;
    startedKey.current = null;
    setState((s) =>
      s.status === 'running' && s.progress === 0 ? s : { ...s, status: 'running', progress: 0 },
    );
    const t = setTimeout(run, RERUN_DELAY_MS);
    return () => clearTimeout(t);
  }, [key, run]);

  return { state, run, stop };
}
