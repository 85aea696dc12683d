'use client';

import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectCanUndoWeights } from '@/lib/explorer/store';
import { useCaseModel, useExplorer } from '../use-explorer';
import { SetWeightsBy } from './set-weights-by';
import type { SwingScale } from './types';

/** "Set weights by …" wired to the explorer store: applying fills the sliders, Undo restores. */
export function ElicitationControls({ scales }: { scales: Readonly<Record<string, SwingScale>> }) {
  const model = useCaseModel();
  const criteria = useMemo(
    () => model.criteria.map((k) => ({ id: k.id, label: k.label })),
    [model],
  );
  const elicitation = useExplorer((s) => s.elicitation);
  const canUndo = useExplorer(selectCanUndoWeights);
  const { applyWeights, undoWeights } = useExplorer(
    useShallow((s) => ({ applyWeights: s.applyWeights, undoWeights: s.undoWeights })),
  );
  return (
    <SetWeightsBy
      criteria={criteria}
      scales={scales}
      elicitation={elicitation}
      canUndo={canUndo}
      onApply={applyWeights}
      onUndo={undoWeights}
    />
  );
}
