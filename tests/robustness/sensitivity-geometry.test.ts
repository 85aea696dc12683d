import { describe, expect, it } from 'vitest';
import { flipPoints, leaderSegments, sweepLines, type DecisionMatrix } from '@/lib/decision';
import { sensitivityGeometry, sensitivityLayout } from '@/lib/robustness/sensitivity-geometry';

const m: DecisionMatrix = {
  options: ['A', 'B', 'C'],
  criteria: ['k0', 'k1'],
  scores: [
    [2, 8],
    [5, 6],
    [9, 1],
  ],
  low: [
    [2, 8],
    [5, 6],
    [9, 1],
  ],
  high: [
    [2, 8],
    [5, 6],
    [9, 1],
  ],
};
const weights = [0.3, 0.7];
const shortLabels = { A: 'Alpha', B: 'Beta option here', C: 'Gamma' };

function geometryAt(width: number) {
  return sensitivityGeometry({
    width,
    lines: sweepLines(m, weights, 0),
    segments: leaderSegments(m, weights, 0),
    flips: flipPoints(m, weights, 0),
    current: weights[0]!,
    shortLabels,
  });
}

describe('sensitivityGeometry', () => {
  it.each([320, 375, 640, 900])('maps 0 and 100%% to the x axis ends at width %i', (width) => {
    const g = geometryAt(width);
    expect(g.x(0)).toBe(g.plot.left);
    expect(g.x(1)).toBe(g.plot.right);
    expect(g.y(0)).toBe(g.plot.bottom);
    expect(g.y(100)).toBe(g.plot.top);
    expect(g.xTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(g.xTicks[0]!.at).toBe(g.plot.left);
    expect(g.xTicks.at(-1)!.at).toBe(g.plot.right);
    expect(g.yTicks.map((t) => t.label)).toEqual(['0', '25', '50', '75', '100']);
    expect(g.plot.right).toBeLessThan(width);
  });

  it('draws each line from its total at 0% to its total at 100%', () => {
    const g = geometryAt(640);
    // A at w = 0 scores 8 → 80; at w = 1 it scores 2 → 20.
    const a = g.lines.find((l) => l.option === 'A')!;
    expect(a.y0).toBeCloseTo(g.y(80), 9);
    expect(a.y1).toBeCloseTo(g.y(20), 9);
    expect(a.xCurrent).toBeCloseTo(g.x(0.3), 9);
    expect(a.yCurrent).toBeCloseTo(g.y(62), 9);
  });

  it('shades regions that cover the plot without gaps, in leader order', () => {
    const g = geometryAt(640);
    expect(g.regions.map((r) => r.leader)).toEqual(['A', 'B', 'C']);
    expect(g.regions[0]!.x0).toBe(g.plot.left);
    expect(g.regions.at(-1)!.x1).toBe(g.plot.right);
    g.regions.slice(1).forEach((r, i) => expect(r.x0).toBeCloseTo(g.regions[i]!.x1, 9));
  });

  it('labels every flip point where the lines cross', () => {
    const g = geometryAt(640);
    // A = 80 − 60w, B = 60 − 10w, C = 10 + 80w: A meets B at 40%, B meets C at 5/9.
    expect(g.flips.map((f) => [f.from, f.to, f.label])).toEqual([
      ['A', 'B', '40%'],
      ['B', 'C', '56%'],
    ]);
    g.flips.forEach((f) => {
      expect(f.x).toBeCloseTo(g.x(f.at), 9);
      expect(f.y).toBeCloseTo(g.y(Math.abs(f.at - 0.4) < 1e-9 ? 56 : 60 - 50 / 9), 6);
    });
  });

  it('wraps labels in the narrow layout and keeps them from overlapping', () => {
    expect(sensitivityLayout(375).labelChars).toBeLessThan(sensitivityLayout(800).labelChars);
    const g = geometryAt(340);
    const beta = g.labels.find((l) => l.option === 'B')!;
    expect(beta.lines.length).toBe(2);
    const sorted = [...g.labels].sort((a, b) => a.y - b.y);
    sorted.slice(1).forEach((l, i) => {
      const prev = sorted[i]!;
      const h = g.layout.lineHeight;
      expect(l.y - prev.y).toBeGreaterThanOrEqual(((l.lines.length + prev.lines.length) * h) / 2);
    });
  });

  it('marks the current weight', () => {
    const g = geometryAt(640);
    expect(g.current).toMatchObject({ value: 0.3, label: '30%' });
    expect(g.current.x).toBeCloseTo(g.x(0.3), 9);
  });
});
