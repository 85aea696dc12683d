'use client';

import type { Elicitation } from '@/lib/stance/schema';
import { PairwiseMethod } from './pairwise-method';
import { RankingMethod } from './ranking-method';
import { SwingMethod } from './swing-method';
import type {
  MethodCriterion,
  PairwiseElicitation,
  RankingElicitation,
  SwingElicitation,
  SwingScale,
} from './types';

/** The guided methods, in one chunk that loads on the first click of "Ranking", "Pairwise" or "Swing". */
export function MethodPanel({
  criteria,
  scales,
  draft,
  onDraft,
  onApply,
}: {
  criteria: readonly MethodCriterion[];
  scales: Readonly<Record<string, SwingScale>>;
  draft: RankingElicitation | PairwiseElicitation | SwingElicitation;
  onDraft: (e: Elicitation) => void;
  onApply: (weights: Record<string, number>, e: Elicitation) => void;
}) {
  switch (draft.method) {
    case 'ranking':
      return (
        <RankingMethod criteria={criteria} value={draft} onChange={onDraft} onApply={onApply} />
      );
    case 'pairwise':
      return (
        <PairwiseMethod criteria={criteria} value={draft} onChange={onDraft} onApply={onApply} />
      );
    case 'swing':
      return (
        <SwingMethod
          criteria={criteria}
          scales={scales}
          value={draft}
          onChange={onDraft}
          onApply={onApply}
        />
      );
  }
}
