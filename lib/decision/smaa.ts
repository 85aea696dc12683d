/**
 * SMAA-2 (Stochastic Multicriteria Acceptability Analysis, Lahdelma & Salminen 2001) by Monte
 * Carlo: draw weights and scores many times, rank the options each time, and count.
 *
 * Ties: in each draw, totals are sorted and chained into tie groups exactly as `rankOptions`
 * does (neighbours within EPSILON are level). A group of k options occupying ranks r … r+k−1
 * gives each member 1/k of each of those ranks. Every draw therefore hands out exactly one unit
 * per option and one unit per rank, so each option's acceptabilities sum to 1 over ranks and
 * each rank's sum to 1 over options. The same 1/k share counts towards central weights and
 * confidence factors when k options are level first.
 *
 * Speed: all state lives in Float64Arrays allocated once per run; a draw allocates nothing.
 */

import { normaliseWeights } from './core';
import { createRng, fillDirichlet, fillFlatDirichlet, type Rng } from './random';
import { EPSILON, type DecisionMatrix } from './types';

/**
 * The smallest Dirichlet parameter used when sampling around the reader's weights. The Dirichlet
 * needs every α > 0, so a criterion the reader weighted 0 gets α = 0.01 rather than 0: its sampled
 * weight is almost always close to 0 (mean about 0.01 / concentration) but the draw stays valid.
 */
export const DIRICHLET_ALPHA_FLOOR = 0.01;

/** How SMAA samples weights. */
export type SmaaWeightModel =
  /** Uniformly over all weight vectors (a flat Dirichlet): "any weights at all". */
  | { readonly kind: 'uniform' }
  /**
   * Dirichlet with α_j = max(concentration × w_j, DIRICHLET_ALPHA_FLOOR) around the reader's
   * weights w (points or normalised). Mean weights ≈ the reader's; larger concentration = tighter.
   */
  | {
      readonly kind: 'around';
      readonly weights: readonly number[];
      readonly concentration: number;
    };

/** What a caller chooses for one SMAA run. */
export interface SmaaOptions {
  /** Weight draws in the main phase (a positive integer). */
  readonly samples: number;
  /** Recorded in the result; the default random source is `createRng(seed)`. */
  readonly seed: number;
  /** Default: uniform. */
  readonly weights?: SmaaWeightModel;
  /** 'triangular' draws each score from triangular(low, score, high); 'fixed' uses the scores. */
  readonly scores?: 'triangular' | 'fixed';
  /**
   * Score draws for the confidence factors, each shared by every option that has central
   * weights; default `samples`. 0 skips the confidence factors (they come back null).
   */
  readonly confidenceSamples?: number;
}

/** SMAA-2 results, plain JSON (safe to post from a worker). Index order follows the matrix. */
export interface SmaaResult {
  readonly options: readonly string[];
  readonly criteria: readonly string[];
  /** Weight draws counted so far (equals the requested samples once the run is complete). */
  readonly samples: number;
  /** Score draws counted so far for the confidence factors. */
  readonly confidenceSamples: number;
  readonly seed: number;
  readonly weightModel: 'uniform' | 'around';
  /** The concentration when sampling around the reader's weights; null for uniform. */
  readonly concentration: number | null;
  readonly scoreModel: 'triangular' | 'fixed';
  /** acceptability[i][r]: share of draws in which option i ranks r + 1 (r = 0 is first). */
  readonly acceptability: readonly (readonly number[])[];
  /** Mean weight vector over the draws in which option i ranks first; null if it never does. */
  readonly centralWeights: readonly (readonly number[] | null)[];
  /**
   * Share of score draws, with weights fixed at option i's central weights, in which i ranks
   * first; null when it has no central weights or no confidence draws were made.
   */
  readonly confidence: readonly (number | null)[];
  /** False for a snapshot taken before the run finished. */
  readonly complete: boolean;
}

/** An SMAA run advanced in slices, so a Web Worker can post progress between them. */
export interface SmaaRun {
  /** Work units in the whole run: samples + confidenceSamples. */
  readonly total: number;
  /** Does up to n more units of work (weight draws, then confidence draws); returns units done. */
  step(n: number): number;
  done(): boolean;
  /** A snapshot of the results so far; final once `done()`. All zeros before the first step. */
  result(): SmaaResult;
}

function validate(matrix: DecisionMatrix, options: SmaaOptions): void {
  const n = matrix.options.length;
  const m = matrix.criteria.length;
  if (n < 1 || m < 1) throw new RangeError('SMAA needs at least one option and one criterion');
  if (!Number.isInteger(options.samples) || options.samples < 1) {
    throw new RangeError(`samples must be a positive integer (got ${options.samples})`);
  }
  const cs = options.confidenceSamples;
  if (cs !== undefined && (!Number.isInteger(cs) || cs < 0)) {
    throw new RangeError(`confidenceSamples must be a non-negative integer (got ${cs})`);
  }
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m; k++) {
      const s = matrix.scores[i]?.[k];
      const lo = matrix.low[i]?.[k];
      const hi = matrix.high[i]?.[k];
      if (s === undefined || lo === undefined || hi === undefined || ![s, lo, hi].every(isFinite)) {
        throw new RangeError(`matrix cell ${matrix.options[i]} × ${matrix.criteria[k]} is missing`);
      }
      if (!(lo <= s && s <= hi)) {
        throw new RangeError(
          `matrix cell ${matrix.options[i]} × ${matrix.criteria[k]} needs low ≤ score ≤ high`,
        );
      }
    }
  }
  const wm = options.weights;
  if (wm?.kind === 'around') {
    if (wm.weights.length !== m) {
      throw new RangeError(`expected ${m} weights (one per criterion), got ${wm.weights.length}`);
    }
    if (!(wm.concentration > 0) || !Number.isFinite(wm.concentration)) {
      throw new RangeError(`concentration must be a positive number (got ${wm.concentration})`);
    }
  }
}

/**
 * Everything a run touches per draw, allocated once. The hot loops below are plain functions
 * that copy these into locals first: V8 then keeps them in registers, which closures over the
 * same arrays did not (about 30% slower when measured).
 */
interface Kernel {
  readonly n: number;
  readonly m: number;
  readonly rng: Rng;
  /** Dirichlet parameters when sampling around the reader's weights; null for uniform. */
  readonly alpha: Float64Array | null;
  /** Uncertain cells (row-major index into `drawn`) and their inverse-CDF coefficients. */
  readonly cell: Int32Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly split: Float64Array;
  readonly left: Float64Array;
  readonly right: Float64Array;
  /** The current score draw, n × m row-major; certain cells never change. */
  readonly drawn: Float64Array;
  readonly weights: Float64Array;
  readonly totals: Float64Array;
  readonly order: Int32Array;
  /** acc[i·n + r]: rank r + 1 credit of option i; centralSum[i·m + k]; firstShare[i]. */
  readonly acc: Float64Array;
  readonly centralSum: Float64Array;
  readonly firstShare: Float64Array;
}

// Kernel totals are Σ w·s on 0–10 (the ×10 of weightedTotals is dropped for speed), so the tie
// tolerance is scaled to keep EPSILON's meaning on the 0–100 scale.
const TIE = EPSILON / 10;

function createKernel(
  matrix: DecisionMatrix,
  rng: Rng,
  alpha: Float64Array | null,
  triangular: boolean,
): Kernel {
  const n = matrix.options.length;
  const m = matrix.criteria.length;
  const drawn = new Float64Array(n * m);
  const uncertain: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < m; k++) {
      drawn[i * m + k] = matrix.scores[i]![k]!;
      if (triangular && matrix.high[i]![k]! > matrix.low[i]![k]!) uncertain.push(i * m + k);
    }
  }
  const u = uncertain.length;
  const kernel: Kernel = {
    n,
    m,
    rng,
    alpha,
    cell: Int32Array.from(uncertain),
    lo: new Float64Array(u),
    hi: new Float64Array(u),
    split: new Float64Array(u),
    left: new Float64Array(u),
    right: new Float64Array(u),
    drawn,
    weights: new Float64Array(m),
    totals: new Float64Array(n),
    order: new Int32Array(n),
    acc: new Float64Array(n * n),
    centralSum: new Float64Array(n * m),
    firstShare: new Float64Array(n),
  };
  uncertain.forEach((c, q) => {
    const i = Math.floor(c / m);
    const k = c % m;
    const l = matrix.low[i]![k]!;
    const h = matrix.high[i]![k]!;
    const mode = drawn[c]!;
    kernel.lo[q] = l;
    kernel.hi[q] = h;
    kernel.split[q] = (mode - l) / (h - l);
    kernel.left[q] = (h - l) * (mode - l);
    kernel.right[q] = (h - l) * (h - mode);
  });
  return kernel;
}

/** Redraws every uncertain score from triangular(low, score, high) by inverse CDF. */
function drawScores(kr: Kernel): void {
  const { rng, cell, lo, hi, split, left, right, drawn } = kr;
  const u = cell.length;
  // Which side of the mode a draw lands on is a coin toss the CPU cannot predict, so the branch
  // is written as arithmetic on b ∈ {0, 1}; it measured about 10% faster than a ternary.
  for (let q = 0; q < u; q++) {
    const r = rng();
    const b = +(r < split[q]!);
    const root = Math.sqrt(b * r * left[q]! + (1 - b) * (1 - r) * right[q]!);
    drawn[cell[q]!] = b * (lo[q]! + root) + (1 - b) * (hi[q]! - root);
  }
}

/** Fills kr.totals with Σ_k w_k · drawn[i][k] for each option i. */
function computeTotals(kr: Kernel, w: Float64Array): void {
  const { n, m, drawn, totals } = kr;
  for (let i = 0, base = 0; i < n; i++, base += m) {
    let t = 0;
    for (let k = 0; k < m; k++) t += drawn[base + k]! * w[k]!;
    totals[i] = t;
  }
}

/** Sorts option indices into kr.order by total, best first; stable, like rankOptions. */
function sortByTotal(kr: Kernel): void {
  const { n, totals, order } = kr;
  for (let i = 0; i < n; i++) {
    const t = totals[i]!;
    let p = i - 1;
    while (p >= 0 && totals[order[p]!]! < t) {
      order[p + 1] = order[p]!;
      p--;
    }
    order[p + 1] = i;
  }
}

/** The main phase: `count` weight-and-score draws, each ranked and credited. */
function countWeightDraws(kr: Kernel, count: number): void {
  const { n, m, rng, alpha, weights, totals, order, acc, centralSum, firstShare } = kr;
  for (let s = 0; s < count; s++) {
    if (alpha) fillDirichlet(rng, alpha, weights);
    else fillFlatDirichlet(rng, weights);
    drawScores(kr);
    computeTotals(kr, weights);
    sortByTotal(kr);
    let start = 0;
    while (start < n) {
      let end = start + 1;
      while (end < n && totals[order[end - 1]!]! - totals[order[end]!]! <= TIE) end++;
      const share = 1 / (end - start);
      for (let p = start; p < end; p++) {
        const o = order[p]!;
        for (let r = start; r < end; r++) acc[o * n + r]! += share;
        if (start === 0) {
          firstShare[o]! += share;
          for (let k = 0, b = o * m; k < m; k++) centralSum[b + k]! += share * weights[k]!;
        }
      }
      start = end;
    }
  }
}

/**
 * Option i's share of first place in kr.totals: 1/k if it is in the first tie group of k
 * (chained down from the best total, as in the main phase), else 0.
 */
function firstPlaceShare(kr: Kernel, i: number): number {
  const { n, totals } = kr;
  let floor = -Infinity;
  for (let o = 0; o < n; o++) if (totals[o]! > floor) floor = totals[o]!;
  floor -= TIE;
  for (;;) {
    let lowest = Infinity;
    let size = 0;
    for (let o = 0; o < n; o++) {
      const t = totals[o]!;
      if (t >= floor) {
        size++;
        if (t < lowest) lowest = t;
      }
    }
    if (lowest - TIE >= floor) return totals[i]! >= floor ? 1 / size : 0;
    floor = lowest - TIE;
  }
}

/**
 * Option i's share of first place in the current score draw at weights w (see
 * `firstPlaceShare`). Stops at the first rival ahead by more than n·TIE: a chain of ties links at
 * most n options, so that rival certainly beats i, and the rest need not be totalled.
 */
function confidenceCredit(kr: Kernel, w: Float64Array, i: number, rivals: Int32Array): number {
  const { n, m, drawn, totals } = kr;
  let own = 0;
  for (let k = 0, base = i * m; k < m; k++) own += drawn[base + k]! * w[k]!;
  const beaten = own + n * TIE;
  for (let p = 0; p < n; p++) {
    const o = rivals[p]!;
    if (o === i) {
      totals[o] = own;
      continue;
    }
    let t = 0;
    for (let k = 0, base = o * m; k < m; k++) t += drawn[base + k]! * w[k]!;
    if (t > beaten) return 0;
    totals[o] = t;
  }
  return firstPlaceShare(kr, i);
}

/**
 * Starts an SMAA-2 run without doing any work; call `step` until `done()`. Deterministic for a
 * given rng state: pass `createRng(seed)` (the default) for a reproducible run, and keep
 * `options.seed` in step with it, since the result records that seed. Throws a RangeError for a
 * malformed matrix (low ≤ score ≤ high in every cell) or options.
 */
export function createSmaaRun(
  matrix: DecisionMatrix,
  options: SmaaOptions,
  rng: Rng = createRng(options.seed),
): SmaaRun {
  validate(matrix, options);
  const n = matrix.options.length;
  const m = matrix.criteria.length;
  const samples = options.samples;
  const confidenceTarget = options.confidenceSamples ?? samples;
  const model = options.weights ?? { kind: 'uniform' };
  const scoreModel = options.scores ?? 'triangular';
  const alpha =
    model.kind === 'around'
      ? Float64Array.from(normaliseWeights(model.weights), (x) =>
          Math.max(model.concentration * x, DIRICHLET_ALPHA_FLOOR),
        )
      : null;
  const kr = createKernel(matrix, rng, alpha, scoreModel === 'triangular');

  // Confidence phase: one score draw per unit of work, shared by every option that has central
  // weights (common random numbers: each factor is still the standard SMAA-2 estimator, at a
  // fraction of the cost of separate draws per option).
  const central: Float64Array[] = [];
  const candidates: number[] = [];
  const confidenceShare = new Float64Array(n);
  // Rivals in order of how often they ranked first, so a losing draw is usually spotted early.
  const rivals = new Int32Array(n);
  const startConfidence = () => {
    rivals.set(
      Array.from({ length: n }, (_, i) => i).sort((a, b) => kr.firstShare[b]! - kr.firstShare[a]!),
    );
    for (let i = 0; i < n; i++) {
      const share = kr.firstShare[i]!;
      const cw = new Float64Array(m);
      if (share > 0) {
        for (let k = 0; k < m; k++) cw[k] = kr.centralSum[i * m + k]! / share;
        candidates.push(i);
      }
      central.push(cw);
    }
  };
  const countConfidenceDraws = (count: number) => {
    // With no uncertain score every draw is the same, so one draw stands for all of them.
    const draws = kr.cell.length === 0 ? Math.min(count, 1) : count;
    const weight = kr.cell.length === 0 ? count : 1;
    for (let s = 0; s < draws; s++) {
      drawScores(kr);
      for (const i of candidates) {
        confidenceShare[i]! += weight * confidenceCredit(kr, central[i]!, i, rivals);
      }
    }
  };

  let weightDone = 0;
  let confidenceDone = 0;
  let confidenceStarted = false;
  const total = samples + confidenceTarget;
  const done = () => weightDone === samples && confidenceDone === confidenceTarget;

  const step = (budget: number) => {
    let left = budget > 0 ? Math.floor(budget) : 0;
    const weightBatch = Math.min(left, samples - weightDone);
    countWeightDraws(kr, weightBatch);
    weightDone += weightBatch;
    left -= weightBatch;
    if (weightDone === samples && !confidenceStarted && left > 0) {
      startConfidence();
      confidenceStarted = true;
    }
    const confidenceBatch = Math.min(left, confidenceTarget - confidenceDone);
    countConfidenceDraws(confidenceBatch);
    confidenceDone += confidenceBatch;
    return weightDone + confidenceDone;
  };

  const result = (): SmaaResult => {
    const acceptability: number[][] = [];
    const centralWeights: (number[] | null)[] = [];
    const confidence: (number | null)[] = [];
    for (let i = 0; i < n; i++) {
      const row = kr.acc.subarray(i * n, i * n + n);
      acceptability.push(Array.from(row, (x) => (weightDone ? x / weightDone : 0)));
      const share = kr.firstShare[i]!;
      const sum = kr.centralSum.subarray(i * m, i * m + m);
      centralWeights.push(share > 0 ? Array.from(sum, (x) => x / share) : null);
      confidence.push(
        share > 0 && confidenceDone > 0 ? confidenceShare[i]! / confidenceDone : null,
      );
    }
    return {
      options: [...matrix.options],
      criteria: [...matrix.criteria],
      samples: weightDone,
      confidenceSamples: confidenceDone,
      seed: options.seed,
      weightModel: model.kind,
      concentration: model.kind === 'around' ? model.concentration : null,
      scoreModel,
      acceptability,
      centralWeights,
      confidence,
      complete: done(),
    };
  };

  return { total, step, done, result };
}

/**
 * Runs SMAA-2 to completion and returns rank acceptabilities, central weights and confidence
 * factors. Blocks for the whole run: on the main thread of a page, use `createSmaaRun` in a
 * worker instead. Same matrix, options and rng state → identical result.
 */
export function rankAcceptability(
  matrix: DecisionMatrix,
  options: SmaaOptions,
  rng: Rng = createRng(options.seed),
): SmaaResult {
  const run = createSmaaRun(matrix, options, rng);
  while (!run.done()) run.step(run.total);
  return run.result();
}
