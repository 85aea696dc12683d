import type { z } from 'zod';
import { caseSchema, type Case } from './schema';

/** The outcome of validating a case: the parsed case, or every defect as one line each. */
export type ValidationResult = { ok: true; value: Case } | { ok: false; errors: string[] };

type Issue = z.core.$ZodIssue & { input?: unknown };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id of a list item, when it has a readable, well-formed one that no sibling shares. */
function itemId(list: unknown, index: number): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const id = (list[index] as { id?: unknown } | undefined)?.id;
  if (typeof id !== 'string' || !ID.test(id)) return undefined;
  const shared = list.filter((x) => (x as { id?: unknown } | null)?.id === id).length > 1;
  return shared ? undefined : id;
}

/**
 * Writes an issue path in JavaScript-like notation: `options[2].assessments.escalation.score`.
 * Keys that are not identifiers (kebab-case ids) are bracketed and quoted, e.g.
 * `assessments["counter-isis"]`. Given the case input, an item of a list that has a unique id
 * is named by it instead of its index, `options[high-road].risks[attrition]`, which is easier
 * to find in a long content file.
 */
export function formatPath(path: readonly PropertyKey[], input?: unknown): string {
  let out = '';
  let node: unknown = input;
  for (const key of path) {
    const id = typeof key === 'number' ? itemId(node, key) : undefined;
    if (id !== undefined) out += `[${id}]`;
    else if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${String(key)}]`;
    else if (IDENTIFIER.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
    node =
      node && typeof node === 'object' && typeof key !== 'symbol'
        ? (node as Record<string | number, unknown>)[key]
        : undefined;
  }
  return out || '(case)';
}

/** A short, readable rendering of an offending value for `(got …)`. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null)
    return String(value);
  return typeOf(value);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  tuple: 'a list',
};

/** Zod's default English messages start with these; anything else was written by us. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Expected|Unrecognized)/;

/** Turns one zod issue into the human part of a defect line (everything after the path). */
function humanMessage(issue: Issue): string {
  const hasInput = 'input' in issue && issue.input !== undefined;
  const custom = !ZOD_DEFAULT.test(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (!hasInput) return 'is required';
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const base = custom ? issue.message : `must be ${expected}`;
      // A fractional number where a whole one is wanted is a bad value, not a bad type.
      const got =
        issue.expected === 'int' && typeof issue.input === 'number'
          ? show(issue.input)
          : typeOf(issue.input);
      return `${base} (got ${got})`;
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'array' || issue.origin === 'string' || issue.origin === 'set') {
        if (custom) return issue.message;
        const n = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const word = issue.origin === 'string' ? 'character' : 'item';
        const bound = issue.code === 'too_small' ? 'at least' : 'at most';
        return `must have ${bound} ${n} ${word}${Number(n) === 1 ? '' : 's'}`;
      }
      const base = custom
        ? issue.message
        : issue.code === 'too_small'
          ? `must be at least ${issue.minimum}`
          : `must be at most ${issue.maximum}`;
      return hasInput ? `${base} (got ${show(issue.input)})` : base;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
      const base = custom ? issue.message : `must be one of ${allowed}`;
      return hasInput ? `${base} (got ${show(issue.input)})` : base;
    }
    case 'invalid_format': {
      const base = custom ? issue.message : `must be a valid ${issue.format}`;
      return hasInput ? `${base} (got ${show(issue.input)})` : base;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator) {
        const input = issue.input as Record<string, unknown> | undefined;
        const got = input && typeof input === 'object' ? input[issue.discriminator] : undefined;
        const options = (issue as { options?: unknown[] }).options;
        const allowed = options?.map((v) => JSON.stringify(v)).join(', ');
        const base = `must be one of ${allowed ?? 'the allowed values'}`;
        return got === undefined ? 'is required' : `${base} (got ${show(got)})`;
      }
      return custom ? issue.message : 'does not match any allowed shape';
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_key':
      return custom ? issue.message : 'has an invalid key';
    case 'custom': {
      // Refinements on a single value (a date, say) get the value; cross-reference checks
      // already say what they found.
      const primitive = typeof issue.input === 'string' || typeof issue.input === 'number';
      return primitive && !issue.message.includes('(got')
        ? `${issue.message} (got ${show(issue.input)})`
        : issue.message;
    }
    default:
      return issue.message;
  }
}

/**
 * Formats zod issues as defect lines: `<case id>: <path>: <message>`. The label is the case id
 * (or a file name) that prefixes every line; pass the same label you show the author. Pass the
 * case input too, so that list items are named by their ids (see `formatPath`).
 */
export function formatCaseIssues(
  issues: readonly z.core.$ZodIssue[],
  label: string,
  input?: unknown,
): string[] {
  return issues.map(
    (issue) => `${label}: ${formatPath(issue.path, input)}: ${humanMessage(issue as Issue)}`,
  );
}

/** The case id to prefix defects with: `meta.id` when it is readable text, else the fallback. */
export function caseLabel(input: unknown, fallback = '(unknown case)'): string {
  if (input && typeof input === 'object' && 'meta' in input) {
    const meta = (input as { meta: unknown }).meta;
    if (meta && typeof meta === 'object' && 'id' in meta) {
      const id = (meta as { id: unknown }).id;
      if (typeof id === 'string' && id.trim()) return id.trim();
    }
  }
  return fallback;
}

/**
 * Validates anything (a parsed JSON file, a content module's export) against the case schema.
 * Returns the parsed case, or every defect formatted as one line (see `formatCaseIssues`).
 * `fallbackLabel` names the case in messages when `meta.id` is unreadable, e.g. a file name.
 * Defects inside a field that fails its basic shape (say, a missing `criteria`) stop the
 * cross-reference checks, so fixing one batch of errors can reveal another.
 */
export function validateCase(input: unknown, fallbackLabel?: string): ValidationResult {
  const result = caseSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const label = caseLabel(input, fallbackLabel ?? '(unknown case)');
  return { ok: false, errors: formatCaseIssues(result.error.issues, label, input) };
}
