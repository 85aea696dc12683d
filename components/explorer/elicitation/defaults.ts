import type {
  MethodCriterion,
  PairwiseElicitation,
  RankingElicitation,
  SwingElicitation,
} from './types';

/**
 * Each guided method's starting point, kept apart from the methods so the always-loaded
 * switch does not pull their code into the page's first load.
 */

/** The rating a swing gets before the reader rates it. */
export const DEFAULT_RATING = 50;

/** Every pair of criteria in case order: (0,1), (0,2), … (1,2), … */
export function pairsOf(criteria: readonly MethodCriterion[]): [string, string][] {
  const out: [string, string][] = [];
  criteria.forEach((a, i) => criteria.slice(i + 1).forEach((b) => out.push([a.id, b.id])));
  return out;
}

/** Ranking: the case's criteria order, no ties. */
export function defaultRanking(criteria: readonly MethodCriterion[]): RankingElicitation {
  return { method: 'ranking', tiers: criteria.map((k) => [k.id]) };
}

/** Pairwise: every pair judged equal. */
export function defaultPairwise(criteria: readonly MethodCriterion[]): PairwiseElicitation {
  return {
    method: 'pairwise',
    judgements: pairsOf(criteria).map(([a, b]) => ({ a, b, more: 'equal', value: 1 })),
  };
}

/** Swing: the case's criteria order, the top swing 100 and the others 50. */
export function defaultSwing(criteria: readonly MethodCriterion[]): SwingElicitation {
  return {
    method: 'swing',
    tiers: criteria.map((k) => [k.id]),
    ratings: Object.fromEntries(criteria.map((k, i) => [k.id, i === 0 ? 100 : DEFAULT_RATING])),
  };
}
