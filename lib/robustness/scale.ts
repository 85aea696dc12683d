/**
 * Tiny linear scales for hand-written SVG charts (no chart library): a map from a data domain
 * to pixels, and label placement that keeps direct labels from overlapping.
 */

/** A linear map from data to pixels, with its inverse. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
  invert(pixel: number): number;
}

/**
 * A linear scale taking domain[0] → range[0] and domain[1] → range[1]. The range may run
 * backwards (an SVG y axis goes down: [height, 0]). Values outside the domain are extrapolated,
 * not clamped. A zero-width domain maps everything to range[0] rather than dividing by zero.
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((value: number) => r0 + (value - d0) * k) as LinearScale;
  return Object.assign(scale, {
    domain,
    range,
    invert: (pixel: number) => (k === 0 ? d0 : d0 + (pixel - r0) / k),
  });
}

/** `count` + 1 evenly spaced values from `from` to `to` inclusive (count ≥ 1). */
export function evenTicks(from: number, to: number, count: number): number[] {
  const n = Math.max(1, Math.floor(count));
  return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
}

/**
 * Centres for labels that want to sit at `wanted` (pixels, any order) but must not overlap:
 * label i is `heights[i]` tall, neighbours keep at least `gap` between them, and every label stays
 * inside [min, max]. Labels keep their order; each moves as little as this two-pass push allows.
 * Returns centres in the input order. If the labels cannot fit, they overflow past `max`
 * rather than overlap.
 */
export function spreadLabels(
  wanted: readonly number[],
  heights: readonly number[],
  min: number,
  max: number,
  gap = 2,
): number[] {
  const order = wanted.map((_, i) => i).sort((a, b) => wanted[a]! - wanted[b]! || a - b);
  const h = (i: number) => heights[i] ?? 0;
  const pos = order.map((i) => wanted[i]!);
  const need = (p: number) => (h(order[p - 1]!) + h(order[p]!)) / 2 + gap;
  // Down from the top: clamp to min, then push each label below its upper neighbour.
  for (let p = 0; p < pos.length; p++) {
    const floor = p === 0 ? min + h(order[0]!) / 2 : pos[p - 1]! + need(p);
    pos[p] = Math.max(pos[p]!, floor);
  }
  // Up from the bottom: pull labels back inside max, then above their lower neighbour.
  for (let p = pos.length - 1; p >= 0; p--) {
    const ceil = p === pos.length - 1 ? max - h(order[p]!) / 2 : pos[p + 1]! - need(p + 1);
    pos[p] = Math.min(pos[p]!, ceil);
  }
  // If the second pass pushed the top label above min, there was no room: overlap-free wins.
  for (let p = 0; p < pos.length; p++) {
    const floor = p === 0 ? min + h(order[0]!) / 2 : pos[p - 1]! + need(p);
    pos[p] = Math.max(pos[p]!, floor);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((i, p) => (out[i] = pos[p]!));
  return out;
}
