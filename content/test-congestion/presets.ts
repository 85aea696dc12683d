import type { PresetInput } from '@/lib/case/schema';

/** Equal weights and two invented viewpoints; no author preset, as there is no source. */
export const presets = [
  {
    id: 'equal',
    label: 'Equal weights',
    rationale: 'Every criterion counts the same.',
    weights: { traffic: 50, air: 50, fairness: 50, budget: 50, feasibility: 50 },
  },
  {
    id: 'treasurer',
    label: 'Town treasurer',
    rationale: 'The budget first, then what can be done quickly.',
    weights: { traffic: 30, air: 20, fairness: 20, budget: 100, feasibility: 70 },
  },
  {
    id: 'clean-air',
    label: 'Clean-air campaigner',
    rationale: 'Air quality and traffic matter most.',
    weights: { traffic: 80, air: 100, fairness: 40, budget: 10, feasibility: 30 },
  },
] satisfies PresetInput[];
