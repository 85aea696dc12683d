/**
 * Times the robustness maths on synthetic, seeded matrices (not part of `npm test`):
 *
 *   npm run bench
 *
 * SMAA-2 at 100,000 samples for 4 options × 8 criteria and 20 × 30, each after a warm-up, as
 * the median (and best) of several runs; then one re-rank (weightedTotals + rankOptions) and
 * one smallestChange for the 4 × 8 matrix, in microseconds.
 */
import {
  createRng,
  normaliseWeights,
  rankAcceptability,
  rankOptions,
  smallestChange,
  weightedTotals,
  type DecisionMatrix,
  type SmaaOptions,
} from '@/lib/decision';

const SAMPLES = 100_000;
const REPS = 5;

/** A seeded n × m matrix with integer scores and a range of up to ±2 around each. */
function syntheticMatrix(n: number, m: number, seed: number): DecisionMatrix {
  const rng = createRng(seed);
  const scores = Array.from({ length: n }, () =>
    Array.from({ length: m }, () => Math.round(rng() * 10)),
  );
  return {
    options: scores.map((_, i) => `option-${i + 1}`),
    criteria: Array.from({ length: m }, (_, k) => `criterion-${k + 1}`),
    scores,
    low: scores.map((row) => row.map((s) => Math.max(0, s - Math.round(rng() * 2)))),
    high: scores.map((row) => row.map((s) => Math.min(10, s + Math.round(rng() * 2)))),
  };
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Median and best wall time of `reps` calls, after `warmup` untimed calls. */
function time(fn: () => unknown, reps = REPS, warmup = 2): { median: number; best: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), best: Math.min(...times) };
}

/** Mean microseconds per call over enough calls to fill about 200 ms. */
function microseconds(fn: () => unknown): number {
  for (let i = 0; i < 1000; i++) fn();
  let calls = 0;
  const start = performance.now();
  while (performance.now() - start < 200) {
    for (let i = 0; i < 100; i++) fn();
    calls += 100;
  }
  return ((performance.now() - start) * 1000) / calls;
}

const rows: string[][] = [];
const row = (...cells: string[]) => rows.push(cells);

function benchSmaa(label: string, matrix: DecisionMatrix, options: SmaaOptions, reps = REPS) {
  const t = time(() => rankAcceptability(matrix, options), reps, reps < REPS ? 1 : 2);
  const work = options.samples + (options.confidenceSamples ?? options.samples);
  row(
    label,
    `${t.median.toFixed(1)} ms`,
    `${t.best.toFixed(1)} ms`,
    `${Math.round((options.samples / t.median) * 1000).toLocaleString('en-GB')} /s`,
    `${work.toLocaleString('en-GB')} draws`,
  );
}

const small = syntheticMatrix(4, 8, 1);
const large = syntheticMatrix(20, 30, 2);
const points = small.criteria.map((_, k) => 10 + k * 5);

benchSmaa('SMAA 4 × 8, uniform weights, acceptability only', small, {
  samples: SAMPLES,
  seed: 1,
  confidenceSamples: 0,
});
benchSmaa('SMAA 4 × 8, uniform weights, with confidence factors', small, {
  samples: SAMPLES,
  seed: 1,
});
benchSmaa('SMAA 4 × 8, weights around the reader (C = 30), full', small, {
  samples: SAMPLES,
  seed: 1,
  weights: { kind: 'around', weights: points, concentration: 30 },
});
benchSmaa('SMAA 20 × 30, uniform weights, acceptability only', large, {
  samples: SAMPLES,
  seed: 1,
  confidenceSamples: 0,
});
benchSmaa(
  'SMAA 20 × 30, uniform weights, with confidence factors',
  large,
  { samples: SAMPLES, seed: 1 },
  3,
);

const weights = normaliseWeights(points);
const rerank = microseconds(() =>
  rankOptions(small.options, weightedTotals(small.scores, weights)),
);
const change = microseconds(() => smallestChange(small, points));

const header = ['measure', 'median', 'best', 'samples per second', 'work'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: readonly string[]) =>
  cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join('  ')
    .trimEnd();

console.log(
  `Node ${process.version}, ${SAMPLES.toLocaleString('en-GB')} samples, median of ${REPS} runs after a warm-up (3 for the slowest)\n`,
);
console.log(line(header));
rows.forEach((r) => console.log(line(r)));
console.log('');
console.log(`Re-rank 4 × 8 (weightedTotals + rankOptions): ${rerank.toFixed(2)} µs`);
console.log(`smallestChange 4 × 8 (all 8 criteria):        ${change.toFixed(2)} µs`);
