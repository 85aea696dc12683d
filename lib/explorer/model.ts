import { recommendationOf } from '@/lib/case/attribution';
import type { Case } from '@/lib/case/schema';
import { matrixFromCase, type DecisionMatrix } from '@/lib/decision';

/** A criterion as the client needs it: no prose beyond its label. */
export interface ModelCriterion {
  readonly id: string;
  readonly label: string;
  /** The case's default importance points, 0–100. */
  readonly defaultPoints: number;
}

/** An option as the client needs it. */
export interface ModelOption {
  readonly id: string;
  readonly label: string;
  /** The name for sentences, rankings and narrow places (the label when the case has none). */
  readonly shortLabel: string;
  /** True when someone in the case recommends it (the article's author, or `recommendedBy`). */
  readonly recommended: boolean;
}

/** A weight preset with its points in criteria order. */
export interface ModelPreset {
  readonly id: string;
  readonly label: string;
  readonly points: readonly number[];
}

/**
 * The compact, numeric view of a case that interactive components receive: ids, labels,
 * scores, default points and presets. Rationales, evidence and other prose stay on the server.
 */
export interface ExplorerModel {
  readonly caseId: string;
  readonly criteria: readonly ModelCriterion[];
  readonly options: readonly ModelOption[];
  readonly matrix: DecisionMatrix;
  readonly presets: readonly ModelPreset[];
  /** The id of the preset holding the article author's weights, if the case has one. */
  readonly authorPresetId: string | null;
}

/** The preset id that carries the article author's own weighting. */
export const AUTHOR_PRESET_ID = 'author';

/**
 * Builds the explorer's compact model from a validated case (options and criteria in case
 * order). Pass only a case that passed `caseSchema`: a missing assessment throws.
 */
export function modelFromCase(c: Case): ExplorerModel {
  return {
    caseId: c.meta.id,
    criteria: c.criteria.map((k) => ({ id: k.id, label: k.label, defaultPoints: k.defaultWeight })),
    options: c.options.map((o) => ({
      id: o.id,
      label: o.label,
      shortLabel: o.shortLabel ?? o.label,
      recommended: recommendationOf(c, o) !== null,
    })),
    matrix: matrixFromCase(c),
    presets: c.presets.map((p) => ({
      id: p.id,
      label: p.label,
      points: c.criteria.map((k) => p.weights[k.id] ?? 0),
    })),
    authorPresetId: c.presets.some((p) => p.id === AUTHOR_PRESET_ID) ? AUTHOR_PRESET_ID : null,
  };
}

/** The case's default points in criteria order (a fresh array each call). */
export function defaultPoints(model: Pick<ExplorerModel, 'criteria'>): number[] {
  return model.criteria.map((k) => k.defaultPoints);
}

/**
 * The preset whose points equal `points` exactly, or null. Presets are compared point by
 * point, not after normalising: 50,50 and 20,20 weigh the same but only one is the preset.
 */
export function matchingPreset(
  model: Pick<ExplorerModel, 'presets'>,
  points: readonly number[],
): ModelPreset | null {
  return (
    model.presets.find(
      (p) => p.points.length === points.length && p.points.every((x, j) => x === points[j]),
    ) ?? null
  );
}
