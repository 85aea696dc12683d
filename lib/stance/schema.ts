import * as z from 'zod/mini';

/**
 * The reader's stance: everything they choose about a case, keyed by criterion and option
 * ids (never by position), so it survives a case's criteria or options being reordered or
 * added to. One schema serves the share link, local storage and a class submission. zod's
 * mini build keeps it small enough to ship to the browser.
 *
 * A stance is validated in two steps: `stanceSchema` checks its shape, `checkStanceForCase`
 * checks its ids against one case. Callers must do both before trusting a stance.
 */

import { STANCE_VERSION } from './version';

export { STANCE_VERSION };

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const stanceId = z.string().check(z.regex(idPattern), z.maxLength(64));

/** Importance points for one criterion: a whole number from 0 to 100. */
export const pointsSchema = z.number().check(z.int(), z.minimum(0), z.maximum(100));

/** A score on the case's 0–10 scale. */
export const stanceScoreSchema = z.number().check(z.minimum(0), z.maximum(10));

/** A Saaty judgement between two criteria: `a` vs `b`, >1 favours `a`, 1/x favours `b`. */
export const pairwiseJudgementSchema = z.object({
  a: stanceId,
  b: stanceId,
  /** 1–9 on Saaty's scale, towards `more` (`a`, `b`, or `equal` with value 1). */
  more: z.enum(['a', 'b', 'equal']),
  value: z.number().check(z.int(), z.minimum(1), z.maximum(9)),
});

/**
 * How the weights were set, with the raw judgements so a method can be reopened. `ranking`
 * and `swing` hold tiers of criterion ids, most important first; ids in one tier are tied.
 */
export const elicitationSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('direct') }),
  z.object({ method: z.literal('ranking'), tiers: z.array(z.array(stanceId)) }),
  z.object({ method: z.literal('pairwise'), judgements: z.array(pairwiseJudgementSchema) }),
  z.object({
    method: z.literal('swing'),
    tiers: z.array(z.array(stanceId)),
    /** Each criterion's swing rated against the top swing's 100. */
    ratings: z.record(stanceId, pointsSchema),
  }),
]);

/** The robustness panels' settings. */
export const robustnessSettingsSchema = z.object({
  /** 0 = "exactly my weights" … 100 = "any weights at all". */
  concentration: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  /** SMAA draws (the panel offers 5,000 to 1,000,000). */
  samples: z.optional(z.number().check(z.int(), z.minimum(100), z.maximum(1_000_000))),
  /** SMAA's random seed, so a shared result can be reproduced exactly. */
  seed: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(4_294_967_295))),
  /** The criterion id whose sensitivity chart is shown. */
  sweep: z.optional(stanceId),
});

/** The stance itself. Unknown fields are rejected, so a foreign value is noticed. */
export const stanceSchema = z.strictObject({
  v: z.literal(STANCE_VERSION),
  /** The case this stance is about. */
  caseId: stanceId,
  /** Importance points per criterion id. */
  weights: z.record(stanceId, pointsSchema),
  /** How the weights were set; absent means direct points. */
  elicitation: z.optional(elicitationSchema),
  /** The reader's own scores, by option id then criterion id. */
  disputes: z.optional(z.record(stanceId, z.record(stanceId, stanceScoreSchema))),
  /** Satisficing minimums per criterion id (0–10). */
  minimums: z.optional(z.record(stanceId, stanceScoreSchema)),
  robustness: z.optional(robustnessSettingsSchema),
});

/** A stance whose shape has been validated. */
export type Stance = z.infer<typeof stanceSchema>;
export type Elicitation = z.infer<typeof elicitationSchema>;
export type PairwiseJudgement = z.infer<typeof pairwiseJudgementSchema>;
export type RobustnessSettings = z.infer<typeof robustnessSettingsSchema>;
/** The reader's own scores: option id → criterion id → score. */
export type Disputes = NonNullable<Stance['disputes']>;

/** The ids a stance may name: one case's criteria and options. */
export interface StanceCaseIds {
  readonly caseId: string;
  readonly criteria: readonly string[];
  readonly options: readonly string[];
}

/** Why a well-shaped stance does not fit a case. */
export type StanceProblem =
  | { readonly kind: 'other-case'; readonly caseId: string }
  | { readonly kind: 'unknown-criterion'; readonly id: string; readonly path: string }
  | { readonly kind: 'unknown-option'; readonly id: string; readonly path: string }
  | { readonly kind: 'missing-criterion'; readonly id: string };

/**
 * Checks a shape-valid stance against a case's ids. Returns every problem (an empty array
 * means it fits). A criterion the stance does not weigh is `missing-criterion`: callers that
 * can fill it with the case's default (a share link made before a criterion was added) may
 * do so, but must tell the reader; a class submission must weigh every criterion.
 */
export function checkStanceForCase(stance: Stance, ids: StanceCaseIds): StanceProblem[] {
  const problems: StanceProblem[] = [];
  if (stance.caseId !== ids.caseId) problems.push({ kind: 'other-case', caseId: stance.caseId });
  const criteria = new Set(ids.criteria);
  const options = new Set(ids.options);
  const criterion = (id: string, path: string) => {
    if (!criteria.has(id)) problems.push({ kind: 'unknown-criterion', id, path });
  };
  for (const id of Object.keys(stance.weights)) criterion(id, `weights.${id}`);
  for (const id of ids.criteria) {
    if (!(id in stance.weights)) problems.push({ kind: 'missing-criterion', id });
  }
  for (const [optionId, cells] of Object.entries(stance.disputes ?? {})) {
    if (!options.has(optionId)) {
      problems.push({ kind: 'unknown-option', id: optionId, path: `disputes.${optionId}` });
    }
    for (const id of Object.keys(cells)) criterion(id, `disputes.${optionId}.${id}`);
  }
  for (const id of Object.keys(stance.minimums ?? {})) criterion(id, `minimums.${id}`);
  if (stance.robustness?.sweep !== undefined)
    criterion(stance.robustness.sweep, 'robustness.sweep');
  const e = stance.elicitation;
  if (e?.method === 'ranking' || e?.method === 'swing') {
    e.tiers.forEach((tier, i) => tier.forEach((id) => criterion(id, `elicitation.tiers.${i}`)));
  }
  if (e?.method === 'swing') {
    for (const id of Object.keys(e.ratings)) criterion(id, `elicitation.ratings.${id}`);
  }
  if (e?.method === 'pairwise') {
    e.judgements.forEach((j, i) => {
      criterion(j.a, `elicitation.judgements.${i}.a`);
      criterion(j.b, `elicitation.judgements.${i}.b`);
    });
  }
  return problems;
}

/** The weights of a stance as points in `criteria` order (a criterion it lacks gets `fallback`). */
export function stancePoints(
  stance: Pick<Stance, 'weights'>,
  criteria: readonly string[],
  fallback: (id: string) => number = () => 0,
): number[] {
  return criteria.map((id) => stance.weights[id] ?? fallback(id));
}
