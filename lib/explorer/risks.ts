import type { Risk } from '@/lib/case/schema';

/** A risk's severity: likelihood × impact, 1–25. */
export function riskSeverity(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
  return risk.likelihood * risk.impact;
}

/**
 * The `n` most severe risks (likelihood × impact), most severe first; equal severity keeps
 * the order the case lists them in. Returns a new array.
 */
export function topRisks<R extends Pick<Risk, 'likelihood' | 'impact'>>(
  risks: readonly R[],
  n = 3,
): R[] {
  return risks
    .map((risk, i) => ({ risk, i }))
    .sort((a, b) => riskSeverity(b.risk) - riskSeverity(a.risk) || a.i - b.i)
    .slice(0, n)
    .map((x) => x.risk);
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'from', 'to', 'in', 'on', 'and', 'or']);

/**
 * Short codes for options, used to mark risks on the grid: the initials of the first two
 * significant words of each label (`The low road: …` → `LR`), or `A`, `B`, … for every option
 * when initials would collide.
 */
export function optionCodes(labels: readonly string[]): string[] {
  const initials = labels.map((l) =>
    l
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !SMALL_WORDS.has(w))
      .slice(0, 2)
      .map((w) => w.charAt(0).toUpperCase())
      .join(''),
  );
  const unique = new Set(initials).size === initials.length && initials.every(Boolean);
  return unique ? initials : labels.map((_, i) => String.fromCharCode(65 + (i % 26)));
}

/** A risk placed on the likelihood × impact grid, with the option it belongs to. */
export interface PlacedRisk<R> {
  readonly optionId: string;
  readonly code: string;
  readonly risk: R;
}

/**
 * Places every option's risks on a 5 × 5 grid. `grid[impact - 1][likelihood - 1]` lists the
 * risks in that cell. Codes are the option code plus the risk's position, e.g. `LR2`.
 */
export function riskGrid<R extends Pick<Risk, 'likelihood' | 'impact'>>(
  options: readonly { id: string; label: string; risks: readonly R[] }[],
): PlacedRisk<R>[][][] {
  const grid: PlacedRisk<R>[][][] = Array.from({ length: 5 }, () =>
    Array.from({ length: 5 }, () => []),
  );
  const codes = optionCodes(options.map((o) => o.label));
  options.forEach((o, i) => {
    o.risks.forEach((risk, r) => {
      grid[risk.impact - 1]?.[risk.likelihood - 1]?.push({
        optionId: o.id,
        code: `${codes[i]}${r + 1}`,
        risk,
      });
    });
  });
  return grid;
}
