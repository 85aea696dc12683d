import { describe, expect, it } from 'vitest';
import { createSmaaRun, rankAcceptability, type DecisionMatrix } from '@/lib/decision';
import { driveSmaaRun } from '@/lib/robustness/smaa-driver';

const m: DecisionMatrix = {
  options: ['A', 'B', 'C'],
  criteria: ['k0', 'k1'],
  scores: [
    [2, 8],
    [5, 5],
    [9, 1],
  ],
  low: [
    [1, 7],
    [4, 4],
    [8, 0],
  ],
  high: [
    [3, 9],
    [6, 6],
    [10, 2],
  ],
};
const options = { samples: 3000, seed: 7 };

/** A scheduler the test advances by hand, and a clock that ticks one ms per reading. */
function harness() {
  const queue: (() => void)[] = [];
  let t = 0;
  return {
    queue,
    now: () => t++,
    schedule: (next: () => void) => {
      queue.push(next);
      return () => {
        const i = queue.indexOf(next);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    runNext: () => queue.shift()?.(),
  };
}

describe('driveSmaaRun', () => {
  it('reports rising progress, then the same result as a run in one go', () => {
    const h = harness();
    const progress: number[] = [];
    let result: unknown = null;
    driveSmaaRun(createSmaaRun(m, options), {
      sliceMs: 5,
      now: h.now,
      schedule: h.schedule,
      initialChunk: 50,
      onProgress: (done, total) => {
        expect(total).toBe(6000);
        progress.push(done);
      },
      onDone: (r) => (result = r),
      onError: (e) => expect.fail(e),
    });
    expect(progress).toEqual([]);
    let guard = 0;
    while (h.queue.length && guard++ < 10_000) h.runNext();
    expect(progress.length).toBeGreaterThan(2);
    progress.slice(1).forEach((p, i) => expect(p).toBeGreaterThan(progress[i]!));
    expect(progress.at(-1)).toBe(6000);
    expect(result).toEqual(rankAcceptability(m, options));
  });

  it('stops when cancelled and never reports again', () => {
    const h = harness();
    let calls = 0;
    const stop = driveSmaaRun(createSmaaRun(m, options), {
      sliceMs: 1,
      now: h.now,
      schedule: h.schedule,
      initialChunk: 10,
      onProgress: () => calls++,
      onDone: () => expect.fail('cancelled runs do not finish'),
      onError: (e) => expect.fail(e),
    });
    h.runNext();
    expect(calls).toBe(1);
    stop();
    stop();
    expect(h.queue).toEqual([]);
  });

  it('reports an error from a step and stops', () => {
    const h = harness();
    const errors: string[] = [];
    driveSmaaRun(
      {
        total: 10,
        step: () => {
          throw new RangeError('bad cell');
        },
        done: () => false,
        result: () => {
          throw new Error('unused');
        },
      },
      {
        sliceMs: 5,
        now: h.now,
        schedule: h.schedule,
        onProgress: () => expect.fail('no progress after an error'),
        onDone: () => expect.fail('no result after an error'),
        onError: (e) => errors.push(e),
      },
    );
    h.runNext();
    expect(errors).toEqual(['bad cell']);
    expect(h.queue).toEqual([]);
  });
});
