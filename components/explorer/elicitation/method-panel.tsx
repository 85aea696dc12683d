'use client';

import { weightsToPoints } from '@/lib/decision/elicitation';
import type { Elicitation } from '@/lib/stance/schema';
import { defaultPairwise, defaultRanking, defaultSwing } from './defaults';
import { PairwiseMethod } from './pairwise-method';
import { RankingMethod } from './ranking-method';
import { SwingMethod } from './swing-method';
import type { GuidedMethod, MethodCriterion, SwingScale } from './types';

const NOUNS: Readonly<Record<GuidedMethod, string>> = {
  ranking: 'ranking',
  pairwise: 'comparisons',
  swing: 'swings',
};

/**
 * The guided methods, in one chunk that loads on the first click of "Ranking", "Pairwise" or
 * "Swing". Applying turns the method's weights into whole points (the largest gets 100),
 * hands them to `onApply` and announces them.
 */
export function MethodPanel({
  method,
  criteria,
  scales,
  draft,
  onDraft,
  onApply,
  announce,
}: {
  method: GuidedMethod;
  criteria: readonly MethodCriterion[];
  scales: Readonly<Record<string, SwingScale>>;
  /** The method's judgements so far; a draft of another method is ignored. */
  draft: Elicitation | undefined;
  onDraft: (e: Elicitation) => void;
  onApply: (points: Record<string, number>, e: Elicitation) => void;
  announce: (message: string) => void;
}) {
  const apply = (weights: Record<string, number>, e: Elicitation) => {
    const ids = criteria.map((k) => k.id);
    const points = weightsToPoints(weights, ids);
    onApply(points, e);
    const list = criteria.map((k) => `${k.label} ${points[k.id]}`).join(', ');
    announce(`Weights applied from your ${NOUNS[method]}: ${list} points.`);
  };

  switch (method) {
    case 'ranking':
      return (
        <RankingMethod
          criteria={criteria}
          value={draft?.method === 'ranking' ? draft : defaultRanking(criteria)}
          onChange={onDraft}
          onApply={apply}
        />
      );
    case 'pairwise':
      return (
        <PairwiseMethod
          criteria={criteria}
          value={draft?.method === 'pairwise' ? draft : defaultPairwise(criteria)}
          onChange={onDraft}
          onApply={apply}
        />
      );
    case 'swing':
      return (
        <SwingMethod
          criteria={criteria}
          scales={scales}
          value={draft?.method === 'swing' ? draft : defaultSwing(criteria)}
          onChange={onDraft}
          onApply={apply}
        />
      );
  }
}
