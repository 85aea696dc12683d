import { EPSILON, type RankedOption } from '@/lib/decision';
import { capitalise, joinLabels, midSentence, ordinalWord } from './format';

/** A lead smaller than this many points (on the 0–100 scale) is "no clear winner". */
export const CLEAR_LEAD_POINTS = 5;

/** Who leads, by how much, and whether that counts as a clear win. */
export interface LeadSummary {
  /** Every option ranked first (more than one when they tie). */
  readonly leaders: readonly RankedOption[];
  /** The best option not ranked first, or null when all tie. */
  readonly runnerUp: RankedOption | null;
  /** Leader's total minus the runner-up's (0 when the first place is shared). */
  readonly margin: number;
  /** True when a single leader is ahead by at least CLEAR_LEAD_POINTS. */
  readonly clear: boolean;
}

/**
 * Summarises a ranking from `rankOptions` (best first). A shared first place has margin 0 and
 * is never clear. An empty ranking has no leaders; callers should not pass one.
 */
export function leadSummary(ranking: readonly RankedOption[]): LeadSummary {
  const leaders = ranking.filter((r) => r.rank === 1);
  const runnerUp = ranking.find((r) => r.rank !== 1) ?? null;
  const first = leaders[0];
  const margin = leaders.length === 1 && first && runnerUp ? first.total - runnerUp.total : 0;
  return {
    leaders,
    runnerUp,
    margin,
    clear: leaders.length === 1 && margin >= CLEAR_LEAD_POINTS - EPSILON,
  };
}

/**
 * The sentence a screen reader hears when the order changes, or null when it did not.
 * A new leader gives "Middle path now ranks first" (or "… now tie for first"); otherwise each
 * option that moved is named: "Withdraw now ranks third; high road now ranks fourth".
 * `labelOf` maps an option id to its label.
 */
export function describeRankingChange(
  previous: readonly RankedOption[],
  next: readonly RankedOption[],
  labelOf: (optionId: string) => string,
): string | null {
  const before = new Map(previous.map((r) => [r.option, r.rank]));
  const moved = next.filter((r) => before.get(r.option) !== r.rank);
  if (moved.length === 0) return null;

  const leadersBefore = previous.filter((r) => r.rank === 1).map((r) => r.option);
  const leadersNow = next.filter((r) => r.rank === 1);
  const sameLeaders =
    leadersBefore.length === leadersNow.length &&
    leadersNow.every((r) => leadersBefore.includes(r.option));

  if (!sameLeaders) {
    const names = leadersNow.map((r, i) => (i ? midSentence : String)(labelOf(r.option)));
    return names.length === 1
      ? `${names[0]} now ranks first`
      : `${capitalise(joinLabels(names))} now tie for first`;
  }
  return capitalise(
    moved
      .map(
        (r, i) =>
          `${(i ? midSentence : String)(labelOf(r.option))} now ranks ${ordinalWord(r.rank)}`,
      )
      .join('; '),
  );
}

/** Whether `rank` is held by more than one option of `ranking` (a tie, shown as "=2nd"). */
export function isSharedRank(ranking: readonly { readonly rank: number }[], rank: number): boolean {
  return ranking.filter((r) => r.rank === rank).length > 1;
}

/**
 * Why an option holds its rank, in words: who is just above and just below it and by how many
 * points, e.g. "Ranked second: 2.1 points behind Middle path, 4.0 points ahead of Low road."
 */
export function explainRank(
  ranking: readonly RankedOption[],
  optionId: string,
  labelOf: (optionId: string) => string,
): string {
  const i = ranking.findIndex((r) => r.option === optionId);
  const me = ranking[i];
  if (!me) return '';
  const tied = ranking.filter((r) => r.rank === me.rank && r.option !== optionId);
  const above = ranking
    .slice(0, i)
    .filter((r) => r.rank < me.rank)
    .at(-1);
  const below = ranking.slice(i + 1).find((r) => r.rank > me.rank);
  const parts: string[] = [];
  const name = (id: string) => midSentence(labelOf(id));
  if (tied.length > 0) parts.push(`level with ${joinLabels(tied.map((r) => name(r.option)))}`);
  if (above) parts.push(`${pts(above.total - me.total)} behind ${name(above.option)}`);
  if (below) parts.push(`${pts(me.total - below.total)} ahead of ${name(below.option)}`);
  const head = `Ranked ${ordinalWord(me.rank)}${tied.length > 0 ? ' (shared)' : ''}`;
  return parts.length ? `${head}: ${parts.join(', ')}.` : `${head}.`;
}

function pts(x: number): string {
  const v = (Math.round(x * 10) / 10).toFixed(1);
  return `${v} ${v === '1.0' ? 'point' : 'points'}`;
}

/**
 * What the reader's own scores change, in one sentence: "With your 3 disputed scores, the high
 * road ranks first instead of the middle path." or "With your disputed score, the middle path
 * still ranks first." Both rankings must be under the same weights (`caseRanking` with the
 * case's scores, `readerRanking` with the reader's). Null when `count` is 0. `labelOf` gives
 * short labels; they are put mid-sentence here.
 */
export function describeDisputes(
  count: number,
  caseRanking: readonly RankedOption[],
  readerRanking: readonly RankedOption[],
  labelOf: (optionId: string) => string,
): string | null {
  if (count <= 0) return null;
  const leaders = (r: readonly RankedOption[]) =>
    r.filter((x) => x.rank === 1).map((x) => x.option);
  const before = leaders(caseRanking);
  const now = leaders(readerRanking);
  const names = (ids: readonly string[]) => joinLabels(ids.map((id) => midSentence(labelOf(id))));
  const head = count === 1 ? 'With your disputed score' : `With your ${count} disputed scores`;
  const verb = now.length === 1 ? 'ranks' : 'share';
  const place = now.length === 1 ? 'first' : 'first place';
  const same = before.length === now.length && now.every((id) => before.includes(id));
  if (same) return `${head}, ${names(now)} still ${verb} ${place}.`;
  return `${head}, ${names(now)} ${verb} ${place} instead of ${names(before)}.`;
}
