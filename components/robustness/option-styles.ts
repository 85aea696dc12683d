/**
 * How each option is drawn in the robustness charts, by its index in case order (cycled past
 * six). Colour is never the only signal: every option also has its own dash pattern and marker
 * shape, and is named by a direct label. The colours are custom properties set per theme (and
 * for print) in robustness.module.css: 700 shades in light, 300s in dark, so lines keep at least
 * 3:1 contrast against the surface in both themes. They only resolve inside RobustnessSection.
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
    stroke: 'stroke-(--opt-0)',
    fill: 'fill-(--opt-0)',
    region: 'fill-(--opt-0)/12',
    dash: undefined,
    marker: 'circle',
  },
  {
    stroke: 'stroke-(--opt-1)',
    fill: 'fill-(--opt-1)',
    region: 'fill-(--opt-1)/12',
    dash: '9 4',
    marker: 'square',
  },
  {
    stroke: 'stroke-(--opt-2)',
    fill: 'fill-(--opt-2)',
    region: 'fill-(--opt-2)/12',
    dash: '2 4',
    marker: 'triangle',
  },
  {
    stroke: 'stroke-(--opt-3)',
    fill: 'fill-(--opt-3)',
    region: 'fill-(--opt-3)/12',
    dash: '12 4 2 4',
    marker: 'diamond',
  },
  {
    stroke: 'stroke-(--opt-4)',
    fill: 'fill-(--opt-4)',
    region: 'fill-(--opt-4)/12',
    dash: '6 3',
    marker: 'cross',
  },
  {
    stroke: 'stroke-(--opt-5)',
    fill: 'fill-(--opt-5)',
    region: 'fill-(--opt-5)/12',
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
