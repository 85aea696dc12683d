'use client';

import { useMemo } from 'react';
import type { ExplorerModel } from '@/lib/explorer/model';
import {
  proseCriterionLabel,
  proseOptionLabel,
  shortOptionLabel,
  type Names,
} from '@/lib/robustness/labels';

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
  const by = <T extends { id: string; label: string }>(
    xs: readonly T[],
    f: (s: string) => string,
  ) => Object.fromEntries(xs.map((x) => [x.id, f(x.label)]));
  const same = (s: string) => s;
  return {
    prose: {
      options: by(model.options, proseOptionLabel),
      criteria: by(model.criteria, proseCriterionLabel),
    },
    short: { options: by(model.options, shortOptionLabel), criteria: by(model.criteria, same) },
    full: { options: by(model.options, same), criteria: by(model.criteria, same) },
  };
}

/** `namesFromModel`, memoised on the model. */
export function useNames(model: Pick<ExplorerModel, 'options' | 'criteria'>): RobustnessNames {
  return useMemo(() => namesFromModel(model), [model]);
}
