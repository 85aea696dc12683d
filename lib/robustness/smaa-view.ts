/**
 * What the uncertainty panel shows of an SMAA-2 result (from lib/decision/smaa): the sample
 * sizes a reader can choose, progress as a whole percentage, and the headline sentence.
 */

import type { SmaaResult } from '@/lib/decision';
import { joinLabels } from '@/lib/explorer/format';
import { formatPercent } from '@/lib/explorer/format';
import { formatCount } from './format';
import { nameOf, type Names } from '@/lib/words/names';

/** Weight draws per run the reader can choose; the default is DEFAULT_SAMPLES. */
export const SAMPLE_CHOICES = [5_000, 20_000, 100_000, 500_000, 1_000_000] as const;

/** Enough draws that a first-rank share is within about ±0.7 points (95%) of its limit. */
export const DEFAULT_SAMPLES = 20_000;

/** The seed every run starts from unless the reader picks another: same inputs, same result. */
export const DEFAULT_SEED = 2020;

/**
 * Work done as a whole percentage for the progress bar, rounded down so it shows 100 only when
 * the run is complete. A total of 0 counts as done.
 */
export function progressPercent(done: number, total: number): number {
  if (!(total > 0)) return 100;
  return Math.max(0, Math.min(100, Math.floor((100 * done) / total)));
}

/**
 * Option indices ordered by their share of first place, highest first (ties keep case order),
 * then by second place and so on: the order in which the results are listed.
 */
export function orderByAcceptability(result: SmaaResult): number[] {
  const acc = result.acceptability;
  return result.options
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = acc[a] ?? [];
      const rb = acc[b] ?? [];
      for (let r = 0; r < Math.max(ra.length, rb.length); r++) {
        const d = (rb[r] ?? 0) - (ra[r] ?? 0);
        if (Math.abs(d) > 1e-12) return d;
      }
      return a - b;
    });
}

/**
 * One sentence on who came first how often, e.g. "Across 20,000 draws, The middle path came
 * first most often (46%), then Withdraw (23%), The high road (19%) and The low road (11%)."
 * Options that never came first are said to be so. Pass a complete result.
 */
export function smaaHeadline(result: SmaaResult, names: Names): string {
  const order = orderByAcceptability(result);
  const first = (i: number) => result.acceptability[i]?.[0] ?? 0;
  const name = (i: number) => nameOf(names.options, result.options[i] ?? '');
  const winners = order.filter((i) => first(i) > 0);
  const never = order.filter((i) => first(i) === 0);
  const head = `Across ${formatCount(result.samples)} draws`;
  const [top, ...rest] = winners;
  if (top === undefined) return `${head}, no option came first.`;
  let text =
    rest.length === 0
      ? `${head}, ${name(top)} came first every time`
      : `${head}, ${name(top)} came first most often (${formatPercent(first(top))}), then ${joinLabels(rest.map((i) => `${name(i)} (${formatPercent(first(i))})`))}`;
  if (never.length > 0) {
    text += `; ${joinLabels(never.map(name))} never did`;
  }
  return `${text}.`;
}
