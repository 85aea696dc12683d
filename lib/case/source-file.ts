import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the source articles live. They are never committed (we may quote them, not publish
 * them); a developer's machine and CI have them in `../shared/seed/` beside the repository.
 */

/** The repository root, found from this file's location. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The source article file of each case that has one, by case id. */
export const SOURCE_FILES: Readonly<Record<string, string>> = {
  'camp-taji-2020': '000_9208ec3c198840b0.txt',
};

/** The committed fingerprint of a case's source, relative to the repository root. */
export function fingerprintPath(caseId: string): string {
  return join(REPO_ROOT, 'content', 'sources', `${caseId}.fingerprint.json`);
}

/**
 * The folders searched for source articles, in order: `$COUNTERWEIGHT_SOURCE_DIR`,
 * `../shared/seed` beside the repository, then `/work/shared/seed`.
 */
export function sourceDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = [join(REPO_ROOT, '..', 'shared', 'seed'), '/work/shared/seed'];
  const fromEnv = env.COUNTERWEIGHT_SOURCE_DIR;
  return fromEnv ? [resolve(fromEnv), ...dirs] : dirs;
}

/**
 * The absolute path of a case's source article, or `undefined` when the case has none or the
 * file is absent (as on a clean clone without `../shared`). Callers must handle `undefined`.
 */
export function findSourceFile(
  caseId: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const file = SOURCE_FILES[caseId];
  if (!file) return undefined;
  for (const dir of sourceDirs(env)) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
  }
  return undefined;
}
