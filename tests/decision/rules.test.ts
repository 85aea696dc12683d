import { describe, expect, it } from 'vitest';
import {
  allRules,
  explainDisagreement,
  explainRule,
  maximinRule,
  minimaxRegretRule,
  satisficingRule,
  weightedSumRule,
  type DecisionMatrix,
  type RuleLabels,
} from '@/lib/decision';

function matrix(options: string[], criteria: string[], scores: number[][]): DecisionMatrix {
  return { options, criteria, scores, low: scores, high: scores };
}

// Hand-checked at weights 40/40/20:
//   totals       A 76, B 58, C 56
//   worst score  A 2 (z), B 5 (z), C 4 (z)
//   max regret   A 6 (z, behind B), B 12 (x, behind A), C 16 (x, behind A)
const R = matrix(
  ['a', 'b', 'c'],
  ['x', 'y', 'z'],
  [
    [9, 9, 2],
    [6, 6, 5],
    [5, 7, 4],
  ],
);
const W = [40, 40, 20];
const labels: RuleLabels = {
  options: { a: 'Alpha', b: 'Bravo', c: 'Charlie' },
  criteria: { x: 'deterrence', y: 'cost', z: 'legitimacy' },
};
const noLabels: RuleLabels = { options: {}, criteria: {} };

const orderOf = (r: { order: readonly { option: string; rank: number | null }[] }) =>
  r.order.map((x) => [x.option, x.rank]);

describe('weightedSumRule', () => {
  it.each([
    {
      m: R,
      w: W,
      order: [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
      values: [76, 58, 56],
    },
    {
      m: matrix(
        ['g', 'h'],
        ['x', 'y'],
        [
          [4, 6],
          [6, 4],
        ],
      ),
      w: [1, 1],
      order: [
        ['g', 1],
        ['h', 1],
      ],
      values: [50, 50],
    },
  ])('ranks by total: $order', ({ m, w, order, values }) => {
    const r = weightedSumRule(m, w);
    expect(orderOf(r)).toEqual(order);
    r.order.forEach((x, i) => expect(x.value).toBeCloseTo(values[i]!, 10));
  });

  it('explains a win and a tie', () => {
    expect(explainRule(weightedSumRule(R, W), labels)).toBe(
      'Alpha wins under the weighted sum: its total, 76, beats 58 for Bravo.',
    );
    const tie = weightedSumRule(
      matrix(
        ['g', 'h'],
        ['x', 'y'],
        [
          [4, 6],
          [6, 4],
        ],
      ),
      [1, 1],
    );
    expect(explainRule(tie, noLabels)).toBe(
      'G and h tie under the weighted sum, each with a total of 50.',
    );
  });
});

describe('maximinRule', () => {
  it.each([
    {
      name: 'the best worst score wins',
      m: R,
      order: [
        ['b', 1],
        ['c', 2],
        ['a', 3],
      ],
      worst: [5, 4, 2],
      decidedAt: 0,
    },
    {
      name: 'level worst scores go to the next-worst',
      m: matrix(
        ['d', 'e', 'f'],
        ['x', 'y', 'z'],
        [
          [3, 5, 8],
          [3, 6, 4],
          [2, 9, 9],
        ],
      ),
      order: [
        ['d', 1],
        ['e', 2],
        ['f', 3],
      ],
      worst: [3, 3, 2],
      decidedAt: 1,
    },
    {
      name: 'identical sorted scores share a rank',
      m: matrix(
        ['g', 'h', 'i'],
        ['x', 'y'],
        [
          [4, 6],
          [6, 4],
          [4, 5],
        ],
      ),
      order: [
        ['g', 1],
        ['h', 1],
        ['i', 3],
      ],
      worst: [4, 4, 4],
      decidedAt: 1,
    },
  ])('$name', ({ m, order, worst, decidedAt }) => {
    const r = maximinRule(m);
    expect(orderOf(r)).toEqual(order);
    expect(r.order.map((x) => x.value)).toEqual(worst);
    expect(r.reason.decidedAt).toBe(decidedAt);
  });

  it('leaves out criteria with zero weight', () => {
    // Without z the worst scores are A 9, B 6, C 5: A's weakness on z no longer counts.
    const r = maximinRule(R, [1, 1, 0]);
    expect(r.criteria).toEqual(['x', 'y']);
    expect(orderOf(r)).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(r.order[0]).toMatchObject({ value: 9, worstCriteria: ['x', 'y'] });
  });

  it.each([
    {
      m: R,
      sentence:
        "Bravo wins under maximin: its worst score, 5 on legitimacy, beats every other option's worst.",
    },
    {
      m: matrix(
        ['a', 'b', 'c'],
        ['x', 'y', 'z'],
        [
          [3, 5, 8],
          [3, 6, 4],
          [2, 9, 9],
        ],
      ),
      sentence:
        'Alpha wins under maximin: its worst score, 3 on deterrence, is level with the worst of Bravo, but its next-worst score, 5, beats 4 for Bravo.',
    },
    {
      m: matrix(
        ['a', 'b'],
        ['x', 'y'],
        [
          [4, 6],
          [6, 4],
        ],
      ),
      sentence:
        'Alpha and Bravo tie under maximin: their scores match from the worst up, the worst being 4.',
    },
  ])('explains: $sentence', ({ m, sentence }) => {
    expect(explainRule(maximinRule(m), labels)).toBe(sentence);
  });
});

describe('minimaxRegretRule', () => {
  it('ranks by the smallest largest weighted regret', () => {
    const r = minimaxRegretRule(R, W);
    expect(orderOf(r)).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    expect(r.order.map((x) => [x.criterion, x.against])).toEqual([
      ['z', 'b'],
      ['x', 'a'],
      ['x', 'a'],
    ]);
    [6, 12, 16].forEach((v, i) => expect(r.order[i]!.value).toBeCloseTo(v, 10));
  });

  it.each([
    {
      name: 'a win',
      m: R,
      w: W,
      sentence:
        "Alpha wins under minimax regret: its largest regret, 6 points on legitimacy (behind Bravo), is smaller than every other option's largest regret.",
      order: [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
    },
    {
      name: 'a tie',
      m: matrix(
        ['a', 'b'],
        ['x', 'y'],
        [
          [4, 6],
          [6, 4],
        ],
      ),
      w: [1, 1],
      sentence:
        'Alpha and Bravo tie under minimax regret, each with a largest regret of 10 points.',
      order: [
        ['a', 1],
        ['b', 1],
      ],
    },
    {
      name: 'no regret',
      m: matrix(
        ['a', 'b'],
        ['x', 'y'],
        [
          [9, 9],
          [1, 1],
        ],
      ),
      w: [1, 1],
      sentence:
        'Alpha wins under minimax regret: it scores best on every criterion that carries weight, so it has no regret.',
      order: [
        ['a', 1],
        ['b', 2],
      ],
    },
    {
      name: 'regret only where weight lies',
      m: matrix(
        ['a', 'b'],
        ['x', 'y'],
        [
          [9, 0],
          [1, 10],
        ],
      ),
      w: [1, 0],
      sentence:
        'Alpha wins under minimax regret: it scores best on every criterion that carries weight, so it has no regret.',
      order: [
        ['a', 1],
        ['b', 2],
      ],
    },
  ])('handles $name', ({ m, w, sentence, order }) => {
    const r = minimaxRegretRule(m, w);
    expect(orderOf(r)).toEqual(order);
    expect(explainRule(r, labels)).toBe(sentence);
  });
});

describe('satisficingRule', () => {
  it.each([
    {
      name: 'rules out options below a minimum and ranks survivors by total',
      thresholds: { z: 4 },
      order: [
        ['b', 1],
        ['c', 2],
        ['a', null],
      ],
      winners: ['b'],
      sentence:
        'Bravo wins under satisficing: it meets every minimum score you set and has the highest total, 58, of the 2 options that do; Alpha falls short on legitimacy.',
    },
    {
      name: 'keeps an option that exactly meets a minimum',
      thresholds: { z: 5 },
      order: [
        ['b', 1],
        ['a', null],
        ['c', null],
      ],
      winners: ['b'],
      sentence:
        'Bravo wins under satisficing: it is the only option that meets every minimum score you set; Alpha and Charlie fall short on legitimacy.',
    },
    {
      name: 'says when no option survives',
      thresholds: { x: 10, y: 8 },
      order: [
        ['a', null],
        ['b', null],
        ['c', null],
      ],
      winners: [],
      sentence:
        'No option survives satisficing: every option falls below at least one of your minimum scores.',
    },
    {
      name: 'is the weighted sum when no minimum is set',
      thresholds: {},
      order: [
        ['a', 1],
        ['b', 2],
        ['c', 3],
      ],
      winners: ['a'],
      sentence:
        'Alpha wins under satisficing: with no minimum scores set, every option survives and its total, 76, is the highest.',
    },
  ])('$name', ({ thresholds, order, winners, sentence }) => {
    const r = satisficingRule(R, W, thresholds as Record<string, number>);
    expect(orderOf(r)).toEqual(order);
    expect(r.winners).toEqual(winners);
    expect(explainRule(r, labels)).toBe(sentence);
  });

  it('lists every shortfall of a ruled-out option', () => {
    const r = satisficingRule(R, W, { x: 10, y: 8 });
    expect(r.order.find((x) => x.option === 'b')!.shortfalls).toEqual([
      { criterion: 'x', score: 6, threshold: 10 },
      { criterion: 'y', score: 6, threshold: 8 },
    ]);
  });

  it('ties survivors with equal totals', () => {
    const m = matrix(
      ['a', 'b', 'c'],
      ['x', 'y'],
      [
        [4, 6],
        [6, 4],
        [9, 1],
      ],
    );
    const r = satisficingRule(m, [1, 1], { y: 2 });
    expect(orderOf(r)).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', null],
    ]);
    expect(explainRule(r, labels)).toBe(
      'Alpha and Bravo tie under satisficing: they meet every minimum score and share the highest total, 50.',
    );
  });

  it('rejects a minimum for an unknown criterion', () => {
    expect(() => satisficingRule(R, W, { nope: 3 })).toThrow(/unknown criterion "nope"/);
  });
});

describe('explainDisagreement', () => {
  it('says the rules agree when they pick the same winner', () => {
    const m = matrix(
      ['a', 'b'],
      ['x', 'y'],
      [
        [9, 9],
        [1, 1],
      ],
    );
    expect(explainDisagreement(allRules(m, { weights: [1, 1] }), labels)).toBe(
      'The rules agree: Alpha comes first under every rule.',
    );
  });

  it('explains each dissenting rule against the weighted sum', () => {
    const results = allRules(R, { weights: W, thresholds: { z: 4 } });
    expect(results.map((r) => r.winners)).toEqual([['a'], ['b'], ['a'], ['b']]);
    expect(explainDisagreement(results, labels)).toBe(
      [
        'The rules disagree: the weighted sum picks Alpha, but maximin picks Bravo and satisficing picks Bravo.',
        "Maximin looks only at each option's weakest criterion, and the worst score of Alpha, 2 on legitimacy, is below that of Bravo, 5; the weighted sum lets strengths elsewhere make up for it.",
        'Satisficing rules out Alpha: its score of 2 on legitimacy is below your minimum of 4.',
      ].join(' '),
    );
  });

  it('explains minimax regret and a rule that picks nothing', () => {
    // b leads the weighted sum narrowly but falls far behind a on heavily weighted x.
    const m = matrix(
      ['a', 'b'],
      ['x', 'y', 'z'],
      [
        [9, 2, 2],
        [5, 7, 7],
      ],
    );
    const results = allRules(m, { weights: [50, 25, 25], thresholds: { x: 10 } });
    expect(results.map((r) => r.winners)).toEqual([['b'], ['b'], ['a'], []]);
    const text = explainDisagreement(results, labels);
    expect(text).toContain('minimax regret picks Alpha');
    expect(text).toContain(
      'the largest regret of Bravo, 20 points on deterrence (behind Alpha), is larger than that of Alpha, 12.5',
    );
    expect(text).toContain('Satisficing rules out every option, so it picks none.');
  });

  it('handles an empty list', () => {
    expect(explainDisagreement([], labels)).toBe('There are no rule results to compare.');
  });
});

describe('option names in rule sentences', () => {
  // Labels as a newcomer's case might have them: one starts with "The", one is plural.
  const names: RuleLabels = {
    options: { a: 'The status quo', b: 'Parking and bus lanes', c: 'Charlie' },
    criteria: { x: 'deterrence', y: 'cost', z: 'legitimacy' },
  };

  it('lower-cases a leading "The" mid-sentence and keeps the capital at the start', () => {
    expect(explainRule(weightedSumRule(R, W), names)).toBe(
      'The status quo wins under the weighted sum: its total, 76, beats 58 for Parking and bus lanes.',
    );
    expect(explainRule(minimaxRegretRule(R, W), names)).toBe(
      "The status quo wins under minimax regret: its largest regret, 6 points on legitimacy (behind Parking and bus lanes), is smaller than every other option's largest regret.",
    );
  });

  it('never forms a possessive of a name', () => {
    const text = [
      ...allRules(R, { weights: W, thresholds: { z: 4 } }).map((r) => explainRule(r, names)),
      explainDisagreement(allRules(R, { weights: W, thresholds: { z: 4 } }), names),
    ].join(' ');
    expect(text).not.toMatch(/lanes's|quo's|The status quo's/);
    expect(text).not.toMatch(/[a-z,] The status quo/);
  });
});
