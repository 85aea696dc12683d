/**
 * Number formatting for the robustness section. Shares of the weight and probabilities are
 * stored in [0, 1] and shown as percentages; the explorer's own `formatShare` rounds to whole
 * percentages, so the sentences here round the reader's current weight the same way.
 */

/**
 * A share in [0, 1] as a percentage with `digits` decimals: `0.125` → `13%` (digits 0) or
 * `12.5%` (digits 1). Float noise never prints as `-0%`. Pass a share, not a percentage:
 * `formatPercent(40)` prints `4000%`.
 */
export function formatPercent(share: number, digits = 0): string {
  const factor = 10 ** digits;
  const rounded = Math.round(share * 100 * factor) / factor;
  return `${(Object.is(rounded, -0) ? 0 : rounded).toFixed(digits)}%`;
}

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
