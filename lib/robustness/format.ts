/**
 * Number formatting for the robustness section. Plain percentages come from the explorer's
 * `formatPercent` (lib/explorer/format.ts), so a weight reads the same in both places; these are
 * the extra forms the sentences need.
 */

/**
 * A share as a percentage rounded down (`'down'`) or up (`'up'`) to one decimal: the number to
 * say "just over" or "just under" without overstating it. 0.2045 → `20.4%` down, `20.5%` up.
 * A tiny tolerance keeps 0.3 (stored as 0.29999…) at `30%` rather than `29.9%`.
 */
export function formatPercentBound(share: number, direction: 'down' | 'up'): string {
  const tenths = share * 1000;
  const snapped = Math.abs(tenths - Math.round(tenths)) < 1e-6 ? Math.round(tenths) : tenths;
  const value = (direction === 'down' ? Math.floor(snapped) : Math.ceil(snapped)) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

/** A count with thousands separators in British English: `20000` → `20,000`. */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-GB');
}
