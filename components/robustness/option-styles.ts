/**
 * How each option is drawn in the robustness charts, by its index in case order (cycled past
 * six). Colour is never the only signal: every option also has its own dash pattern and marker
 * shape, and is named by a direct label. Light shades are 700s and dark ones 300s, so lines keep
 * at least 3:1 contrast against the surface in both themes.
 */

export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross' | 'star';

export interface OptionStyle {
  /** Tailwind classes for a line or marker outline. */
  readonly stroke: string;
  /** Tailwind classes for a filled marker. */
  readonly fill: string;
  /** Tailwind classes for a faint background region. */
  readonly region: string;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  readonly dash: string | undefined;
  readonly marker: MarkerShape;
}

const STYLES: readonly OptionStyle[] = [
  {
    stroke: 'stroke-sky-700 dark:stroke-sky-300',
    fill: 'fill-sky-700 dark:fill-sky-300',
    region: 'fill-sky-700/10 dark:fill-sky-300/15',
    dash: undefined,
    marker: 'circle',
  },
  {
    stroke: 'stroke-orange-700 dark:stroke-orange-300',
    fill: 'fill-orange-700 dark:fill-orange-300',
    region: 'fill-orange-700/10 dark:fill-orange-300/15',
    dash: '9 4',
    marker: 'square',
  },
  {
    stroke: 'stroke-violet-700 dark:stroke-violet-300',
    fill: 'fill-violet-700 dark:fill-violet-300',
    region: 'fill-violet-700/10 dark:fill-violet-300/15',
    dash: '2 4',
    marker: 'triangle',
  },
  {
    stroke: 'stroke-emerald-700 dark:stroke-emerald-300',
    fill: 'fill-emerald-700 dark:fill-emerald-300',
    region: 'fill-emerald-700/10 dark:fill-emerald-300/15',
    dash: '12 4 2 4',
    marker: 'diamond',
  },
  {
    stroke: 'stroke-rose-700 dark:stroke-rose-300',
    fill: 'fill-rose-700 dark:fill-rose-300',
    region: 'fill-rose-700/10 dark:fill-rose-300/15',
    dash: '6 3',
    marker: 'cross',
  },
  {
    stroke: 'stroke-teal-700 dark:stroke-teal-300',
    fill: 'fill-teal-700 dark:fill-teal-300',
    region: 'fill-teal-700/10 dark:fill-teal-300/15',
    dash: '1 3',
    marker: 'star',
  },
];

/** The drawing style of option `index` (case order). */
export function optionStyle(index: number): OptionStyle {
  return STYLES[index % STYLES.length] ?? STYLES[0]!;
}

/** An SVG path for a marker of `size` px centred on (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, size = 9): string {
  const r = size / 2;
  switch (shape) {
    case 'circle':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square':
      return `M${x - r * 0.9},${y - r * 0.9}h${1.8 * r}v${1.8 * r}h${-1.8 * r}Z`;
    case 'triangle':
      return `M${x},${y - r * 1.1}L${x + r * 1.1},${y + r * 0.9}L${x - r * 1.1},${y + r * 0.9}Z`;
    case 'diamond':
      return `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`;
    case 'cross': {
      const t = r * 0.4;
      return `M${x - t},${y - r}h${2 * t}v${r - t}h${r - t}v${2 * t}h${t - r}v${r - t}h${-2 * t}v${t - r}h${t - r}v${-2 * t}h${r - t}Z`;
    }
    case 'star': {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 === 0 ? r * 1.2 : r * 0.5;
        pts.push(`${x + rr * Math.cos(a)},${y + rr * Math.sin(a)}`);
      }
      return `M${pts.join('L')}Z`;
    }
  }
}
