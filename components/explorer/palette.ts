/**
 * Colours for criteria in the contribution bars, one per criterion in case order (cycled past
 * nine). Paired light/dark shades keep segments distinct on both backgrounds; colour is never
 * the only signal, since every bar has a text equivalent.
 */
export const CRITERION_COLOURS = [
  'bg-sky-600 dark:bg-sky-400',
  'bg-amber-500 dark:bg-amber-300',
  'bg-emerald-600 dark:bg-emerald-400',
  'bg-rose-600 dark:bg-rose-400',
  'bg-violet-600 dark:bg-violet-400',
  'bg-teal-500 dark:bg-teal-300',
  'bg-orange-700 dark:bg-orange-500',
  'bg-slate-500 dark:bg-slate-300',
  'bg-lime-600 dark:bg-lime-300',
] as const;

/** The colour classes for criterion `index`. */
export function criterionColour(index: number): string {
  return CRITERION_COLOURS[index % CRITERION_COLOURS.length] ?? CRITERION_COLOURS[0];
}

/**
 * Heatmap shades for a 0–10 score, lighter for lower and deeper for higher; text colour stays
 * readable (WCAG AA) on every shade in both themes.
 */
const SCORE_SHADES = [
  'bg-sky-50 dark:bg-slate-800',
  'bg-sky-100 dark:bg-sky-950',
  'bg-sky-200 dark:bg-sky-900',
  'bg-sky-300 dark:bg-sky-800',
  'bg-sky-400 dark:bg-sky-700',
] as const;

/** The heatmap shade for a 0–10 score (five bands: 0–2, 2–4, 4–6, 6–8, 8–10). */
export function scoreShade(score: number): string {
  const band = Math.min(4, Math.max(0, Math.floor(score / 2)));
  return SCORE_SHADES[band] ?? SCORE_SHADES[0];
}

/** The shades in order, for the legend. */
export const SCORE_BANDS = SCORE_SHADES.map((shade, i) => ({
  shade,
  label: i === 4 ? '8–10' : `${i * 2}–${i * 2 + 2}`,
}));
