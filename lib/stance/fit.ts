import {
  checkStanceForCase,
  STANCE_VERSION,
  type Stance,
  type StanceCaseIds,
  type StanceProblem,
} from './schema';

/** Importance points per criterion id: a case's defaults. */
export type PointsById = Readonly<Record<string, number>>;

/** The stance a reader starts from: the case's default points and nothing else. */
export function defaultStance(caseId: string, defaults: PointsById): Stance {
  return { v: STANCE_VERSION, caseId, weights: { ...defaults } };
}

/** A stance fitted to a case, and what had to change to make it fit. */
export interface FittedStance {
  readonly stance: Stance;
  /** Criteria the stance did not weigh; they now have their default points. */
  readonly missing: readonly string[];
  /** Criterion or option ids the case does not have; every part naming them was left out. */
  readonly unknown: readonly string[];
  /** True when the stance was about another case (the result is then the defaults). */
  readonly otherCase: boolean;
}

/**
 * Makes a shape-valid stance fit a case without ever moving a choice to another id: parts that
 * name an unknown criterion or option are dropped (a whole elicitation record is dropped if any
 * of its ids is unknown, since its judgements only make sense together), and criteria the
 * stance does not weigh get `defaults`. A stance for another case becomes the defaults. The
 * caller must tell the reader when `missing`, `unknown` or `otherCase` is non-empty.
 */
export function fitStanceToCase(
  stance: Stance,
  ids: StanceCaseIds,
  defaults: PointsById,
): FittedStance {
  const problems: StanceProblem[] = checkStanceForCase(stance, ids);
  if (problems.length === 0) return { stance, missing: [], unknown: [], otherCase: false };
  if (problems.some((p) => p.kind === 'other-case')) {
    return {
      stance: defaultStance(ids.caseId, defaults),
      missing: [],
      unknown: [],
      otherCase: true,
    };
  }
  const criteria = new Set(ids.criteria);
  const options = new Set(ids.options);
  const unknown = new Set<string>();
  const missing: string[] = [];
  for (const p of problems) {
    if (p.kind === 'missing-criterion') missing.push(p.id);
    else if (p.kind !== 'other-case') unknown.add(p.id);
  }

  const weights: Record<string, number> = {};
  for (const id of ids.criteria) weights[id] = stance.weights[id] ?? defaults[id] ?? 0;

  const out: Stance = { v: STANCE_VERSION, caseId: ids.caseId, weights };
  if (stance.disputes) {
    const disputes: Record<string, Record<string, number>> = {};
    for (const [o, cells] of Object.entries(stance.disputes)) {
      if (!options.has(o)) continue;
      const kept = Object.entries(cells).filter(([k]) => criteria.has(k));
      if (kept.length > 0) disputes[o] = Object.fromEntries(kept);
    }
    if (Object.keys(disputes).length > 0) out.disputes = disputes;
  }
  if (stance.minimums) {
    const kept = Object.entries(stance.minimums).filter(([k]) => criteria.has(k));
    if (kept.length > 0) out.minimums = Object.fromEntries(kept);
  }
  if (stance.robustness) {
    const { sweep, ...rest } = stance.robustness;
    out.robustness = sweep !== undefined && criteria.has(sweep) ? { ...rest, sweep } : rest;
  }
  const elicitationBroken = problems.some(
    (p) => p.kind === 'unknown-criterion' && p.path.startsWith('elicitation.'),
  );
  if (stance.elicitation && !elicitationBroken) out.elicitation = stance.elicitation;
  return { stance: out, missing, unknown: [...unknown], otherCase: false };
}
