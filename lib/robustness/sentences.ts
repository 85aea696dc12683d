/**
 * Plain sentences about the one-way sweeps, for a seminar audience: how far a criterion's weight
 * can move before the winner changes, and the smallest single change that changes it. They only
 * word the results of lib/decision (stabilityInterval, smallestChange); no maths is redone here.
 */

import type { SmallestChange, StabilityInterval } from '@/lib/decision';
import { MAX_POINTS } from '@/lib/explorer/url-codec';
import { capitalise, formatPercent, joinLabels } from '@/lib/explorer/format';
import { formatPercentBound } from './format';
import { nameOf, type Names } from '@/lib/words/names';

/**
 * Interval ends closer than this to 0% or 100% are treated as the ends of the scale: a stretch
 * narrower than 0.05 points cannot be seen on a chart or set with the sliders, so a sentence
 * should not send the reader there. (Float noise at the ends is already snapped away by
 * lib/decision's own EPSILON; this is a display rule, not a second tolerance for the maths.)
 */
export const EDGE_TOLERANCE = 0.0005;

/** How close an interval end must be to the current weight to count as "right here". */
const HERE = 1e-9;

/** Whole percentages, or one decimal when whole ones would make `a` and `b` look equal. */
function percentPair(a: number, b: number): [string, string] {
  const whole = formatPercent(a) !== formatPercent(b) || Math.abs(a - b) <= HERE;
  return whole ? [formatPercent(a), formatPercent(b)] : [formatPercent(a, 1), formatPercent(b, 1)];
}

/**
 * One sentence (or two, when options share first place) saying over what range of criterion j's
 * weight the current leader stays first and who takes over beyond each end, e.g. "The middle
 * path stays first while the weight on restoring deterrence is between 8% and 41% (now 13%); below
 * that range, Withdraw takes over, and above it, the low road." Says "whatever the weight" when
 * the leader never changes. Pass the interval for the weights the reader sees, and labels in
 * `names` (ids are shown otherwise).
 */
export function stabilitySentence(s: StabilityInterval, names: Names): string {
  const L = nameOf(names.options, s.leader);
  const C = nameOf(names.criteria, s.criterion);
  const below = s.belowLeader !== null && s.lower >= EDGE_TOLERANCE ? s.belowLeader : null;
  const above = s.aboveLeader !== null && s.upper <= 1 - EDGE_TOLERANCE ? s.aboveLeader : null;
  const B = below && nameOf(names.options, below);
  const A = above && nameOf(names.options, above);
  const [lo, curLo] = percentPair(s.lower, s.current);
  const [hi, curHi] = percentPair(s.upper, s.current);
  const cur = curLo.includes('.') || curHi.includes('.') ? formatPercent(s.current, 1) : curLo;

  if (s.tiedWith.length > 0) {
    const T = joinLabels(s.tiedWith.map((id) => nameOf(names.options, id)));
    const parts = [
      capitalise(`${L} shares first place with ${T} at your weights (${C} at ${cur}).`),
    ];
    const end = (bound: number, who: string | null, side: 'less' | 'more') => {
      if (!who) return;
      if (Math.abs(bound - s.current) <= HERE) {
        parts.push(`Any ${side} weight on ${C} puts ${who} ahead.`);
      } else {
        const at = side === 'less' ? lo : hi;
        parts.push(capitalise(`${side === 'less' ? 'below' : 'beyond'} ${at}, ${who} takes over.`));
      }
    };
    end(s.lower, B, 'less');
    end(s.upper, A, 'more');
    if (!B && !A) parts.push(`They stay level whatever the weight on ${C}.`);
    return parts.join(' ');
  }

  const head = `${L} stays first`;
  if (!B && !A)
    return capitalise(`${head} whatever the weight on ${C}, from 0% to 100% (now ${cur}).`);
  if (!B) {
    return capitalise(
      `${head} while the weight on ${C} is at most ${hi} (now ${cur}); beyond that, ${A} takes over.`,
    );
  }
  if (!A) {
    return capitalise(
      `${head} while the weight on ${C} is at least ${lo} (now ${cur}); below that, ${B} takes over.`,
    );
  }
  return capitalise(
    `${head} while the weight on ${C} is between ${lo} and ${hi} (now ${cur}); below that range, ${B} takes over, and above it, ${A}.`,
  );
}

/**
 * The importance points criterion j would need, with every other criterion's points unchanged,
 * to move strictly past the share `to` in `direction`: changing one criterion's points is exactly
 * the one-way sweep (the others keep their proportions). Null when the others have no points
 * (the sweep then cannot be reached by points) or `to` is 1. The result may exceed MAX_POINTS or
 * be negative; callers decide what to say then.
 */
export function pointsPast(
  points: readonly number[],
  j: number,
  to: number,
  direction: 'increase' | 'decrease',
): number | null {
  const others = points.reduce((sum, p, k) => (k === j ? sum : sum + Math.max(0, p)), 0);
  if (!(others > 0) || to >= 1) return null;
  const level = (to * others) / (1 - to);
  return direction === 'increase' ? Math.floor(level + 1e-6) + 1 : Math.ceil(level - 1e-6) - 1;
}

/**
 * The overall smallest change in one sentence, e.g. "The smallest single change that alters
 * the winner: raise feasibility from 13% to just over 20.4% of the weight; then the high road
 * leads." With `points` (the reader's importance points, criteria order) it adds how many points
 * that takes. `change` null means no single weight can change the winner; `leader` is then
 * named as staying first.
 */
export function smallestChangeSentence(
  change: SmallestChange | null,
  leader: string,
  names: Names,
  points?: readonly number[],
): string {
  if (!change) {
    return `No change to a single weight alters the winner: ${nameOf(names.options, leader)} stays first whatever the weight on any one criterion.`;
  }
  const C = nameOf(names.criteria, change.criterion);
  const T = nameOf(names.options, change.takesOver);
  const up = change.direction === 'increase';
  if (change.change <= HERE * 100) {
    return capitalise(
      `${nameOf(names.options, change.leader)} is already level with ${T}: any ${up ? 'more' : 'less'} weight on ${C} puts ${T} first.`,
    );
  }
  const to = up
    ? `just over ${formatPercentBound(change.to, 'down')}`
    : `just under ${formatPercentBound(change.to, 'up')}`;
  let hint = '';
  const needed = points ? pointsPast(points, change.index, change.to, change.direction) : null;
  const now = points?.[change.index];
  if (needed !== null && now !== undefined) {
    hint =
      needed > MAX_POINTS
        ? ` (more than ${MAX_POINTS} points with the others unchanged, so lower the others instead)`
        : ` (from ${now} to ${Math.max(0, needed)} points, with the others unchanged)`;
  }
  return `The smallest single change that alters the winner: ${up ? 'raise' : 'lower'} ${C} from ${formatPercent(change.from)} to ${to} of the weight${hint}; then ${T} leads.`;
}

/**
 * Options whose sweep lines coincide (same total at every weight of the swept criterion), in
 * groups of two or more, by option id; one drawn line then hides the other, so the chart's text
 * says so. Lines within 1e-9 in intercept and slope count as the same.
 */
export function coincidentLines(
  lines: readonly { readonly option: string; readonly intercept: number; readonly slope: number }[],
): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  lines.forEach((a, i) => {
    if (seen.has(a.option)) return;
    const group = [a.option];
    for (const b of lines.slice(i + 1)) {
      if (Math.abs(a.intercept - b.intercept) <= 1e-9 && Math.abs(a.slope - b.slope) <= 1e-9) {
        group.push(b.option);
        seen.add(b.option);
      }
    }
    if (group.length > 1) groups.push(group);
  });
  return groups;
}

/**
 * Where the lead changes along one sweep, in one sentence: "At 20%, the high road overtakes the
 * middle path." (flips joined with semicolons), or a sentence saying it never changes.
 */
export function flipSentence(
  flips: readonly { readonly at: number; readonly from: string; readonly to: string }[],
  names: Names,
): string {
  if (flips.length === 0)
    return 'The lead does not change anywhere from 0% to 100% on this criterion.';
  const parts = flips.map(
    (f) =>
      `at ${formatPercent(f.at)}, ${nameOf(names.options, f.to)} overtakes ${nameOf(names.options, f.from)}`,
  );
  return capitalise(`${parts.join('; ')}.`);
}
