import type { Case, DiscussionQuestion } from '@/lib/case/schema';
import type { ClassResults } from '@/lib/class/contract';
import { normaliseWeights } from '@/lib/decision';
import { AUTHOR_PRESET_ID } from '@/lib/explorer/model';
import { joinLabels, midSentence } from '@/lib/explorer/format';
import { questionsAbout } from './discussion';

/**
 * What the class results views need to know about a case besides the results themselves:
 * labels, the author's weights and the discussion questions. Plain data, so a server page can
 * build it once and pass it to client components.
 */
export interface ResultsContext {
  readonly caseId: string;
  readonly criteria: readonly { readonly id: string; readonly label: string }[];
  readonly options: readonly { readonly id: string; readonly shortLabel: string }[];
  /** The author preset's normalised shares by criterion id, or null when the case has none. */
  readonly authorShares: Readonly<Record<string, number>> | null;
  readonly questions: readonly DiscussionQuestion[];
  /** The case's presets, which are the roles a student may argue as. */
  readonly roles: readonly { readonly id: string; readonly label: string }[];
}

/** Builds the results context from a validated case (criteria, options and presets in case order). */
export function resultsContextFromCase(c: Case): ResultsContext {
  const author = c.presets.find((p) => p.id === AUTHOR_PRESET_ID);
  const shares = author ? normaliseWeights(c.criteria.map((k) => author.weights[k.id] ?? 0)) : null;
  return {
    caseId: c.meta.id,
    criteria: c.criteria.map((k) => ({ id: k.id, label: k.label })),
    options: c.options.map((o) => ({ id: o.id, shortLabel: o.shortLabel ?? o.label })),
    authorShares: shares
      ? Object.fromEntries(c.criteria.map((k, j) => [k.id, shares[j] ?? 0]))
      : null,
    questions: c.teaching.questions,
    roles: c.presets.map((p) => ({ id: p.id, label: p.label })),
  };
}

/** One row of the "First choices" table. */
export interface FirstChoiceRow {
  readonly optionId: string;
  readonly label: string;
  readonly count: number;
}

/**
 * First-choice counts for every option in the case's order (never sorted by count, so rows do
 * not jump on a projector as counts change). An option the results omit counts 0.
 */
export function firstChoiceRows(
  counts: readonly { optionId: string; count: number }[],
  ctx: Pick<ResultsContext, 'options'>,
): FirstChoiceRow[] {
  const byId = new Map(counts.map((c) => [c.optionId, c.count]));
  return ctx.options.map((o) => ({
    optionId: o.id,
    label: o.shortLabel,
    count: byId.get(o.id) ?? 0,
  }));
}

/** A criterion's spread, labelled, in the case's criteria order. */
export type SpreadRow = NonNullable<ClassResults['spread']>[number] & {
  readonly label: string;
  /** The author's share for this criterion, or null. */
  readonly author: number | null;
  /** The class's mean share, or null when the results lack it. */
  readonly mean: number | null;
};

/** The spread of each criterion in case order, with its label, mean and the author's share. */
export function spreadRows(results: ClassResults, ctx: ResultsContext): SpreadRow[] {
  const spread = new Map((results.spread ?? []).map((s) => [s.criterionId, s]));
  const mean = new Map((results.meanWeights ?? []).map((m) => [m.criterionId, m.share]));
  return ctx.criteria.flatMap((k) => {
    const s = spread.get(k.id);
    return s
      ? [
          {
            ...s,
            label: k.label,
            author: ctx.authorShares?.[k.id] ?? null,
            mean: mean.get(k.id) ?? null,
          },
        ]
      : [];
  });
}

/** The ranking under the class's mean weights, in the case's option order with each rank. */
export function meanRankingRows(
  results: ClassResults,
  ctx: Pick<ResultsContext, 'options'>,
): { optionId: string; label: string; rank: number; total: number }[] {
  const byId = new Map((results.meanRanking ?? []).map((r) => [r.optionId, r]));
  return ctx.options.flatMap((o) => {
    const r = byId.get(o.id);
    return r ? [{ optionId: o.id, label: o.shortLabel, rank: r.rank, total: r.total }] : [];
  });
}

/**
 * The most-disputed criteria (widest interquartile range first, at most `limit`), each with the
 * discussion questions whose `relatesTo` names it. A question naming several of them is listed
 * once, under the widest, so the debrief does not repeat itself.
 */
export function disputedCriteria(
  results: ClassResults,
  ctx: ResultsContext,
  limit = 3,
): { criterionId: string; label: string; iqr: number; questions: DiscussionQuestion[] }[] {
  const spread = new Map((results.spread ?? []).map((s) => [s.criterionId, s]));
  const offered = new Set<string>();
  return (results.disagreement?.criteria ?? []).slice(0, limit).flatMap((id) => {
    const k = ctx.criteria.find((c) => c.id === id);
    const s = spread.get(id);
    if (!k || !s) return [];
    const questions = questionsAbout(ctx.questions, id).filter((q) => !offered.has(q.id));
    questions.forEach((q) => offered.add(q.id));
    return [{ criterionId: id, label: k.label, iqr: s.q3 - s.q1, questions }];
  });
}

/**
 * The sentence placing a student in the class: "Your weights rank the high road first, like 9
 * of 27 classmates." `you.sameAsYou` counts the *other* participants sharing a first choice, so
 * classmates are `submitted − 1`. Returns null when there is nothing to say.
 */
export function whereYouStand(
  you: ClassResults['you'],
  submitted: number,
  ctx: Pick<ResultsContext, 'options'>,
): string | null {
  if (!you || you.firstChoices.length === 0) return null;
  const labels = you.firstChoices.map(
    (id) => ctx.options.find((o) => o.id === id)?.shortLabel ?? id,
  );
  const named = joinLabels(labels.map(midSentence));
  const first = labels.length > 1 ? `${named} joint first` : `${named} first`;
  const classmates = Math.max(0, submitted - 1);
  if (classmates === 0) return `Your weights rank ${first}. No classmate has submitted yet.`;
  const noun = classmates === 1 ? 'classmate' : 'classmates';
  return you.sameAsYou === 0
    ? `Your weights rank ${first}; none of your ${classmates} ${noun} agree.`
    : `Your weights rank ${first}, like ${you.sameAsYou} of ${classmates} ${noun}.`;
}
