'use client';

import { useMemo } from 'react';
import { RankingStrip } from '@/components/ui/ranking-strip';
import { useCaseModel, useRanking } from './use-explorer';

/**
 * The explorer's live ranking as a compact strip that stays in view while the reader moves
 * the sliders (on a phone the full ranking is far below them). Updates in the same frame as
 * the full ranking: both read the same selector.
 */
export function StickyRanking() {
  const model = useCaseModel();
  const ranking = useRanking();
  const items = useMemo(
    () =>
      ranking.map((r) => ({
        id: r.option,
        label: model.options[r.index]?.shortLabel ?? r.option,
        total: r.total,
        rank: r.rank,
      })),
    [ranking, model],
  );
  return <RankingStrip items={items} />;
}
