import type { OptionInput } from '@/lib/case/schema';

/** Fewer parking spaces and more bus lanes; a plural label, to test possessives. */
export const parkingBusLanes = {
  id: 'parking-bus-lanes',
  label: 'Parking and bus lanes',
  summary: 'Turn some central parking into bus lanes and raise parking prices.',
  kind: 'option',
  actions: ['Paint bus lanes on the main roads', 'Remove a third of central parking'],
  favouredBy: ['bus-riders'],
  articleWords: [],
  risks: [
    {
      id: 'shops',
      description: 'Shops in the centre lose customers who used to park outside.',
      likelihood: 3,
      impact: 2,
      evidence: { kind: 'inference', basis: 'Some shoppers drive and park close by.' },
    },
  ],
  tradeOffs: [
    {
      gains: 'Faster, more reliable buses.',
      givesUp: 'Parking close to the shops.',
      evidence: { kind: 'inference', basis: 'Follows from reallocating road space.' },
    },
  ],
  assessments: {
    traffic: {
      score: 6,
      range: [4, 7],
      rationale: 'Some drivers switch to faster buses; others circle for parking.',
      evidence: { kind: 'inference', basis: 'Our reading of both effects.' },
    },
    air: {
      score: 6,
      range: [4, 7],
      rationale: 'Somewhat fewer car trips into the centre.',
      evidence: { kind: 'inference', basis: 'Follows from fewer car trips.' },
    },
    fairness: {
      score: 7,
      range: [5, 8],
      rationale: 'Bus riders, often on lower incomes, gain most.',
      evidence: { kind: 'inference', basis: 'Our assumption about who rides buses here.' },
    },
    budget: {
      score: 6,
      range: [4, 7],
      rationale: 'Paint is cheap and parking fees rise.',
      evidence: { kind: 'inference', basis: 'Our estimate; nothing is costed.' },
    },
    feasibility: {
      score: 8,
      range: [6, 9],
      rationale: 'The council controls the roads and parking already.',
      evidence: { kind: 'inference', basis: 'Needs no new powers.' },
    },
  },
} satisfies OptionInput;
