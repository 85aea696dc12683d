/**
 * What the decision-rules table shows for each rule: the order with a place and a value in
 * words. The rules themselves (and their one-sentence reasons) come from lib/decision/rules.
 */

import type { RuleName, RuleResult } from '@/lib/decision/rules';
import { capitalise, formatScore, joinLabels } from '@/lib/explorer/format';
import { nameOf, type Names } from '@/lib/words/names';

/**
 * The default minimum acceptable score for satisficing, on every criterion: 2 on the 0–10 scale
 * rules out only an option that comes close to the worst outcome a criterion describes, so the
 * rule starts by doing something visible without being drastic. 0 means "no minimum".
 */
export const DEFAULT_MINIMUM = 2;

/** Bounds of a minimum score (the scale of the scores). */
export const MINIMUM_RANGE = { min: 0, max: 10 } as const;

/** Rule names as table headings. */
export const RULE_HEADINGS: Readonly<Record<RuleName, string>> = {
  'weighted-sum': 'Weighted sum',
  maximin: 'Maximin',
  'minimax-regret': 'Minimax regret',
  satisficing: 'Satisficing',
};

/** What each rule asks, in one line under its heading. */
export const RULE_QUESTIONS: Readonly<Record<RuleName, string>> = {
  'weighted-sum': 'Highest total under your weights: strengths can make up for weaknesses.',
  maximin: 'Best worst score: judge each option by its weakest criterion.',
  'minimax-regret':
    'Smallest worst regret: how far, at most, each option falls behind the best on a criterion, weighted.',
  satisficing:
    'Rule out any option below your minimum on any criterion, then rank the rest by total.',
};

/**
 * The satisficing thresholds to pass to lib/decision: criterion id → minimum, for minimums above
 * 0 only (0 means "no minimum"; leaving it out keeps the rule's "no minimums set" wording).
 * `minimums` follows `criteria`; a missing or non-finite entry counts as 0.
 */
export function activeThresholds(
  criteria: readonly string[],
  minimums: readonly number[],
): Record<string, number> {
  const out: Record<string, number> = {};
  criteria.forEach((id, k) => {
    const v = minimums[k];
    if (v !== undefined && Number.isFinite(v) && v > 0) out[id] = v;
  });
  return out;
}

/** One option's line in a rule's order. */
export interface RuleOrderItem {
  readonly option: string;
  /** "1", "2=", … for ranked options (= marks a shared place); null when ruled out. */
  readonly place: string | null;
  /** The value the rule ranks by, in words: "total 52.5", "worst score 4", … */
  readonly value: string;
}

function points(x: number): string {
  return String(Math.round(x * 10) / 10);
}

/**
 * The rule's full order, best first, with what it ranks by in words. Satisficing lists survivors
 * first, then ruled-out options with the criterion that ruled each out.
 */
export function ruleOrder(result: RuleResult, names: Names): RuleOrderItem[] {
  const ranks = result.order.map((r) => r.rank);
  const place = (rank: number | null) =>
    rank === null ? null : `${rank}${ranks.filter((x) => x === rank).length > 1 ? '=' : ''}`;
  switch (result.rule) {
    case 'weighted-sum':
      return result.order.map((r) => ({
        option: r.option,
        place: place(r.rank),
        value: `total ${points(r.value)}`,
      }));
    case 'maximin':
      return result.order.map((r) => ({
        option: r.option,
        place: place(r.rank),
        value: `worst score ${formatScore(r.value)}`,
      }));
    case 'minimax-regret':
      return result.order.map((r) => ({
        option: r.option,
        place: place(r.rank),
        value: `largest regret ${points(r.value)} points`,
      }));
    case 'satisficing':
      return result.order.map((r) => {
        const s = r.shortfalls[0];
        return {
          option: r.option,
          place: place(r.rank),
          value:
            r.rank === null && s
              ? `ruled out: ${formatScore(s.score)} on ${nameOf(names.criteria, s.criterion)}, below ${formatScore(s.threshold)}`
              : `total ${points(r.value)}`,
        };
      });
  }
}

/**
 * The winner cell: one name, "A and b (tied)", or "No option survives". Pass prose names (a
 * leading "the" in lower case): the first letter is capitalised here.
 */
export function ruleWinner(result: RuleResult, names: Names): string {
  if (result.winners.length === 0) return 'No option survives';
  const w = joinLabels(result.winners.map((id) => nameOf(names.options, id)));
  return capitalise(result.winners.length > 1 ? `${w} (tied)` : w);
}
