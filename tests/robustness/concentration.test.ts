import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CERTAINTY_STEPS,
  DEFAULT_CERTAINTY_POSITION,
  MAX_CONCENTRATION,
  certaintyWords,
  concentrationAt,
  typicalSpread,
  weightModelAt,
} from '@/lib/robustness/concentration';

const positions = Array.from({ length: CERTAINTY_STEPS + 1 }, (_, p) => p);

describe('concentrationAt', () => {
  it('starts at the maximum concentration and ends in uniform sampling', () => {
    expect(concentrationAt(0, 8)).toBeCloseTo(MAX_CONCENTRATION, 6);
    expect(concentrationAt(CERTAINTY_STEPS, 8)).toBeNull();
  });

  it('reaches the flat Dirichlet around equal weights one step before the end', () => {
    expect(concentrationAt(CERTAINTY_STEPS - 1, 8)).toBeCloseTo(8, 9);
    expect(concentrationAt(CERTAINTY_STEPS - 1, 3)).toBeCloseTo(3, 9);
  });

  it('falls strictly, so the typical spread of a weight grows at every step', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (m, share) => {
          const cs = positions.slice(0, -1).map((p) => concentrationAt(p, m)!);
          cs.slice(1).forEach((c, i) => expect(c).toBeLessThan(cs[i]!));
          const spreads = cs.map((c) => typicalSpread(c, share)!);
          spreads.slice(1).forEach((s, i) => expect(s).toBeGreaterThan(spreads[i]!));
        },
      ),
    );
  });

  it('grows the spread in equal steps of 1/sqrt(c + 1)', () => {
    const inv = positions.slice(0, -1).map((p) => 1 / Math.sqrt(concentrationAt(p, 8)! + 1));
    const steps = inv.slice(1).map((v, i) => v - inv[i]!);
    steps.forEach((s) => expect(s).toBeCloseTo(steps[0]!, 12));
  });

  it.each([-1, 0.5, CERTAINTY_STEPS + 1, Number.NaN])('rejects position %s', (p) => {
    expect(() => concentrationAt(p, 8)).toThrow(RangeError);
  });
});

describe('weightModelAt', () => {
  it('samples around the given weights, or uniformly at the last position', () => {
    const w = [50, 30, 20];
    expect(weightModelAt(DEFAULT_CERTAINTY_POSITION, w)).toEqual({
      kind: 'around',
      weights: w,
      concentration: concentrationAt(DEFAULT_CERTAINTY_POSITION, 3),
    });
    expect(weightModelAt(CERTAINTY_STEPS, w)).toEqual({ kind: 'uniform' });
  });
});

describe('typicalSpread', () => {
  it('is one standard deviation of a Dirichlet component, and null for uniform sampling', () => {
    expect(typicalSpread(99, 0.5)).toBeCloseTo(0.05, 12);
    expect(typicalSpread(null, 0.5)).toBeNull();
  });
});

describe('certaintyWords', () => {
  it.each([
    [0, 'Exactly my weights'],
    [2, 'Close to my weights'],
    [5, 'Loosely around my weights'],
    [9, 'Far from my weights'],
    [CERTAINTY_STEPS, 'Any weights at all'],
  ])('position %i reads %j', (p, words) => {
    expect(certaintyWords(p)).toBe(words);
  });
});
