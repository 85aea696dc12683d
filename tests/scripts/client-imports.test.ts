import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The first-load JavaScript budget of issue 12 (within 35 kB gzip of a blank page) is measured
 * by `npm run bench:web`; this test keeps its largest known risk out for good. zod, the case
 * schema and CSV writing belong on the server or behind a dynamic `import()`: twice a client
 * component's static import of a schema module put zod (about 20 kB gzip) into the explorer's
 * first load. The test walks the static import graph from each page, as the bundler does:
 * server modules are followed to the `'use client'` boundary, and everything a client module
 * imports statically (not `import type`, not `import()`) ships to the browser.
 */

const root = resolve(__dirname, '../..');

/** Packages and modules that must not ship in a page's first load. */
const HEAVY = [
  /^zod(\/|$)/,
  /^csv-stringify/,
  /lib\/case\/schema\.ts$/,
  /lib\/stance\/schema\.ts$/,
];

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = join(root, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return spec; // a package
  for (const ext of ['', '.ts', '.tsx', '/index.ts', '/index.tsx']) {
    const path = base + ext;
    if (existsSync(path) && /\.tsx?$/.test(path)) return path;
  }
  return null;
}

/** A module's static value imports and re-exports (type-only ones and `import()` left out). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  const pattern = /^(?:import|export)\s+(?!type\b)([^;]*?)\s*from\s+'([^']+)'/gms;
  for (const m of text.matchAll(pattern)) {
    const clause = m[1] ?? '';
    const spec = m[2] ?? '';
    // `import { type A, type B } from …` is erased too.
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (named && named[1]?.split(',').every((n) => !n.trim() || n.trim().startsWith('type '))) {
      continue;
    }
    out.push(spec);
  }
  for (const m of text.matchAll(/^import\s+'([^']+)'/gm)) out.push(m[1] ?? '');
  return out;
}

const isClient = (file: string) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8'));

/** Every module that ships to the browser from `page`, with the chain that brought it in. */
function clientModules(page: string): Map<string, string[]> {
  const shipped = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, client: boolean, chain: string[]) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const nowClient = client || (/\.tsx?$/.test(file) && existsSync(file) && isClient(file));
    if (nowClient) shipped.set(file, chain);
    if (!existsSync(file)) return; // a package: its own imports are not followed
    for (const spec of staticImports(file)) {
      const target = resolveImport(file, spec);
      if (target) visit(target, nowClient, [...chain, relative(root, target)]);
    }
  };
  visit(join(root, page), false, [page]);
  return shipped;
}

describe('first-load JavaScript keeps schemas and CSV out', () => {
  it.each([
    'app/page.tsx',
    'app/cases/[caseId]/page.tsx',
    'app/cases/[caseId]/shared/page.tsx',
    'app/cases/[caseId]/options/[optionId]/page.tsx',
  ])('%s ships no zod, schema module or CSV writer', (page) => {
    const heavy = [...clientModules(page)]
      .filter(([file]) => HEAVY.some((h) => h.test(file)))
      .map(([, chain]) => chain.join(' → '));
    expect(heavy).toEqual([]);
  });

  it('sees a schema module imported by a client component (the check can fail)', () => {
    // The class pages validate with the contract in the browser on purpose, so they do ship it.
    const shipped = [...clientModules('app/join/[code]/page.tsx').keys()];
    expect(shipped.some((f) => /^zod/.test(f))).toBe(true);
  });
});
