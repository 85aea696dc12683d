import type { Case } from '@/lib/case/schema';
import { validateCase } from '@/lib/case/validate';
import { campTaji2020 } from './camp-taji-2020';

/**
 * The registry of cases. Add a case by importing its content module and listing it here;
 * every page and CLI finds cases through these functions only.
 */
const REGISTERED: readonly unknown[] = [campTaji2020];

/** What a case list needs to show, without loading the whole case into a client bundle. */
export interface CaseSummary {
  id: string;
  title: string;
  question: string;
  /** The source article's publication date, `YYYY-MM-DD`. */
  sourceDate: string;
  optionCount: number;
}

let cache: ReadonlyMap<string, Case> | undefined;

/**
 * Validates every registered case once and caches the result. Throws an Error listing every
 * defect (one formatted line each) if any case is invalid, so `next build` fails loudly.
 */
function loadAll(): ReadonlyMap<string, Case> {
  if (cache) return cache;
  const cases = new Map<string, Case>();
  const errors: string[] = [];
  for (const input of REGISTERED) {
    const result = validateCase(input);
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    const id = result.value.meta.id;
    if (cases.has(id)) errors.push(`${id}: meta.id: is registered more than once`);
    else cases.set(id, result.value);
  }
  if (errors.length > 0) {
    throw new Error(`Invalid case content:\n${errors.map((e) => `  ${e}`).join('\n')}`);
  }
  cache = cases;
  return cases;
}

/**
 * Every registered case as a short summary, in registration order.
 * Throws if any registered case fails validation (the message lists every defect).
 */
export function listCases(): CaseSummary[] {
  return [...loadAll().values()].map((c) => ({
    id: c.meta.id,
    title: c.meta.title,
    question: c.meta.question,
    sourceDate: c.meta.source.date,
    optionCount: c.options.length,
  }));
}

/**
 * The validated case with this id, or `undefined` for an unknown id. The same object is
 * returned on every call: treat it as read-only. Throws if any registered case is invalid.
 */
export function getCase(id: string): Case | undefined {
  return loadAll().get(id);
}

/** The ids of every registered case, in registration order (for `generateStaticParams`). */
export function caseIds(): string[] {
  return [...loadAll().keys()];
}

/**
 * The raw, unvalidated content modules, for tooling that reports defects itself
 * (`npm run check:content`). Pages should use `getCase` instead.
 */
export function registeredCaseInputs(): readonly unknown[] {
  return REGISTERED;
}
