import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evenTicks, linearScale, spreadLabels } from '@/lib/robustness/scale';

describe('linearScale', () => {
  it.each([
    { domain: [0, 1], range: [40, 300], at: [0, 0.5, 1], expected: [40, 170, 300] },
    { domain: [0, 100], range: [250, 30], at: [0, 50, 100], expected: [250, 140, 30] },
    { domain: [5, 5], range: [1, 9], at: [5, 7], expected: [1, 1] },
  ] as const)('maps $domain to $range', ({ domain, range, at, expected }) => {
    const s = linearScale(domain, range);
    at.forEach((v, i) => expect(s(v)).toBeCloseTo(expected[i]!, 12));
  });

  it('inverts what it maps', () => {
    const s = linearScale([0, 100], [250, 30]);
    fc.assert(
      fc.property(fc.double({ min: -50, max: 150, noNaN: true }), (v) => {
        expect(s.invert(s(v))).toBeCloseTo(v, 9);
      }),
    );
  });
});

describe('evenTicks', () => {
  it('includes both ends', () => {
    expect(evenTicks(0, 1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(evenTicks(0, 100, 0)).toEqual([0, 100]);
  });
});

describe('spreadLabels', () => {
  it('leaves labels alone when they do not overlap', () => {
    expect(spreadLabels([20, 60, 100], [14, 14, 14], 0, 200)).toEqual([20, 60, 100]);
  });

  it('pushes overlapping labels apart around where they wanted to be', () => {
    const out = spreadLabels([100, 100], [14, 14], 0, 200, 2);
    expect(out[1]! - out[0]!).toBeCloseTo(16, 9);
  });

  it('keeps labels inside the bounds', () => {
    const out = spreadLabels([0, 1, 199], [20, 20, 20], 0, 200, 0);
    expect(out).toEqual([10, 30, 190]);
  });

  it('never overlaps, keeps order and stays inside when there is room', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.double({ min: 0, max: 300, noNaN: true }), fc.integer({ min: 10, max: 30 })),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (items) => {
          const wanted = items.map(([w]) => w);
          const heights = items.map(([, h]) => h);
          const out = spreadLabels(wanted, heights, 0, 300, 2);
          const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]! || a - b);
          for (let p = 1; p < order.length; p++) {
            const a = order[p - 1]!;
            const b = order[p]!;
            expect(out[b]! - out[a]!).toBeGreaterThanOrEqual(
              (heights[a]! + heights[b]!) / 2 + 2 - 1e-9,
            );
          }
          out.forEach((c, i) => {
            expect(c - heights[i]! / 2).toBeGreaterThanOrEqual(-1e-9);
            expect(c + heights[i]! / 2).toBeLessThanOrEqual(300 + 1e-9);
          });
        },
      ),
    );
  });
});
