import { describe, expect, it, vi } from 'vitest';
import { rankAcceptability, type DecisionMatrix, type SmaaResult } from '@/lib/decision';
import type { SmaaRequest, SmaaResponse } from '@/lib/robustness/smaa-protocol';
import { createSmaaRunner, type WorkerLike } from '@/components/robustness/smaa-client';

const m: DecisionMatrix = {
  options: ['A', 'B'],
  criteria: ['k0', 'k1'],
  scores: [
    [2, 8],
    [6, 4],
  ],
  low: [
    [1, 7],
    [5, 3],
  ],
  high: [
    [3, 9],
    [7, 5],
  ],
};
const job = { matrix: m, options: { samples: 2000, seed: 3 } };

class FakeWorker implements WorkerLike {
  sent: SmaaRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<SmaaResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  postMessage(message: SmaaRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: SmaaResponse) {
    this.onmessage?.({ data: message } as MessageEvent<SmaaResponse>);
  }
}

const callbacks = () => ({ onProgress: vi.fn(), onDone: vi.fn(), onError: vi.fn() });

describe('createSmaaRunner', () => {
  it('posts jobs to one worker and passes on only the latest run’s replies', () => {
    const worker = new FakeWorker();
    const make = vi.fn(() => worker);
    const runner = createSmaaRunner(make);
    const a = callbacks();
    const b = callbacks();
    runner.start(job, a);
    runner.start(job, b);
    expect(make).toHaveBeenCalledTimes(1);
    expect(worker.sent.map((s) => s.type)).toEqual(['start', 'cancel', 'start']);
    const [first, , second] = worker.sent as [SmaaRequest, SmaaRequest, SmaaRequest];

    worker.reply({ type: 'progress', id: first.id, done: 1, total: 4 });
    worker.reply({ type: 'progress', id: second.id, done: 2, total: 4 });
    const result = { samples: 1 } as SmaaResult;
    worker.reply({ type: 'result', id: second.id, result, elapsedMs: 5 });
    expect(a.onProgress).not.toHaveBeenCalled();
    expect(b.onProgress).toHaveBeenCalledWith(2, 4);
    expect(b.onDone).toHaveBeenCalledWith(result, 5);
    expect(runner.mode()).toBe('worker');

    runner.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('runs on the main thread in slices when no worker can be made', async () => {
    const runner = createSmaaRunner(() => {
      throw new Error('no workers here');
    });
    const cb = callbacks();
    const done = new Promise<SmaaResult>((resolve) => cb.onDone.mockImplementation(resolve));
    runner.start(job, cb);
    const result = await done;
    expect(runner.mode()).toBe('main-thread');
    expect(result).toEqual(rankAcceptability(m, job.options));
    expect(cb.onProgress).toHaveBeenCalled();
    expect(cb.onProgress.mock.calls.at(-1)).toEqual([4000, 4000]);
  });

  it('restarts a run on the main thread when the worker fails to load', async () => {
    const worker = new FakeWorker();
    const runner = createSmaaRunner(() => worker);
    const cb = callbacks();
    const done = new Promise<SmaaResult>((resolve) => cb.onDone.mockImplementation(resolve));
    runner.start(job, cb);
    worker.onerror?.({ preventDefault: () => {} } as ErrorEvent);
    expect(worker.terminated).toBe(true);
    await done;
    expect(runner.mode()).toBe('main-thread');
  });
});
