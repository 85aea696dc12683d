/**
 * Number and word formatting shared by every explorer view, so a total reads the same in the
 * ranking, the columns and the explanations.
 */

/** A 0–100 total or contribution to one decimal place, e.g. `61.3`. */
export function formatPoints(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  // Avoid "-0.0" for tiny negative float noise.
  return (Object.is(rounded, -0) ? 0 : rounded).toFixed(1);
}

/** A signed change to one decimal place with a true minus sign: `+4.2`, `−1.0`, `0.0`. */
export function formatSigned(value: number): string {
  const text = formatPoints(Math.abs(value));
  if (text === '0.0') return '0.0';
  return `${value > 0 ? '+' : '−'}${text}`;
}

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

/** A share in [0, 1] as a whole percentage, e.g. `23%`. Rounded shares need not sum to 100. */
export function formatShare(share: number): string {
  return formatPercent(share);
}

/** A share in [0, 1] as a percentage with one decimal, e.g. `12.5%`, for arithmetic that must add up. */
export function formatSharePrecise(share: number): string {
  return formatPercent(share, 1);
}

/** A score on 0–10, without a trailing `.0`: `7`, `6.5`. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];

/** `1` → `first`, … `10` → `tenth`, then `11th`, `12th`, `21st`. */
export function ordinalWord(n: number): string {
  return ORDINALS[n - 1] ?? ordinalNumber(n);
}

/** `1` → `1st`, `2` → `2nd`, `11` → `11th`, `23` → `23rd`. */
export function ordinalNumber(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** Joins labels as prose: `A`, `A and B`, `A, B and C`. */
export function joinLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels[0] ?? '';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** Upper-cases the first letter of a sentence, leaving the rest as written. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * An option's short label as it reads after the start of a sentence: a leading article ("The",
 * "A", "An") is lower-cased ("leads the low road", "how a rush-hour charge gets 62"); anything
 * else is kept, since it may be a name.
 */
export function midSentence(shortLabel: string): string {
  return shortLabel.replace(/^(The|An?)\s/, (m) => m.toLowerCase());
}

/**
 * A calendar date written `YYYY-MM-DD` as "13 March 2020". Read as UTC, so the day never
 * shifts with the server's or the reader's time zone.
 */
export function formatLongDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
