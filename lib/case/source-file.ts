import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the source articles live. They are never committed (we may quote them, not publish
 * them); a developer's machine and CI have them in `../shared/seed/` beside the repository.
 * Which file belongs to which case is declared by the case folder itself (its `sourceFile`).
 */

/** The repository root, found from this file's location. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The committed fingerprint of a case's source, `content/<case id>/source.fingerprint.json`. */
export function fingerprintPath(caseId: string): string {
  return join(REPO_ROOT, 'content', caseId, 'source.fingerprint.json');
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
 * The absolute path of a source article given its file name (a case's `sourceFile`), or
 * `undefined` when there is none or the file is absent (as on a clean clone without
 * `../shared`). Callers must handle `undefined`.
 */
export function findSourceFile(
  file: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (!file) return undefined;
  for (const dir of sourceDirs(env)) {
    const p = join(dir, file);
    if (existsSync(p)) return p;
  }
  return undefined;
}
