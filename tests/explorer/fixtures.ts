import { caseSchema, type Case, type CaseInput } from '@/lib/case/schema';

const quote = (q: string) => ({ kind: 'author' as const, quote: q });
const inference = { kind: 'inference' as const };

function option(
  id: string,
  label: string,
  scores: [number, number, number],
  kind: 'article-option' | 'author-recommendation' = 'article-option',
) {
  const [a, b, c] = scores;
  return {
    id,
    label,
    summary: `${label} in one line.`,
    kind,
    actions: [`Do ${label.toLowerCase()}.`],
    favouredBy: ['us'],
    articleWords: [`${label} is discussed.`],
    risks: [
      {
        id: `${id}-r1`,
        description: `${label} risk one.`,
        likelihood: 2,
        impact: 3,
        evidence: inference,
      },
      {
        id: `${id}-r2`,
        description: `${label} risk two.`,
        likelihood: 4,
        impact: 4,
        evidence: inference,
      },
      {
        id: `${id}-r3`,
        description: `${label} risk three.`,
        likelihood: 1,
        impact: 5,
        evidence: inference,
      },
      {
        id: `${id}-r4`,
        description: `${label} risk four.`,
        likelihood: 3,
        impact: 1,
        evidence: inference,
      },
    ],
    tradeOffs: [{ gains: `${label} gains.`, givesUp: `${label} gives up.`, evidence: inference }],
    assessments: {
      cost: {
        score: a,
        range: [Math.max(0, a - 1), Math.min(10, a + 1)] as [number, number],
        rationale: 'Cost.',
        evidence: quote('cheap'),
      },
      safety: {
        score: b,
        range: [b, b] as [number, number],
        rationale: 'Safety.',
        evidence: inference,
      },
      speed: {
        score: c,
        range: [c, c] as [number, number],
        rationale: 'Speed.',
        evidence: inference,
      },
    },
  };
}

/**
 * A small valid case with three criteria and three options. Under the default points
 * (50, 30, 20) the totals are Charlie 63, Alpha 62, Bravo 56 (no clear winner); under the
 * author's (10, 60, 30) Charlie 74, Bravo 70, Alpha 47; under equal points Charlie 66.7,
 * Bravo 60, Alpha 56.7.
 */
export const fixtureInput: CaseInput = {
  meta: {
    id: 'fixture-case',
    title: 'Fixture case',
    question: 'Which fixture wins?',
    decider: 'The tester',
    asOf: '2020-03-13',
    source: { publication: 'Test Gazette', date: '2020-03-13', author: 'A. Writer' },
  },
  context: { summary: ['A case for tests.'], timeline: [] },
  actors: [{ id: 'us', name: 'Us', wants: 'Passing tests', stances: {} }],
  criteria: [
    {
      id: 'cost',
      label: 'Cost',
      question: 'Is it cheap?',
      scale: { 0: 'ruinous', 5: 'fair', 10: 'free' },
      group: 'means',
      defaultWeight: 50,
    },
    {
      id: 'safety',
      label: 'Safety',
      question: 'Is it safe?',
      scale: { 0: 'deadly', 5: 'mixed', 10: 'safe' },
      group: 'ends',
      defaultWeight: 30,
    },
    {
      id: 'speed',
      label: 'Speed',
      question: 'Is it quick?',
      scale: { 0: 'never', 5: 'months', 10: 'now' },
      group: 'means',
      defaultWeight: 20,
    },
  ],
  options: [
    option('alpha', 'Alpha', [8, 4, 5]),
    option('bravo', 'Bravo', [4, 8, 6]),
    option('charlie', 'Charlie', [5, 8, 7], 'author-recommendation'),
  ],
  presets: [
    {
      id: 'equal',
      label: 'Equal',
      rationale: 'All alike.',
      weights: { cost: 1, safety: 1, speed: 1 },
    },
    {
      id: 'author',
      label: "Author's weights",
      rationale: 'As argued.',
      weights: { cost: 10, safety: 60, speed: 30 },
    },
  ],
  annotations: [],
  teaching: { questions: [], glossary: [] },
};

/** The fixture, validated: tests fail loudly if it stops matching the schema. */
export const fixtureCase: Case = caseSchema.parse(fixtureInput);
