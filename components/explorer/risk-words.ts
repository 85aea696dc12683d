import type { RiskScaleStep } from '@/lib/case/schema';

/** The scale words for a risk in the case's own risk scales, e.g. "Likely × Major". */
export function riskWords(
  risk: { likelihood: number; impact: number },
  scales: { likelihood: readonly RiskScaleStep[]; impact: readonly RiskScaleStep[] },
): string {
  const l = scales.likelihood[risk.likelihood - 1]?.label ?? `likelihood ${risk.likelihood}`;
  const i = scales.impact[risk.impact - 1]?.label ?? `impact ${risk.impact}`;
  return `${l} × ${i}`;
}
