// Times one re-rank in the explorer: a store update (one slider step) plus the selectors every
// view reads (normalised weights, totals, contributions, ranking, lead). Not part of `npm test`.
// Usage: node_modules/.bin/tsx scripts/bench-explorer.ts [case-id]
import { performance } from 'node:perf_hooks';
import { getCase } from '@/content';
import { modelFromCase } from '@/lib/explorer/model';
import {
  createExplorerStore,
  selectContributions,
  selectLead,
  selectNormalisedWeights,
  selectRanking,
  selectTotals,
} from '@/lib/explorer/store';

const id = process.argv[2] ?? 'camp-taji-2020';
const c = getCase(id);
if (!c) throw new Error(`unknown case ${id}`);
const store = createExplorerStore(modelFromCase(c));
const n = c.criteria.length;

function rerank(i: number) {
  store.getState().setPoint(i % n, i % 101);
  const s = store.getState();
  return [
    selectNormalisedWeights(s),
    selectTotals(s),
    selectContributions(s),
    selectRanking(s),
    selectLead(s),
  ];
}

for (let i = 0; i < 20_000; i++) rerank(i); // warm up the JIT
const samples: number[] = [];
for (let round = 0; round < 50; round++) {
  const runs = 2_000;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) rerank(i * 7 + round);
  samples.push(((performance.now() - t0) / runs) * 1000);
}
samples.sort((a, b) => a - b);
const at = (q: number) => samples[Math.floor(q * (samples.length - 1))]!.toFixed(2);
console.log(
  `${id}: one re-rank (store update + selectors), ${c.options.length} options × ${n} criteria: ` +
    `median ${at(0.5)} µs, p95 ${at(0.95)} µs (a 60 Hz frame is 16 667 µs)`,
);
