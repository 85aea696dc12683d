import 'server-only';
import { getCase } from '@/content';
import { matrixFromCase, type DecisionMatrix } from '@/lib/decision';
import type { StanceCaseIds } from '@/lib/stance/schema';

/** What the class server needs of a case: its ids, its matrix and its preset (role) ids. */
export interface ClassCase {
  readonly ids: StanceCaseIds;
  readonly matrix: DecisionMatrix;
  readonly presetIds: readonly string[];
}

const cache = new Map<string, ClassCase>();

/** The case with this id as the class server sees it, or null for an unknown id. */
export function classCase(caseId: string): ClassCase | null {
  const hit = cache.get(caseId);
  if (hit) return hit;
  const c = getCase(caseId);
  if (!c) return null;
  const info: ClassCase = {
    ids: {
      caseId: c.meta.id,
      criteria: c.criteria.map((k) => k.id),
      options: c.options.map((o) => o.id),
    },
    matrix: matrixFromCase(c),
    presetIds: c.presets.map((p) => p.id),
  };
  cache.set(caseId, info);
  return info;
}
