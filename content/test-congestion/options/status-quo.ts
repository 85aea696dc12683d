import type { OptionInput } from '@/lib/case/schema';

/** Doing nothing; a label that starts with "The", to test names mid-sentence. */
export const statusQuo = {
  id: 'status-quo',
  label: 'The status quo',
  summary: 'Change nothing for now and review the traffic next year.',
  kind: 'option',
  actions: ['Count traffic again next year'],
  favouredBy: ['drivers'],
  articleWords: [],
  risks: [
    {
      id: 'worse',
      description: 'Traffic keeps growing and the problem costs more to fix later.',
      likelihood: 3,
      impact: 3,
      evidence: { kind: 'inference', basis: 'Traffic has been growing; nothing stops it.' },
    },
  ],
  tradeOffs: [
    {
      gains: 'No cost and no disruption now.',
      givesUp: 'Any improvement in traffic or air.',
      evidence: { kind: 'inference', basis: 'Follows from doing nothing.' },
    },
  ],
  assessments: {
    traffic: {
      score: 4,
      range: [3, 5],
      rationale: 'Traffic stays about where it is, or slowly grows.',
      evidence: { kind: 'inference', basis: 'Nothing changes.' },
    },
    air: {
      score: 5,
      range: [4, 5],
      rationale: 'Air quality is roughly unchanged.',
      evidence: { kind: 'inference', basis: 'Nothing changes.' },
    },
    fairness: {
      score: 5,
      range: [4, 6],
      rationale: 'No one pays anything new.',
      evidence: { kind: 'inference', basis: 'Nothing changes.' },
    },
    budget: {
      score: 7,
      range: [6, 8],
      rationale: 'Costs nothing now.',
      evidence: { kind: 'inference', basis: 'Nothing is spent.' },
    },
    feasibility: {
      score: 10,
      range: [10, 10],
      rationale: 'Nothing to put in place.',
      evidence: { kind: 'inference', basis: 'Nothing changes.' },
    },
  },
} satisfies OptionInput;
