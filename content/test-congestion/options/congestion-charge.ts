import type { OptionInput } from '@/lib/case/schema';

/** A rush-hour charge: the option the (fictional) transport office recommends. */
export const congestionCharge = {
  id: 'congestion-charge',
  label: 'A rush-hour congestion charge',
  shortLabel: 'The charge',
  summary: 'Charge drivers to enter the centre on weekday mornings and evenings.',
  kind: 'option',
  recommendedBy: 'the town’s transport office',
  actions: ['Set up cameras at the entrances to the centre', 'Charge a fee at rush hour'],
  favouredBy: ['bus-riders'],
  articleWords: [],
  risks: [
    {
      id: 'backlash',
      description: 'Drivers campaign against the charge before it starts.',
      likelihood: 4,
      impact: 3,
      evidence: {
        kind: 'inference',
        basis: 'Charges that cost voters money tend to be unpopular.',
      },
    },
  ],
  tradeOffs: [
    {
      gains: 'Less traffic and money for buses.',
      givesUp: 'Free driving into the centre.',
      evidence: { kind: 'inference', basis: 'Follows from charging for entry.' },
    },
  ],
  assessments: {
    traffic: {
      score: 8,
      range: [6, 9],
      rationale: 'A price at the busiest times removes the trips people value least.',
      evidence: { kind: 'inference', basis: 'Our reading of how pricing works.' },
    },
    air: {
      score: 7,
      range: [5, 8],
      rationale: 'Fewer cars idling in queues means cleaner air.',
      evidence: { kind: 'inference', basis: 'Follows from less traffic.' },
    },
    fairness: {
      score: 3,
      range: [2, 5],
      rationale: 'A flat fee weighs most on low earners who must drive.',
      evidence: { kind: 'inference', basis: 'A flat charge is a larger share of a small income.' },
    },
    budget: {
      score: 9,
      range: [7, 10],
      rationale: 'The charge raises money once the cameras are paid for.',
      evidence: { kind: 'inference', basis: 'Our estimate; nothing is costed.' },
    },
    feasibility: {
      score: 4,
      range: [2, 6],
      rationale: 'Cameras, payment and enforcement take time to set up.',
      evidence: { kind: 'inference', basis: 'Our estimate; nothing is planned.' },
    },
  },
} satisfies OptionInput;
