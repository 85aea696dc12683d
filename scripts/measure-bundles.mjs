// Gzipped first-load JavaScript per route, from a finished `next build`.
// Usage: NEXT_DIST_DIR=.next-e2e-explorer node scripts/measure-bundles.mjs [route …]
// Reads <distDir>/diagnostics/route-bundle-stats.json (written by the build), gzips every
// first-load chunk of each route at level 9 and sums them. Without routes it prints them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const distDir = process.env.NEXT_DIST_DIR || '.next';
const statsPath = join(root, distDir, 'diagnostics', 'route-bundle-stats.json');

let stats;
try {
  stats = JSON.parse(readFileSync(statsPath, 'utf8'));
} catch {
  console.error(
    `No build statistics at ${statsPath}: run \`next build\` with this NEXT_DIST_DIR first.`,
  );
  process.exit(1);
}

const wanted = process.argv.slice(2);
const rows = stats
  .filter((r) => wanted.length === 0 || wanted.includes(r.route))
  .map((r) => {
    let raw = 0;
    let gz = 0;
    for (const file of r.firstLoadChunkPaths) {
      const bytes = readFileSync(join(root, file));
      raw += bytes.length;
      gz += gzipSync(bytes, { level: 9 }).length;
    }
    return { route: r.route, chunks: r.firstLoadChunkPaths.length, raw, gz };
  });

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const base = rows.find((r) => r.route === '/');
console.log(`First-load JS per route (${distDir}), gzip -9:`);
for (const r of rows) {
  const extra = base && r !== base ? `  (+${kb(r.gz - base.gz)} over /)` : '';
  console.log(
    `  ${r.route.padEnd(40)} ${String(r.chunks).padStart(2)} chunks  ${kb(r.raw).padStart(9)} raw  ${kb(r.gz).padStart(8)} gzip${extra}`,
  );
}
