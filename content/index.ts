import type { CaseModule } from '@/lib/case/case-module';
import type { SourceFingerprint } from '@/lib/case/quotes';
import type { Case } from '@/lib/case/schema';
import { validateCase } from '@/lib/case/validate';
import { campTaji2020Case } from './camp-taji-2020';

/**
 * The registry of cases. A case is a folder, `content/<case-id>/`, whose index exports a
 * `CaseModule`; add a case by importing it and listing it here. Every page and CLI finds cases
 * through these functions only.
 */
const CASES: readonly CaseModule[] = [campTaji2020Case];

/**
 * Synthetic cases for the test suite, never shown to real users: registered only when
 * `COUNTERWEIGHT_TEST_CASES=1` (the browser tests' server sets it; see playwright.config.ts).
 */
const TEST_CASES: readonly CaseModule[] = [];

/** The modules registered in this process: the real cases, plus the test cases when enabled. */
function registered(): readonly CaseModule[] {
  return process.env.COUNTERWEIGHT_TEST_CASES === '1' ? [...CASES, ...TEST_CASES] : CASES;
}

/** What a case list needs to show, without loading the whole case into a client bundle. */
export interface CaseSummary {
  id: string;
  title: string;
  question: string;
  /** The case's date, `YYYY-MM-DD`: its source article's publication date, else its as-of date. */
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
  for (const { input } of registered()) {
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
    sourceDate: c.meta.source?.date ?? c.meta.asOf,
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
 * The registered case modules as written, unvalidated, for tooling that reports defects itself
 * (`npm run check:content`, the fingerprint script). Pages should use `getCase` instead.
 */
export function registeredCaseModules(): readonly CaseModule[] {
  return registered();
}

/** The raw, unvalidated case inputs, in registration order (see `registeredCaseModules`). */
export function registeredCaseInputs(): readonly unknown[] {
  return registered().map((m) => m.input);
}

/** The committed fingerprint of a case's source article, or `undefined` if it quotes none. */
export function fingerprintOf(id: string): SourceFingerprint | undefined {
  return registered().find((m) => m.input.meta.id === id)?.fingerprint;
}

/** The file name of a case's source article, or `undefined` if it quotes none. */
export function sourceFileOf(id: string): string | undefined {
  return registered().find((m) => m.input.meta.id === id)?.sourceFile;
}
