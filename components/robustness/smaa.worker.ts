/**
 * The SMAA-2 Web Worker. It lives here, next to the client that starts it, rather than in
 * lib/robustness: it is a browser entry point that touches worker globals (`self`, `postMessage`),
 * and the bundler resolves `new URL('./smaa.worker.ts', import.meta.url)` relative to the file
 * that creates the worker. All of its logic is in lib (createSmaaRun, driveSmaaRun), tested in
 * Node; this file only wires messages to it.
 */

import { createSmaaRun } from '@/lib/decision/smaa';
import { driveSmaaRun } from '@/lib/robustness/smaa-driver';
import type { SmaaRequest, SmaaResponse } from '@/lib/robustness/smaa-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: SmaaResponse) => scope.postMessage(message);

// Yield between slices through a MessageChannel rather than setTimeout, which browsers clamp
// to 4 ms once nested; a queued cancel message still gets its turn between slices.
const channel = new MessageChannel();
let pending: (() => void) | null = null;
channel.port1.onmessage = () => {
  const next = pending;
  pending = null;
  next?.();
};
const schedule = (next: () => void) => {
  pending = next;
  channel.port2.postMessage(null);
  return () => {
    if (pending === next) pending = null;
  };
};

let current: { id: number; stop: () => void } | null = null;

scope.onmessage = (event: MessageEvent<SmaaRequest>) => {
  const message = event.data;
  if (message.type === 'cancel') {
    if (current?.id === message.id) {
      current.stop();
      current = null;
    }
    return;
  }
  current?.stop();
  current = null;
  const { id, job } = message;
  let run;
  try {
    run = createSmaaRun(job.matrix, job.options);
  } catch (e) {
    post({ type: 'error', id, message: e instanceof Error ? e.message : String(e) });
    return;
  }
  const stop = driveSmaaRun(run, {
    sliceMs: 30,
    now: () => performance.now(),
    schedule,
    onProgress: (done, total) => post({ type: 'progress', id, done, total }),
    onDone: (result, elapsedMs) => {
      if (current?.id === id) current = null;
      post({ type: 'result', id, result, elapsedMs });
    },
    onError: (error) => {
      if (current?.id === id) current = null;
      post({ type: 'error', id, message: error });
    },
  });
  current = { id, stop };
};
