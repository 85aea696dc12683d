import { describe, expect, it } from 'vitest';
import {
  normaliseWeights,
  smallestChange,
  stabilityInterval,
  type DecisionMatrix,
  type SmallestChange,
  type StabilityInterval,
} from '@/lib/decision';
import { getCase } from '@/content';
import { defaultPoints, modelFromCase } from '@/lib/explorer/model';
import {
  coincidentLines,
  flipSentence,
  pointsPast,
  smallestChangeSentence,
  stabilitySentence,
} from '@/lib/robustness/sentences';

const names = {
  options: { A: 'Alpha', B: 'Beta', C: 'Gamma' },
  criteria: { k: 'cost' },
};

const base: StabilityInterval = {
  criterion: 'k',
  index: 0,
  lower: 0,
  upper: 1,
  current: 0.25,
  leader: 'A',
  tiedWith: [],
  belowLeader: null,
  aboveLeader: null,
};

describe('stabilitySentence', () => {
  it.each<{ name: string; s: Partial<StabilityInterval>; expected: string }>([
    {
      name: 'never flips',
      s: {},
      expected: 'Alpha stays first whatever the weight on cost, from 0% to 100% (now 25%).',
    },
    {
      name: 'flips above only',
      s: { upper: 0.41, aboveLeader: 'B' },
      expected:
        'Alpha stays first while the weight on cost is at most 41% (now 25%); beyond that, Beta takes over.',
    },
    {
      name: 'flips below only',
      s: { lower: 0.08, belowLeader: 'C' },
      expected:
        'Alpha stays first while the weight on cost is at least 8% (now 25%); below that, Gamma takes over.',
    },
    {
      name: 'flips at both ends',
      s: { lower: 0.08, upper: 0.41, belowLeader: 'C', aboveLeader: 'B' },
      expected:
        'Alpha stays first while the weight on cost is between 8% and 41% (now 25%); below that range, Gamma takes over, and above it, Beta.',
    },
    {
      name: 'a lower end that is float noise above 0%',
      s: { lower: 1.8e-16, belowLeader: 'C' },
      expected: 'Alpha stays first whatever the weight on cost, from 0% to 100% (now 25%).',
    },
    {
      name: 'an end that would round to the current weight',
      s: { current: 0.125, upper: 0.128, aboveLeader: 'B' },
      expected:
        'Alpha stays first while the weight on cost is at most 12.8% (now 12.5%); beyond that, Beta takes over.',
    },
    {
      name: 'a tie at the current weights that any move breaks',
      s: { tiedWith: ['B'], lower: 0.25, upper: 0.25, belowLeader: 'B', aboveLeader: 'C' },
      expected:
        'Alpha shares first place with Beta at your weights (cost at 25%). Any less weight on cost puts Beta ahead. Any more weight on cost puts Gamma ahead.',
    },
    {
      name: 'a tie with one side held',
      s: { tiedWith: ['B'], lower: 0.25, upper: 0.6, belowLeader: 'B', aboveLeader: 'C' },
      expected:
        'Alpha shares first place with Beta at your weights (cost at 25%). Any less weight on cost puts Beta ahead. Beyond 60%, Gamma takes over.',
    },
    {
      name: 'options level whatever the weight',
      s: { tiedWith: ['B', 'C'] },
      expected:
        'Alpha shares first place with Beta and Gamma at your weights (cost at 25%). They stay level whatever the weight on cost.',
    },
  ])('words an interval that $name', ({ s, expected }) => {
    expect(stabilitySentence({ ...base, ...s }, names)).toBe(expected);
  });

  it('capitalises a sentence that starts with a lower-case name', () => {
    const prose = { ...names, options: { ...names.options, A: 'the middle path' } };
    expect(stabilitySentence(base, prose)).toMatch(/^The middle path stays first/);
  });

  it('falls back to ids when a label is missing', () => {
    expect(stabilitySentence(base, { options: {}, criteria: {} })).toMatch(
      /^A stays first whatever the weight on k,/,
    );
  });

  it('agrees with lib/decision on the Camp Taji case at its default weights', () => {
    const c = getCase('camp-taji-2020')!;
    const model = modelFromCase(c);
    const points = defaultPoints(model);
    const labels = {
      options: Object.fromEntries(model.options.map((o) => [o.id, o.label])),
      criteria: Object.fromEntries(model.criteria.map((k) => [k.id, k.label])),
    };
    model.criteria.forEach((k, j) => {
      const s = stabilityInterval(model.matrix, points, j);
      const text = stabilitySentence(s, labels);
      expect(text.toLowerCase()).toContain(labels.options[s.leader]!.toLowerCase());
      expect(text).toContain(k.label);
      if (s.aboveLeader && s.upper < 0.999) {
        expect(text).toContain(`${Math.round(s.upper * 100)}%`);
        expect(text).toContain(labels.options[s.aboveLeader]!);
      }
    });
  });
});

const change: SmallestChange = {
  criterion: 'k',
  index: 0,
  direction: 'increase',
  from: 0.125,
  to: 9 / 44,
  change: 7.954545,
  leader: 'A',
  takesOver: 'B',
};

describe('smallestChangeSentence', () => {
  it.each<{ name: string; c: SmallestChange | null; points?: number[]; expected: string }>([
    {
      name: 'an increase',
      c: change,
      expected:
        'The smallest single change that alters the winner: raise cost from 13% to just over 20.4% of the weight; then Beta leads.',
    },
    {
      name: 'an increase with the points it takes',
      c: change,
      // Others hold 350 points; 20.4545…% needs 90 points to draw level, so 91 to pass.
      points: [50, 50, 50, 50, 50, 50, 50, 50],
      expected:
        'The smallest single change that alters the winner: raise cost from 13% to just over 20.4% of the weight (from 50 to 91 points, with the others unchanged); then Beta leads.',
    },
    {
      name: 'a decrease',
      c: { ...change, direction: 'decrease', from: 0.3, to: 0.1234, change: 17.66, takesOver: 'C' },
      expected:
        'The smallest single change that alters the winner: lower cost from 30% to just under 12.4% of the weight; then Gamma leads.',
    },
    {
      name: 'more points than the scale allows',
      c: { ...change, to: 0.5 },
      points: [10, 100, 100],
      expected:
        'The smallest single change that alters the winner: raise cost from 13% to just over 50% of the weight (more than 100 points with the others unchanged, so lower the others instead); then Beta leads.',
    },
    {
      name: 'a leader already level with the challenger',
      c: { ...change, to: 0.125, change: 0 },
      expected: 'Alpha is already level with Beta: any more weight on cost puts Beta first.',
    },
    {
      name: 'no change at all',
      c: null,
      expected:
        'No change to a single weight alters the winner: Alpha stays first whatever the weight on any one criterion.',
    },
  ])('words $name', ({ c, points, expected }) => {
    expect(smallestChangeSentence(c, 'A', names, points)).toBe(expected);
  });

  it('names points that really do hand over the lead', () => {
    // A leads at equal points; B is strong on k0. Check the suggested points flip the leader and
    // one point fewer does not.
    const m: DecisionMatrix = {
      options: ['A', 'B'],
      criteria: ['k0', 'k1', 'k2'],
      scores: [
        [3, 8, 7],
        [9, 4, 5],
      ],
      low: [
        [3, 8, 7],
        [9, 4, 5],
      ],
      high: [
        [3, 8, 7],
        [9, 4, 5],
      ],
    };
    const points = [20, 40, 40];
    const c = smallestChange(m, points)!;
    expect(c.takesOver).toBe('B');
    const p = pointsPast(points, c.index, c.to, c.direction)!;
    const leaderAt = (x: number) => {
      const pts = points.map((v, k) => (k === c.index ? x : v));
      return stabilityInterval(m, pts, c.index).leader;
    };
    expect(leaderAt(p)).toBe('B');
    expect(leaderAt(c.direction === 'increase' ? p - 1 : p + 1)).toBe('A');
    expect(
      normaliseWeights(points.map((v, k) => (k === c.index ? p : v)))[c.index],
    ).toBeGreaterThan(c.to);
  });
});

describe('pointsPast', () => {
  it('is null when the other criteria have no points', () => {
    expect(pointsPast([10, 0, 0], 0, 0.5, 'increase')).toBeNull();
  });
});

describe('coincidentLines', () => {
  it('groups options whose lines are the same', () => {
    const line = (option: string, intercept: number, slope: number) => ({
      option,
      intercept,
      slope,
    });
    expect(
      coincidentLines([
        line('A', 40, 10),
        line('B', 42, 1),
        line('C', 40, 10 + 1e-12),
        line('D', 42, 2),
      ]),
    ).toEqual([['A', 'C']]);
    expect(coincidentLines([line('A', 1, 1)])).toEqual([]);
  });
});

describe('flipSentence', () => {
  it.each([
    { flips: [], expected: 'The lead does not change anywhere from 0% to 100% on this criterion.' },
    {
      flips: [{ at: 0.2045, from: 'A', to: 'B' }],
      expected: 'At 20%, Beta overtakes Alpha.',
    },
    {
      flips: [
        { at: 0.1, from: 'C', to: 'A' },
        { at: 0.6, from: 'A', to: 'B' },
      ],
      expected: 'At 10%, Alpha overtakes Gamma; at 60%, Beta overtakes Alpha.',
    },
  ])('words $expected', ({ flips, expected }) => {
    expect(flipSentence(flips, names)).toBe(expected);
  });
});
