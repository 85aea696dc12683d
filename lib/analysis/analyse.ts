import type { Case } from '@/lib/case/schema';
import {
  allRules,
  explainDisagreement,
  explainRule,
  matrixFromCase,
  normaliseWeights,
  rankAcceptability,
  rankOptions,
  smallestChange,
  stabilityInterval,
  weightedTotals,
  type DecisionMatrix,
  type RuleLabels,
  type SmaaResult,
} from '@/lib/decision';

/**
 * The full analysis of one case under one weighting: totals and ranks, every criterion's
 * stability interval, the smallest weight change that changes the leader, SMAA-2 rank
 * acceptabilities and every decision rule with its sentence. One implementation for the CLI
 * (`npm run analyze`), the explorer and a class aggregate.
 */

/** What to analyse with. */
export interface AnalysisSettings {
  /** Importance points in case criteria order; null or absent means the case's defaults. */
  readonly weights?: readonly number[] | null;
  /** SMAA samples (≥ 1). */
  readonly samples: number;
  /** SMAA seed, so a run can be reproduced. */
  readonly seed: number;
  /** Dirichlet concentration around `weights`; null samples any weights (uniform). */
  readonly concentration: number | null;
  /** Satisficing minimums by criterion id (0–10); ids must be the case's. */
  readonly thresholds?: Readonly<Record<string, number>>;
  /**
   * The scores to use, e.g. the case's with the reader's own scores in place; absent means
   * the case's. Its criteria and options must be the case's, in case order.
   */
  readonly matrix?: DecisionMatrix;
}

/** Everything the analysis found, as one JSON-ready document. */
export interface Analysis {
  readonly case: { readonly id: string; readonly title: string };
  readonly options: readonly { readonly id: string; readonly label: string }[];
  readonly criteria: readonly { readonly id: string; readonly label: string }[];
  readonly weights: { readonly points: readonly number[]; readonly normalised: readonly number[] };
  readonly ranking: readonly {
    readonly option: string;
    readonly rank: number;
    readonly total: number;
  }[];
  readonly stability: readonly ReturnType<typeof stabilityInterval>[];
  readonly smallestChange: ReturnType<typeof smallestChange>;
  readonly smaa: SmaaResult;
  readonly thresholds: Readonly<Record<string, number>>;
  readonly rules: readonly (ReturnType<typeof allRules>[number] & { readonly sentence: string })[];
  readonly disagreement: string;
}

/** The case's default importance points, in criteria order. */
export function defaultCasePoints(c: Pick<Case, 'criteria'>): number[] {
  return c.criteria.map((k) => k.defaultWeight);
}

/**
 * Runs every measure for a validated case. Throws a RangeError when `weights` does not have
 * one entry per criterion (callers that take weights from a user should check first and say
 * which criteria, in which order, they expected). SMAA dominates the cost: about linear in
 * `samples`.
 */
export function analyse(c: Case, settings: AnalysisSettings): Analysis {
  const matrix = settings.matrix ?? matrixFromCase(c);
  const points = settings.weights ?? defaultCasePoints(c);
  if (points.length !== c.criteria.length) {
    throw new RangeError(`expected ${c.criteria.length} weights, got ${points.length}`);
  }
  const thresholds = settings.thresholds ?? {};
  const normalised = normaliseWeights(points);
  const labels: RuleLabels = {
    options: Object.fromEntries(c.options.map((o) => [o.id, o.shortLabel ?? o.label])),
    criteria: Object.fromEntries(c.criteria.map((k) => [k.id, k.label])),
  };
  const rules = allRules(matrix, { weights: points, thresholds });
  return {
    case: { id: c.meta.id, title: c.meta.title },
    options: c.options.map((o) => ({ id: o.id, label: o.label })),
    criteria: c.criteria.map((k) => ({ id: k.id, label: k.label })),
    weights: { points, normalised },
    ranking: rankOptions(matrix.options, weightedTotals(matrix.scores, normalised)).map((r) => ({
      option: r.option,
      rank: r.rank,
      total: r.total,
    })),
    stability: matrix.criteria.map((_, j) => stabilityInterval(matrix, points, j)),
    smallestChange: smallestChange(matrix, points),
    smaa: rankAcceptability(matrix, {
      samples: settings.samples,
      seed: settings.seed,
      weights:
        settings.concentration === null
          ? { kind: 'uniform' }
          : { kind: 'around', weights: points, concentration: settings.concentration },
    }),
    thresholds,
    rules: rules.map((r) => ({ ...r, sentence: explainRule(r, labels) })),
    disagreement: explainDisagreement(rules, labels),
  };
}
