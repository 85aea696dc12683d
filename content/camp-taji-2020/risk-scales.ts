import type { RiskScalesInput } from '@/lib/case/schema';

/** Impact words for what is at stake here: U.S. lives and aims, and Iraq itself. */
export const riskScales = {
  impact: [
    { label: 'Minimal', meaning: 'a passing setback, easily absorbed' },
    { label: 'Minor', meaning: 'a setback that costs time or standing' },
    { label: 'Moderate', meaning: 'a lasting setback to one U.S. aim' },
    { label: 'Major', meaning: 'loss of life or of a core U.S. aim' },
    { label: 'Severe', meaning: 'wider war or the strategic loss of Iraq' },
  ],
} satisfies RiskScalesInput;
