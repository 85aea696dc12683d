'use client';

import { useMemo } from 'react';
import { rankingWeights } from '@/lib/decision/elicitation';
import { OrderList } from './order-list';
import { orderFromTiers, tiersOf } from './order';
import type { MethodProps, RankingElicitation } from './types';
import { ApplyButton, WeightsPreview } from './weights-preview';

/** Order the criteria (ties allowed); weights by rank-order centroid. */
export function RankingMethod({
  criteria,
  value,
  onChange,
  onApply,
}: MethodProps<RankingElicitation>) {
  const ids = useMemo(() => criteria.map((k) => k.id), [criteria]);
  const order = orderFromTiers(value.tiers, ids);
  const labels = new Map(criteria.map((k) => [k.id, k.label]));
  const tiers = tiersOf(order);
  const weights = rankingWeights(tiers);

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        Put the criteria in order, most important first: drag them, or use the arrow buttons. Tie a
        criterion with the one above if they matter equally. The weights follow from the order alone
        (rank-order centroid).
      </p>
      <OrderList
        label="Your order of importance"
        order={order}
        onChange={(o) => onChange({ method: 'ranking', tiers: tiersOf(o) })}
        labelOf={(id) => labels.get(id) ?? id}
      />
      <WeightsPreview label="Weights from your order" criteria={criteria} weights={weights} />
      <ApplyButton onClick={() => onApply(weights, { method: 'ranking', tiers })} />
    </div>
  );
}
