/**
 * Geometry of the sensitivity chart: each option's total (0–100) as a straight line against one
 * criterion's weight (0–100%), regions shaded by who leads, flip points and the current weight.
 * Pure numbers for an SVG of a given pixel width; the component only draws what this returns.
 */

import type { FlipPoint, LeaderSegment, SweepLine } from '@/lib/decision';
import { formatPercent } from '@/lib/explorer/format';
import { wrapLabel } from './labels';
import { evenTicks, linearScale, spreadLabels, type LinearScale } from './scale';

/** Sizes that depend on the chart's width: narrow charts get a shorter label column. */
export interface SensitivityLayout {
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
  /** Characters per line of a direct label before it wraps. */
  readonly labelChars: number;
  readonly lineHeight: number;
}

/** Below this width (px) the chart uses its narrow layout. */
export const NARROW_CHART = 480;

/**
 * The layout for a chart `width` pixels wide (at least 240 is assumed; smaller widths are
 * treated as 240 so the plot never has negative size).
 */
export function sensitivityLayout(width: number): SensitivityLayout {
  const w = Math.max(240, Math.round(width));
  const narrow = w < NARROW_CHART;
  return {
    width: w,
    height: narrow ? 280 : 330,
    margin: { top: 30, right: narrow ? 80 : 150, bottom: 46, left: 46 },
    labelChars: narrow ? 10 : 18,
    lineHeight: narrow ? 13 : 15,
  };
}

export interface GeometryLine {
  readonly option: string;
  readonly index: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
  /** Where the line crosses the current weight. */
  readonly xCurrent: number;
  readonly yCurrent: number;
}

export interface GeometryRegion {
  readonly leader: string;
  readonly x0: number;
  readonly x1: number;
  /** Centre for the leader's name, or null when the region is too narrow to name. */
  readonly labelX: number | null;
  /** The leader's short name, or null when it would not fit. */
  readonly label: string | null;
}

export interface GeometryFlip extends FlipPoint {
  readonly x: number;
  /** Height of the crossing (both options' total there). */
  readonly y: number;
  readonly label: string;
  /** 0 or 1: flips too close together alternate between two rows of labels. */
  readonly row: number;
}

export interface GeometryLabel {
  readonly option: string;
  readonly index: number;
  readonly lines: readonly string[];
  /** Centre of the label block after spreading. */
  readonly y: number;
  /** The line's end, which the label's leader tick points at. */
  readonly anchorY: number;
}

export interface Tick {
  readonly value: number;
  readonly at: number;
  readonly label: string;
}

/** Everything the sensitivity chart draws, in pixels. */
export interface SensitivityGeometry {
  readonly layout: SensitivityLayout;
  readonly plot: {
    readonly left: number;
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
  };
  readonly x: LinearScale;
  readonly y: LinearScale;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly regions: readonly GeometryRegion[];
  readonly lines: readonly GeometryLine[];
  readonly flips: readonly GeometryFlip[];
  readonly current: { readonly value: number; readonly x: number; readonly label: string };
  readonly labels: readonly GeometryLabel[];
}

/** Inputs: the results of lib/decision's sweep for one criterion, and short option labels. */
export interface SensitivityInput {
  readonly width: number;
  readonly lines: readonly SweepLine[];
  readonly segments: readonly LeaderSegment[];
  readonly flips: readonly FlipPoint[];
  /** The criterion's current normalised weight, 0–1. */
  readonly current: number;
  /** Short label per option id, for the direct labels at the right end of each line. */
  readonly shortLabels: Readonly<Record<string, string>>;
}

/** A rough width of one character of the chart's 12 px labels, to decide what fits. */
const CHAR_PX = 6.6;
/** Flip labels closer than this (px) go on alternate rows. */
const MIN_FLIP_GAP = 40;

/**
 * Lays out the chart: weight 0 at the plot's left edge and 1 at its right; total 0 at the
 * bottom and 100 at the top. Totals are not clamped (lib/decision keeps them within 0–100 for
 * scores within 0–10). Lines, regions and flips come straight from lib/decision.
 */
export function sensitivityGeometry(input: SensitivityInput): SensitivityGeometry {
  const layout = sensitivityLayout(input.width);
  const { margin } = layout;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: layout.width - margin.right,
    bottom: layout.height - margin.bottom,
  };
  const x = linearScale([0, 1], [plot.left, plot.right]);
  const y = linearScale([0, 100], [plot.bottom, plot.top]);

  const xTicks = evenTicks(0, 1, 4).map((value) => ({
    value,
    at: x(value),
    label: formatPercent(value),
  }));
  const yTicks = evenTicks(0, 100, 4).map((value) => ({
    value,
    at: y(value),
    label: String(value),
  }));

  const regions = input.segments.map((s) => {
    const x0 = x(s.from);
    const x1 = x(s.to);
    const name = input.shortLabels[s.leader] ?? s.leader;
    const fits = name.length * CHAR_PX + 8 <= x1 - x0;
    return {
      leader: s.leader,
      x0,
      x1,
      labelX: fits ? (x0 + x1) / 2 : null,
      label: fits ? name : null,
    };
  });

  const total = (l: SweepLine, w: number) => l.intercept + l.slope * w;
  const lines = input.lines.map((l) => ({
    option: l.option,
    index: l.index,
    x0: x(0),
    y0: y(total(l, 0)),
    x1: x(1),
    y1: y(total(l, 1)),
    xCurrent: x(input.current),
    yCurrent: y(total(l, input.current)),
  }));

  let lastX = -Infinity;
  let lastRow = 1;
  const flips = input.flips.map((f) => {
    const fx = x(f.at);
    const row = fx - lastX < MIN_FLIP_GAP ? 1 - lastRow : 0;
    lastX = fx;
    lastRow = row;
    const line = input.lines.find((l) => l.option === f.to);
    return {
      ...f,
      x: fx,
      y: line ? y(total(line, f.at)) : plot.top,
      label: formatPercent(f.at),
      row,
    };
  });

  const wrapped = input.lines.map((l) =>
    wrapLabel(input.shortLabels[l.option] ?? l.option, layout.labelChars),
  );
  const anchors = lines.map((l) => l.y1);
  const centres = spreadLabels(
    anchors,
    wrapped.map((w) => w.length * layout.lineHeight),
    plot.top - margin.top + 4,
    plot.bottom + 12,
    3,
  );
  const labels = input.lines.map((l, i) => ({
    option: l.option,
    index: l.index,
    lines: wrapped[i] ?? [],
    y: centres[i] ?? anchors[i] ?? 0,
    anchorY: anchors[i] ?? 0,
  }));

  return {
    layout,
    plot,
    x,
    y,
    xTicks,
    yTicks,
    regions,
    lines,
    flips,
    current: { value: input.current, x: x(input.current), label: formatPercent(input.current) },
    labels,
  };
}
