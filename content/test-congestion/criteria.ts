import type { CriterionInput } from '@/lib/case/schema';

/** Five criteria, each phrased so that higher is better. */
export const criteria = [
  {
    id: 'traffic',
    label: 'Less congestion',
    question: 'How much does this cut rush-hour traffic in the centre?',
    scale: {
      0: 'Traffic gets worse',
      5: 'Traffic stays about where it is',
      10: 'Traffic falls sharply',
    },
    group: 'Benefits',
    defaultWeight: 50,
  },
  {
    id: 'air',
    label: 'Cleaner air',
    question: 'How much does this improve air quality in the centre?',
    scale: {
      0: 'Air gets worse',
      5: 'Air quality is roughly unchanged',
      10: 'Air is clearly cleaner',
    },
    group: 'Benefits',
    defaultWeight: 50,
  },
  {
    id: 'fairness',
    label: 'Fairness to low earners',
    question: 'How well does this spare people on low incomes?',
    scale: {
      0: 'Low earners bear most of the cost',
      5: 'Costs fall evenly',
      10: 'Low earners gain most',
    },
    group: 'Fairness',
    defaultWeight: 50,
  },
  {
    id: 'budget',
    label: 'Affordability',
    question: 'How affordable is this for the town’s budget?',
    scale: {
      0: 'Needs large new spending',
      5: 'Pays for itself',
      10: 'Raises money for other uses',
    },
    group: 'Costs',
    defaultWeight: 50,
  },
  {
    id: 'feasibility',
    label: 'Feasibility',
    question: 'How readily can the council put this in place within a year?',
    scale: { 0: 'Cannot be done', 5: 'Possible, with obstacles', 10: 'Can start at once' },
    group: 'Practicality',
    defaultWeight: 50,
  },
] satisfies CriterionInput[];
