import {
  CR_ACCEPTABLE,
  nearestSaaty,
  type Inconsistency,
  type SaatyJudgement,
} from '@/lib/decision/elicitation';

/**
 * Words for weight elicitation: Saaty's verbal scale, the consistency ratio and the
 * judgements worth revisiting. The maths (lib/decision/elicitation) returns numbers and ids;
 * these functions turn them into sentences given the criteria's labels.
 */

/** Saaty's verbal scale, index = value − 1 (1 = equally … 9 = extremely). */
export const SAATY_WORDS: readonly string[] = [
  'equally',
  'equally to moderately more',
  'moderately more',
  'moderately to strongly more',
  'strongly more',
  'strongly to very strongly more',
  'very strongly more',
  'very strongly to extremely more',
  'extremely more',
];

/** The words for a Saaty value 1–9 ("strongly more"); out-of-range values are clamped. */
export function saatyWords(value: number): string {
  return SAATY_WORDS[Math.min(9, Math.max(1, Math.round(value))) - 1]!;
}

/** Criterion labels by id; an unknown id is shown as itself. */
export type LabelOf = (id: string) => string;

/**
 * A judgement between `a` and `b` in words: "Deterrence matters strongly more (5) than cost",
 * or "Deterrence and cost matter equally". Labels are used as given.
 */
export function judgementSentence(a: string, b: string, j: SaatyJudgement, label: LabelOf): string {
  if (j.more === 'equal' || j.value === 1) return `${label(a)} and ${label(b)} matter equally`;
  const [hi, lo] = j.more === 'a' ? [a, b] : [b, a];
  return `${label(hi)} matters ${saatyWords(j.value)} (${j.value}) than ${label(lo)}`;
}

/** A consistency ratio to two decimals, e.g. `0.07`. */
export function formatRatio(cr: number): string {
  return cr.toFixed(2);
}

/**
 * The consistency ratio in one sentence. `cr` null means too many criteria for Saaty's table;
 * `ci` is then given instead.
 */
export function consistencySentence(cr: number | null, ci: number): string {
  if (cr === null) {
    return `Consistency index ${formatRatio(ci)}. Saaty's table has no random index beyond 10 criteria, so no consistency ratio is given.`;
  }
  if (cr <= CR_ACCEPTABLE) {
    return `Consistency ratio ${formatRatio(cr)}: your judgements hang together (0.10 or less is the usual threshold).`;
  }
  return `Consistency ratio ${formatRatio(cr)}: your judgements contradict each other more than the usual threshold of 0.10 allows. Revisit the ones below.`;
}

/**
 * What to reconsider about one inconsistent judgement: what was said and what the other
 * judgements imply, e.g. "You said cost matters strongly more (5) than safety; your other
 * judgements suggest safety matters moderately more (3) than cost."
 */
export function inconsistencySentence(x: Inconsistency, label: LabelOf): string {
  const said = judgementSentence(x.a, x.b, nearestSaaty(x.ratio), label);
  const suggested = judgementSentence(x.a, x.b, x.suggestion, label);
  return `You said ${said}; your other judgements suggest ${suggested}.`;
}
