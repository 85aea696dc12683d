import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { validateCase, type ValidationResult } from './validate';

/**
 * Reads a case from a JSON file and validates it. Node only (it reads the file system).
 * Returns the validated case, or one-line errors: an unreadable file or invalid JSON gives a
 * single error naming the file; schema defects are prefixed with the case id when `meta.id`
 * is readable, else with the file name. Never throws for a bad file.
 */
export function loadCaseFile(path: string): ValidationResult {
  const name = basename(path);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : String((err as Error).message);
    return { ok: false, errors: [`${name}: cannot read ${path} (${why})`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    return { ok: false, errors: [`${name}: is not valid JSON (${(err as Error).message})`] };
  }
  return validateCase(data, name);
}
