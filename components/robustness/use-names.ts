'use client';

import { useMemo } from 'react';
import type { ExplorerModel } from '@/lib/explorer/model';
import { proseCriterionLabel, proseOptionLabel } from '@/lib/robustness/labels';
import type { Names } from '@/lib/words/names';

/** The three ways the robustness section names things. */
export interface RobustnessNames {
  /** For sentences: "the middle path", "restoring deterrence". */
  readonly prose: Names;
  /** For charts and table headings: "The middle path", "Restoring deterrence". */
  readonly short: Names;
  /** The case's own labels, in full. */
  readonly full: Names;
}

/** Builds the section's names from the case model, once per model. */
export function namesFromModel(
  model: Pick<ExplorerModel, 'options' | 'criteria'>,
): RobustnessNames {
  const by = <T extends { id: string }>(xs: readonly T[], name: (x: T) => string) =>
    Object.fromEntries(xs.map((x) => [x.id, name(x)]));
  const label = (x: { label: string }) => x.label;
  return {
    prose: {
      options: by(model.options, (o) => proseOptionLabel(o.shortLabel)),
      criteria: by(model.criteria, (k) => proseCriterionLabel(k.label)),
    },
    short: { options: by(model.options, (o) => o.shortLabel), criteria: by(model.criteria, label) },
    full: { options: by(model.options, label), criteria: by(model.criteria, label) },
  };
}

/** `namesFromModel`, memoised on the model. */
export function useNames(model: Pick<ExplorerModel, 'options' | 'criteria'>): RobustnessNames {
  return useMemo(() => namesFromModel(model), [model]);
}
