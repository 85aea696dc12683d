import { IMPACT_SCALE, LIKELIHOOD_SCALE } from '@/lib/case/schema';

/** The scale words for a risk, e.g. "Likely × Major". */
export function riskWords(risk: { likelihood: number; impact: number }): string {
  const l = LIKELIHOOD_SCALE[risk.likelihood - 1]?.label ?? `likelihood ${risk.likelihood}`;
  const i = IMPACT_SCALE[risk.impact - 1]?.label ?? `impact ${risk.impact}`;
  return `${l} × ${i}`;
}
