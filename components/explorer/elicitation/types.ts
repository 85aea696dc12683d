import type { Elicitation } from '@/lib/stance/schema';

/** A criterion as the elicitation methods need it. */
export interface MethodCriterion {
  readonly id: string;
  readonly label: string;
}

/** A criterion's scale words at 0 (worst) and 10 (best), for the swing method. */
export interface SwingScale {
  readonly worst: string;
  readonly best: string;
}

export type RankingElicitation = Extract<Elicitation, { method: 'ranking' }>;
export type PairwiseElicitation = Extract<Elicitation, { method: 'pairwise' }>;
export type SwingElicitation = Extract<Elicitation, { method: 'swing' }>;

/** What every guided method shares: its criteria, its draft and how to apply it. */
export interface MethodProps<E extends Elicitation> {
  readonly criteria: readonly MethodCriterion[];
  /** The method's current judgements (controlled). */
  readonly value: E;
  readonly onChange: (value: E) => void;
  /** Called with weights that sum to 1, keyed by criterion id, and the judgements behind them. */
  readonly onApply: (weights: Record<string, number>, elicitation: E) => void;
}

/** A guided method: one that fills the sliders from judgements. */
export type GuidedMethod = Exclude<Elicitation['method'], 'direct'>;

/** The ways to set weights: the sliders themselves, or a guided method. */
export type MethodName = 'sliders' | GuidedMethod;
