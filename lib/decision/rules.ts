/**
 * Decision rules besides (and including) the weighted sum, each returning the full order with
 * ranks and a structured reason, plus plain-English sentences for a seminar audience.
 *
 * Ranks are competition ranks (1, 1, 3, …): options are sorted exactly, then neighbours whose
 * values are within EPSILON share a rank, as `rankOptions` does. Equal options keep case order.
 */

import { normaliseWeights, rankOptions, weightedTotals } from './core';
import { EPSILON, type DecisionMatrix } from './types';

/** The rules this module knows. */
export type RuleName = 'weighted-sum' | 'maximin' | 'minimax-regret' | 'satisficing';

/** How each rule is named in prose. */
export const RULE_LABELS: Readonly<Record<RuleName, string>> = {
  'weighted-sum': 'the weighted sum',
  maximin: 'maximin',
  'minimax-regret': 'minimax regret',
  satisficing: 'satisficing',
};

/** One option's place under a rule; what `value` measures depends on the rule. */
export interface RuleRow {
  readonly option: string;
  readonly index: number;
  readonly rank: number;
  readonly value: number;
}

/** Weighted sum: value = total on 0–100. */
export interface WeightedSumResult {
  readonly rule: 'weighted-sum';
  readonly order: readonly RuleRow[];
  /** Options ranked first (more than one when level). */
  readonly winners: readonly string[];
  readonly reason: {
    readonly total: number;
    readonly runnerUp: string | null;
    readonly runnerUpTotal: number | null;
  };
}

/** A maximin row: value = worst score over the criteria that count. */
export interface MaximinRow extends RuleRow {
  /** Criteria (case order) on which the option has its worst score. */
  readonly worstCriteria: readonly string[];
  /** The option's scores on the counted criteria, worst first. */
  readonly sortedScores: readonly number[];
}

/** Maximin (leximin tie-break): best worst score; level worst scores go to the next-worst. */
export interface MaximinResult {
  readonly rule: 'maximin';
  readonly order: readonly MaximinRow[];
  readonly winners: readonly string[];
  /** Criteria that count: those with positive weight (all, if no weights were given). */
  readonly criteria: readonly string[];
  readonly reason: {
    /** The best option ranked below the winner(s); null when every option is level. */
    readonly runnerUp: string | null;
    /**
     * Position in the worst-first score lists at which the winner beats the runner-up:
     * 0 = the worst score itself, 1 = the next-worst, …; null when there is no runner-up.
     */
    readonly decidedAt: number | null;
  };
}

/** A minimax regret row: value = the option's largest weighted regret, in points (0–100). */
export interface MinimaxRegretRow extends RuleRow {
  /** The criterion of the largest regret (the first in case order if several), null if none. */
  readonly criterion: string | null;
  /** The option that scores best on that criterion (the first in case order if several). */
  readonly against: string | null;
}

/** Minimax regret: the smallest largest regret wins. */
export interface MinimaxRegretResult {
  readonly rule: 'minimax-regret';
  readonly order: readonly MinimaxRegretRow[];
  readonly winners: readonly string[];
  readonly reason: { readonly runnerUp: string | null; readonly runnerUpRegret: number | null };
}

/** A score below the reader's minimum for a criterion. */
export interface Shortfall {
  readonly criterion: string;
  readonly score: number;
  readonly threshold: number;
}

/** A satisficing row: value = weighted total; rank null when the option is ruled out. */
export interface SatisficingRow extends Omit<RuleRow, 'rank'> {
  readonly rank: number | null;
  /** Every criterion on which the option falls below the minimum (empty for survivors). */
  readonly shortfalls: readonly Shortfall[];
}

/** Satisficing: options below any minimum are ruled out; survivors ranked by weighted sum. */
export interface SatisficingResult {
  readonly rule: 'satisficing';
  /** Survivors first, by rank; then ruled-out options in case order. */
  readonly order: readonly SatisficingRow[];
  /** Empty when no option survives. */
  readonly winners: readonly string[];
  readonly survivors: readonly string[];
  /** The minimums that were set, by criterion id. */
  readonly thresholds: Readonly<Record<string, number>>;
}

/** The result of any rule. */
export type RuleResult =
  WeightedSumResult | MaximinResult | MinimaxRegretResult | SatisficingResult;

/** Display names for the sentences; an id with no label is shown as the id. */
export interface RuleLabels {
  readonly options: Readonly<Record<string, string>>;
  readonly criteria: Readonly<Record<string, string>>;
}

function checkedWeights(matrix: DecisionMatrix, weights: readonly number[]): number[] {
  if (weights.length !== matrix.criteria.length) {
    throw new RangeError(
      `expected ${matrix.criteria.length} weights (one per criterion), got ${weights.length}`,
    );
  }
  return normaliseWeights(weights);
}

/** Competition ranks for indices already sorted best first; `level` says two share a rank. */
function ranksOf(sorted: readonly number[], level: (a: number, b: number) => boolean): number[] {
  const ranks: number[] = [];
  let rank = 0;
  sorted.forEach((idx, p) => {
    const prev = sorted[p - 1];
    if (prev === undefined || !level(prev, idx)) rank = p + 1;
    ranks.push(rank);
  });
  return ranks;
}

const firstRanked = <R extends { rank: number | null; option: string }>(rows: readonly R[]) =>
  rows.filter((r) => r.rank === 1).map((r) => r.option);

/**
 * Ranks options by weighted total (0–100), highest first, as the explorer does. `weights` are
 * points or normalised weights in criteria order; a wrong length throws a RangeError.
 */
export function weightedSumRule(
  matrix: DecisionMatrix,
  weights: readonly number[],
): WeightedSumResult {
  const w = checkedWeights(matrix, weights);
  const ranked = rankOptions(matrix.options, weightedTotals(matrix.scores, w));
  const order = ranked.map((r) => ({
    option: r.option,
    index: r.index,
    rank: r.rank,
    value: r.total,
  }));
  const runnerUp = order.find((r) => r.rank > 1) ?? null;
  return {
    rule: 'weighted-sum',
    order,
    winners: firstRanked(order),
    reason: {
      total: order[0]?.value ?? 0,
      runnerUp: runnerUp?.option ?? null,
      runnerUpTotal: runnerUp?.value ?? null,
    },
  };
}

/** −1, 0 or 1: how two worst-first score lists compare (positive when `a` is better). */
function compareLeximin(a: readonly number[], b: readonly number[]): { sign: number; at: number } {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = a[k]! - b[k]!;
    if (Math.abs(d) > EPSILON) return { sign: Math.sign(d), at: k };
  }
  return { sign: 0, at: -1 };
}

/**
 * Maximin: the option whose worst score is best wins; level worst scores are decided by the
 * next-worst, and so on (leximin). Scores are compared unweighted. If `weights` are given,
 * criteria with zero weight are left out — a criterion the reader says does not matter should
 * not decide the worst case; without weights every criterion counts.
 */
export function maximinRule(matrix: DecisionMatrix, weights?: readonly number[]): MaximinResult {
  const w = weights ? checkedWeights(matrix, weights) : matrix.criteria.map(() => 1);
  const counted = matrix.criteria.map((_, k) => k).filter((k) => (w[k] ?? 0) > EPSILON);
  const rows = matrix.options.map((option, index) => {
    const row = matrix.scores[index] ?? [];
    const scores = counted.map((k) => row[k] ?? 0);
    const sortedScores = [...scores].sort((a, b) => a - b);
    const worst = sortedScores[0] ?? 0;
    const worstCriteria = counted
      .filter((k) => Math.abs((row[k] ?? 0) - worst) <= EPSILON)
      .map((k) => matrix.criteria[k]!);
    return { option, index, value: worst, worstCriteria, sortedScores };
  });
  const exact = (a: readonly number[], b: readonly number[]) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return b[k]! - a[k]!;
    return 0;
  };
  const sorted = rows
    .map((_, i) => i)
    .sort((a, b) => exact(rows[a]!.sortedScores, rows[b]!.sortedScores) || a - b);
  const ranks = ranksOf(
    sorted,
    (a, b) => compareLeximin(rows[a]!.sortedScores, rows[b]!.sortedScores).sign === 0,
  );
  const order = sorted.map((i, p) => ({ ...rows[i]!, rank: ranks[p]! }));
  const winner = order[0];
  const runnerUp = order.find((r) => r.rank > 1) ?? null;
  const decidedAt =
    winner && runnerUp ? compareLeximin(winner.sortedScores, runnerUp.sortedScores).at : null;
  return {
    rule: 'maximin',
    order,
    winners: firstRanked(order),
    criteria: counted.map((k) => matrix.criteria[k]!),
    reason: { runnerUp: runnerUp?.option ?? null, decidedAt },
  };
}

/**
 * Minimax regret: on each criterion j an option's regret is 10 × w_j × (best score on j − its
 * score), in points on the 0–100 scale of totals; the option whose largest regret is smallest
 * wins. Level largest regrets share a rank (no further tie-break). `weights` as for the
 * weighted sum.
 */
export function minimaxRegretRule(
  matrix: DecisionMatrix,
  weights: readonly number[],
): MinimaxRegretResult {
  const w = checkedWeights(matrix, weights);
  const m = matrix.criteria.length;
  const bestOn = Array.from({ length: m }, (_, k) => {
    let best = 0;
    matrix.options.forEach((_, i) => {
      if ((matrix.scores[i]?.[k] ?? 0) > (matrix.scores[best]?.[k] ?? 0)) best = i;
    });
    return best;
  });
  const rows = matrix.options.map((option, index) => {
    let value = 0;
    let worst = -1;
    for (let k = 0; k < m; k++) {
      const best = matrix.scores[bestOn[k]!]?.[k] ?? 0;
      const regret = 10 * (w[k] ?? 0) * (best - (matrix.scores[index]?.[k] ?? 0));
      if (regret > value + EPSILON) {
        value = regret;
        worst = k;
      }
    }
    return {
      option,
      index,
      value,
      criterion: worst >= 0 ? matrix.criteria[worst]! : null,
      against: worst >= 0 ? matrix.options[bestOn[worst]!]! : null,
    };
  });
  const sorted = rows.map((_, i) => i).sort((a, b) => rows[a]!.value - rows[b]!.value || a - b);
  const ranks = ranksOf(sorted, (a, b) => Math.abs(rows[a]!.value - rows[b]!.value) <= EPSILON);
  const order = sorted.map((i, p) => ({ ...rows[i]!, rank: ranks[p]! }));
  const runnerUp = order.find((r) => r.rank > 1) ?? null;
  return {
    rule: 'minimax-regret',
    order,
    winners: firstRanked(order),
    reason: { runnerUp: runnerUp?.option ?? null, runnerUpRegret: runnerUp?.value ?? null },
  };
}

/**
 * Satisficing: `thresholds` maps criterion id → minimum acceptable score (criteria left out
 * have no minimum). An option scoring below any minimum (by more than EPSILON) is ruled out,
 * with every shortfall listed; survivors are ranked by weighted sum. When none survives,
 * `winners` is empty — check it before reading `order[0]`. An unknown criterion id throws a
 * RangeError, so a typo cannot silently drop a minimum.
 */
export function satisficingRule(
  matrix: DecisionMatrix,
  weights: readonly number[],
  thresholds: Readonly<Record<string, number>>,
): SatisficingResult {
  const w = checkedWeights(matrix, weights);
  for (const id of Object.keys(thresholds)) {
    if (!matrix.criteria.includes(id))
      throw new RangeError(`unknown criterion "${id}" in thresholds`);
  }
  const totals = weightedTotals(matrix.scores, w);
  const shortfalls = matrix.options.map((_, i) =>
    matrix.criteria.flatMap((criterion, k) => {
      const threshold = thresholds[criterion];
      const score = matrix.scores[i]?.[k] ?? 0;
      return threshold !== undefined && score < threshold - EPSILON
        ? [{ criterion, score, threshold }]
        : [];
    }),
  );
  const surviving = matrix.options.map((_, i) => i).filter((i) => shortfalls[i]!.length === 0);
  const ranked = rankOptions(
    surviving.map((i) => matrix.options[i]!),
    surviving.map((i) => totals[i] ?? 0),
  );
  const order: SatisficingRow[] = [
    ...ranked.map((r) => {
      const index = surviving[r.index]!;
      return { option: r.option, index, rank: r.rank, value: r.total, shortfalls: [] };
    }),
    ...matrix.options.flatMap((option, index) =>
      shortfalls[index]!.length
        ? [{ option, index, rank: null, value: totals[index] ?? 0, shortfalls: shortfalls[index]! }]
        : [],
    ),
  ];
  return {
    rule: 'satisficing',
    order,
    winners: firstRanked(order),
    survivors: ranked.map((r) => r.option),
    thresholds: { ...thresholds },
  };
}

/** Options to `allRules`. */
export interface AllRulesInput {
  readonly weights: readonly number[];
  /** Minimum acceptable scores by criterion id for satisficing; default none. */
  readonly thresholds?: Readonly<Record<string, number>>;
}

/** Every rule's result in a fixed order: weighted sum, maximin, minimax regret, satisficing. */
export function allRules(matrix: DecisionMatrix, input: AllRulesInput): RuleResult[] {
  return [
    weightedSumRule(matrix, input.weights),
    maximinRule(matrix, input.weights),
    minimaxRegretRule(matrix, input.weights),
    satisficingRule(matrix, input.weights, input.thresholds ?? {}),
  ];
}

/** A number for prose: at most `digits` decimals, trailing zeros dropped (4, 4.5, 62.3). */
function num(x: number, digits = 1): string {
  return String(Number(x.toFixed(digits)));
}

/** "A", "A and B", "A, B and C". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const ORDINALS = ['worst', 'next-worst', 'third-worst', 'fourth-worst', 'fifth-worst'];
const ordinal = (k: number) => ORDINALS[k] ?? `${k + 1}th-worst`;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// Option names are written as they read mid-sentence ("beats the high road"); `capitalise`
// restores a capital where a name starts a sentence. Sentences avoid possessives of names
// ("the total of Parking and bus lanes", never "Parking and bus lanes's").
function namer(labels: RuleLabels) {
  return {
    o: (id: string) => (labels.options[id] ?? id).replace(/^The\s/, 'the '),
    c: (id: string) => labels.criteria[id] ?? id,
  };
}

function explainWeightedSum(r: WeightedSumResult, labels: RuleLabels): string {
  const { o } = namer(labels);
  const w = r.winners.map(o);
  const total = num(r.reason.total);
  if (w.length > 1) return `${list(w)} tie under the weighted sum, each with a total of ${total}.`;
  if (r.reason.runnerUp === null)
    return `${w[0]} wins under the weighted sum with a total of ${total}.`;
  return `${w[0]} wins under the weighted sum: its total, ${total}, beats ${num(r.reason.runnerUpTotal ?? 0)} for ${o(r.reason.runnerUp)}.`;
}

function explainMaximin(r: MaximinResult, labels: RuleLabels): string {
  const { o, c } = namer(labels);
  const top = r.order[0];
  if (!top) return 'There are no options to compare under maximin.';
  const worst = `${num(top.value, 2)} on ${list(top.worstCriteria.map(c))}`;
  if (r.winners.length > 1) {
    return `${list(r.winners.map(o))} tie under maximin: their scores match from the worst up, the worst being ${num(top.value, 2)}.`;
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

function explainRegret(r: MinimaxRegretResult, labels: RuleLabels): string {
  const { o, c } = namer(labels);
  const top = r.order[0];
  if (!top) return 'There are no options to compare under minimax regret.';
  if (r.winners.length > 1) {
    return `${list(r.winners.map(o))} tie under minimax regret, each with a largest regret of ${num(top.value)} points.`;
  }
  if (top.value <= EPSILON || top.criterion === null || top.against === null) {
    return `${o(top.option)} wins under minimax regret: it scores best on every criterion that carries weight, so it has no regret.`;
  }
  return `${o(top.option)} wins under minimax regret: its largest regret, ${num(top.value)} points on ${c(top.criterion)} (behind ${o(top.against)}), is smaller than every other option's largest regret.`;
}

/** "A and C fall short on deterrence and B falls short on cost", by first shortfall. */
function ruledOutPhrase(rows: readonly SatisficingRow[], labels: RuleLabels): string {
  const { o, c } = namer(labels);
  const byCriterion = new Map<string, string[]>();
  for (const row of rows) {
    const criterion = row.shortfalls[0]!.criterion;
    byCriterion.set(criterion, [...(byCriterion.get(criterion) ?? []), o(row.option)]);
  }
  return list(
    [...byCriterion].map(
      ([criterion, names]) =>
        `${list(names)} ${names.length > 1 ? 'fall' : 'falls'} short on ${c(criterion)}`,
    ),
  );
}

function explainSatisficing(r: SatisficingResult, labels: RuleLabels): string {
  const { o } = namer(labels);
  const out = r.order.filter((x) => x.rank === null);
  if (r.winners.length === 0) {
    return `No option survives satisficing: every option falls below at least one of your minimum scores.`;
  }
  const top = r.order[0]!;
  const total = num(top.value);
  if (r.winners.length > 1) {
    return `${list(r.winners.map(o))} tie under satisficing: they meet every minimum score and share the highest total, ${total}.`;
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
export function explainRule(result: RuleResult, labels: RuleLabels): string {
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
function whyNot(r: RuleResult, ref: string, labels: RuleLabels): string | null {
  const { o, c } = namer(labels);
  const winner = r.winners[0];
  if (r.winners.includes(ref)) {
    const others = r.winners.filter((x) => x !== ref).map(o);
    return `${RULE_LABELS[r.rule]} finds ${list(others)} level with ${o(ref)}`;
  }
  switch (r.rule) {
    case 'maximin': {
      const mine = r.order.find((x) => x.option === ref);
      const top = r.order[0];
      if (!mine || !top || !winner) return null;
      if (Math.abs(mine.value - top.value) > EPSILON) {
        return `maximin looks only at each option's weakest criterion, and the worst score of ${o(ref)}, ${num(mine.value, 2)} on ${list(mine.worstCriteria.map(c))}, is below that of ${o(winner)}, ${num(top.value, 2)}; the weighted sum lets strengths elsewhere make up for it`;
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
export function explainDisagreement(results: readonly RuleResult[], labels: RuleLabels): string {
  const { o } = namer(labels);
  const ref = results.find((r) => r.rule === 'weighted-sum') ?? results[0];
  if (!ref) return 'There are no rule results to compare.';
  const picks = (r: RuleResult) =>
    r.winners.length === 0
      ? `${RULE_LABELS[r.rule]} picks no option`
      : `${RULE_LABELS[r.rule]} ${r.winners.length > 1 ? 'ties' : 'picks'} ${list(r.winners.map(o))}`;
  if (results.every((r) => sameWinners(r, ref))) {
    if (ref.winners.length === 0) return 'The rules agree: none of them picks an option.';
    return `The rules agree: ${list(ref.winners.map(o))} ${ref.winners.length > 1 ? 'tie' : 'comes'} first under every rule.`;
  }
  const dissent = results.filter((r) => !sameWinners(r, ref));
  const head = `The rules disagree: ${picks(ref)}, but ${list(dissent.map(picks))}.`;
  const refWinner = ref.winners[0];
  const reasons = refWinner
    ? dissent.flatMap((r) => {
        const why = whyNot(r, refWinner, labels);
        return why ? [`${capitalise(why)}.`] : [];
      })
    : [];
  return [head, ...reasons].join(' ');
}
