import {
  type MaximinResult,
  type MinimaxRegretResult,
  type RuleName,
  type RuleResult,
  type SatisficingResult,
  type SatisficingRow,
  type WeightedSumResult,
} from '@/lib/decision/rules';
import { EPSILON } from '@/lib/decision/types';
import { capitalise, joinLabels } from '@/lib/explorer/format';
import { nameOf, type Names } from './names';

/**
 * Sentences about the decision rules of lib/decision/rules for a seminar audience: who wins
 * under each rule and why, and why the rules disagree. Names come from one `Names` table;
 * an id without a name is shown as the id.
 */

/** How each rule is named in prose. */
export const RULE_LABELS: Readonly<Record<RuleName, string>> = {
  'weighted-sum': 'the weighted sum',
  maximin: 'maximin',
  'minimax-regret': 'minimax regret',
  satisficing: 'satisficing',
};

/** A number for prose: at most `digits` decimals, trailing zeros dropped (4, 4.5, 62.3). */
function num(x: number, digits = 1): string {
  return String(Number(x.toFixed(digits)));
}

const ORDINALS = ['worst', 'next-worst', 'third-worst', 'fourth-worst', 'fifth-worst'];
const ordinal = (k: number) => ORDINALS[k] ?? `${k + 1}th-worst`;

// Option names are written as they read mid-sentence ("beats the high road"); `capitalise`
// restores a capital where a name starts a sentence. Sentences avoid possessives of names
// ("the total of Parking and bus lanes", never "Parking and bus lanes's").
function namer(names: Names) {
  return {
    o: (id: string) => nameOf(names.options, id).replace(/^(The|An?)\s/, (m) => m.toLowerCase()),
    c: (id: string) => nameOf(names.criteria, id),
  };
}

function explainWeightedSum(r: WeightedSumResult, labels: Names): string {
  const { o } = namer(labels);
  const w = r.winners.map(o);
  const total = num(r.reason.total);
  if (w.length > 1)
    return `${joinLabels(w)} tie under the weighted sum, each with a total of ${total}.`;
  if (r.reason.runnerUp === null)
    return `${w[0]} wins under the weighted sum with a total of ${total}.`;
  return `${w[0]} wins under the weighted sum: its total, ${total}, beats ${num(r.reason.runnerUpTotal ?? 0)} for ${o(r.reason.runnerUp)}.`;
}

function explainMaximin(r: MaximinResult, labels: Names): string {
  const { o, c } = namer(labels);
  const top = r.order[0];
  if (!top) return 'There are no options to compare under maximin.';
  const worst = `${num(top.value, 2)} on ${joinLabels(top.worstCriteria.map(c))}`;
  if (r.winners.length > 1) {
    return `${joinLabels(r.winners.map(o))} tie under maximin: their scores match from the worst up, the worst being ${num(top.value, 2)}.`;
  }
  const runner = r.order.find((x) => x.option === r.reason.runnerUp);
  const at = r.reason.decidedAt;
  if (!runner || at === null)
    return `${o(top.option)} wins under maximin: its worst score is ${worst}.`;
  if (at === 0) {
    return `${o(top.option)} wins under maximin: its worst score, ${worst}, beats every other option's worst.`;
  }
  const mine = num(top.sortedScores[at] ?? 0, 2);
  const theirs = num(runner.sortedScores[at] ?? 0, 2);
  return `${o(top.option)} wins under maximin: its worst score, ${worst}, is level with the worst of ${o(runner.option)}, but its ${ordinal(at)} score, ${mine}, beats ${theirs} for ${o(runner.option)}.`;
}

function explainRegret(r: MinimaxRegretResult, labels: Names): string {
  const { o, c } = namer(labels);
  const top = r.order[0];
  if (!top) return 'There are no options to compare under minimax regret.';
  if (r.winners.length > 1) {
    return `${joinLabels(r.winners.map(o))} tie under minimax regret, each with a largest regret of ${num(top.value)} points.`;
  }
  if (top.value <= EPSILON || top.criterion === null || top.against === null) {
    return `${o(top.option)} wins under minimax regret: it scores best on every criterion that carries weight, so it has no regret.`;
  }
  return `${o(top.option)} wins under minimax regret: its largest regret, ${num(top.value)} points on ${c(top.criterion)} (behind ${o(top.against)}), is smaller than every other option's largest regret.`;
}

/** "A and C fall short on deterrence and B falls short on cost", by first shortfall. */
function ruledOutPhrase(rows: readonly SatisficingRow[], labels: Names): string {
  const { o, c } = namer(labels);
  const byCriterion = new Map<string, string[]>();
  for (const row of rows) {
    const criterion = row.shortfalls[0]!.criterion;
    byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), o(row.option)]);
  }
  return joinLabels(
    [...byCriterion].map(
      ([criterion, names]) =>
        `${joinLabels(names)} ${names.length > 1 ? 'fall' : 'falls'} short on ${c(criterion)}`,
    ),
  );
}

function explainSatisficing(r: SatisficingResult, labels: Names): string {
  const { o } = namer(labels);
  const out = r.order.filter((x) => x.rank === null);
  if (r.winners.length === 0) {
    return `No option survives satisficing: every option falls below at least one of your minimum scores.`;
  }
  const top = r.order[0]!;
  const total = num(top.value);
  if (r.winners.length > 1) {
    return `${joinLabels(r.winners.map(o))} tie under satisficing: they meet every minimum score and share the highest total, ${total}.`;
  }
  if (Object.keys(r.thresholds).length === 0) {
    return `${o(top.option)} wins under satisficing: with no minimum scores set, every option survives and its total, ${total}, is the highest.`;
  }
  const tail = out.length ? `; ${ruledOutPhrase(out, labels)}` : '';
  if (r.survivors.length === 1) {
    return `${o(top.option)} wins under satisficing: it is the only option that meets every minimum score you set${tail}.`;
  }
  return `${o(top.option)} wins under satisficing: it meets every minimum score you set and has the highest total, ${total}, of the ${r.survivors.length} options that do${tail}.`;
}

/**
 * One plain sentence saying who wins under the rule and why, e.g. "High road wins under
 * maximin: its worst score, 4 on deterrence, beats every other option's worst." Labels fall
 * back to ids. The sentence names ties and the no-survivor case explicitly.
 */
export function explainRule(result: RuleResult, labels: Names): string {
  switch (result.rule) {
    case 'weighted-sum':
      return capitalise(explainWeightedSum(result, labels));
    case 'maximin':
      return capitalise(explainMaximin(result, labels));
    case 'minimax-regret':
      return capitalise(explainRegret(result, labels));
    case 'satisficing':
      return capitalise(explainSatisficing(result, labels));
  }
}

const sameWinners = (a: RuleResult, b: RuleResult) =>
  a.winners.length === b.winners.length && a.winners.every((x) => b.winners.includes(x));

/** Why `r` does not put `ref` first, in one clause; null when there is nothing specific to say. */
function whyNot(r: RuleResult, ref: string, labels: Names): string | null {
  const { o, c } = namer(labels);
  const winner = r.winners[0];
  if (r.winners.includes(ref)) {
    const others = r.winners.filter((x) => x !== ref).map(o);
    return `${RULE_LABELS[r.rule]} finds ${joinLabels(others)} level with ${o(ref)}`;
  }
  switch (r.rule) {
    case 'maximin': {
      const mine = r.order.find((x) => x.option === ref);
      const top = r.order[0];
      if (!mine || !top || !winner) return null;
      if (Math.abs(mine.value - top.value) > EPSILON) {
        return `maximin looks only at each option's weakest criterion, and the worst score of ${o(ref)}, ${num(mine.value, 2)} on ${joinLabels(mine.worstCriteria.map(c))}, is below that of ${o(winner)}, ${num(top.value, 2)}; the weighted sum lets strengths elsewhere make up for it`;
      }
      return `maximin finds ${o(ref)} and ${o(winner)} level on their worst score, ${num(top.value, 2)}, and ${o(winner)} is better on the scores above it`;
    }
    case 'minimax-regret': {
      const mine = r.order.find((x) => x.option === ref);
      const top = r.order[0];
      if (!mine || !top || !winner || mine.criterion === null || mine.against === null) return null;
      return `minimax regret punishes falling far behind the best option on any heavily weighted criterion, and the largest regret of ${o(ref)}, ${num(mine.value)} points on ${c(mine.criterion)} (behind ${o(mine.against)}), is larger than that of ${o(winner)}, ${num(top.value)}`;
    }
    case 'satisficing': {
      if (r.winners.length === 0) return 'satisficing rules out every option, so it picks none';
      const mine = r.order.find((x) => x.option === ref);
      const s = mine?.shortfalls[0];
      if (!s) return null;
      return `satisficing rules out ${o(ref)}: its score of ${num(s.score, 2)} on ${c(s.criterion)} is below your minimum of ${num(s.threshold, 2)}`;
    }
    case 'weighted-sum':
      return winner
        ? `the weighted sum trades strengths against weaknesses and puts ${o(winner)} first`
        : null;
  }
}

/**
 * A short explanation (one to a few sentences) of whether the rules agree on the winner and,
 * if not, why each dissenting rule differs from the weighted sum (or from the first result when
 * the weighted sum is not among them). Pass the results of `allRules` for the full story.
 */
export function explainDisagreement(results: readonly RuleResult[], labels: Names): string {
  const { o } = namer(labels);
  const ref = results.find((r) => r.rule === 'weighted-sum') ?? results[0];
  if (!ref) return 'There are no rule results to compare.';
  const picks = (r: RuleResult) =>
    r.winners.length === 0
      ? `${RULE_LABELS[r.rule]} picks no option`
      : `${RULE_LABELS[r.rule]} ${r.winners.length > 1 ? 'ties' : 'picks'} ${joinLabels(r.winners.map(o))}`;
  if (results.every((r) => sameWinners(r, ref))) {
    if (ref.winners.length === 0) return 'The rules agree: none of them picks an option.';
    return `The rules agree: ${joinLabels(ref.winners.map(o))} ${ref.winners.length > 1 ? 'tie' : 'comes'} first under every rule.`;
  }
  const dissent = results.filter((r) => !sameWinners(r, ref));
  const head = `The rules disagree: ${picks(ref)}, but ${joinLabels(dissent.map(picks))}.`;
  const refWinner = ref.winners[0];
  const reasons = refWinner
    ? dissent.flatMap((r) => {
        const why = whyNot(r, refWinner, labels);
        return why ? [`${capitalise(why)}.`] : [];
      })
    : [];
  return [head, ...reasons].join(' ');
}
