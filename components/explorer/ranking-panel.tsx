'use client';

import { useEffect, useState } from 'react';
import { formatPoints, midSentence } from '@/lib/explorer/format';
import { CLEAR_LEAD_POINTS, describeRankingChange } from '@/lib/explorer/ranking';
import { selectRanking } from '@/lib/explorer/store';
import { RankExplanation, rankShared, TotalExplanation } from './total-explanation';
import {
  useCaseModel,
  useExplorerStoreApi,
  useLead,
  useOptionLabel,
  useRanking,
} from './use-explorer';

/**
 * The ranking under the reader's weights, first to last, with totals, the leader's margin, and
 * a polite live region that says when the order changes.
 */
export function RankingPanel() {
  const ranking = useRanking();
  const model = useCaseModel();
  const labelOf = useOptionLabel();
  const lead = useLead();
  const leader = lead.leaders[0];

  return (
    <section aria-labelledby="ranking-heading" className="space-y-3">
      <h2 id="ranking-heading" className="text-xl font-semibold">
        Ranking
      </h2>
      <p className="text-sm text-muted">Under your weights, best first. Totals are out of 100.</p>
      <ol aria-label="Ranking" className="space-y-2">
        {ranking.map((r) => {
          const option = model.options[r.index];
          return (
            <li
              key={r.option}
              className="grid grid-cols-[3rem_minmax(0,1fr)_auto] items-center gap-x-3 rounded-lg border border-line bg-surface px-3 py-2"
            >
              <RankExplanation
                id={`rank-why-${r.option}`}
                optionId={r.option}
                rank={r.rank}
                shared={rankShared(ranking, r.rank)}
                className="min-h-11 text-lg font-bold"
              />
              <div className="min-w-0">
                <p className="font-medium">{option?.shortLabel}</p>
                <div
                  aria-hidden="true"
                  className="mt-1 h-1.5 overflow-hidden rounded-full bg-surface-2"
                >
                  {/* Scaled, not resized: the compositor animates it without a layout. */}
                  <div
                    className="h-full origin-left rounded-full bg-accent transition-transform duration-150 motion-reduce:transition-none"
                    style={{ transform: `scaleX(${Math.max(0, Math.min(100, r.total)) / 100})` }}
                  />
                </div>
              </div>
              <TotalExplanation
                id={`rank-total-${r.option}`}
                optionIndex={r.index}
                total={r.total}
                className="min-h-11 text-lg font-semibold"
              />
            </li>
          );
        })}
      </ol>
      <p className="text-sm">
        {lead.leaders.length > 1 ? (
          <>
            <strong className="text-warn">No clear winner:</strong>{' '}
            {lead.leaders
              .map((r, i) => (i ? midSentence : String)(labelOf(r.option)))
              .join(' and ')}{' '}
            share first place.
          </>
        ) : leader && lead.runnerUp ? (
          lead.clear ? (
            <>
              <strong>{labelOf(leader.option)}</strong> leads{' '}
              {midSentence(labelOf(lead.runnerUp.option))} by {formatPoints(lead.margin)} points.
            </>
          ) : (
            <>
              <strong className="text-warn">No clear winner:</strong> {labelOf(leader.option)} leads{' '}
              {midSentence(labelOf(lead.runnerUp.option))} by only {formatPoints(lead.margin)}{' '}
              points (under {CLEAR_LEAD_POINTS}).
            </>
          )
        ) : null}
      </p>
      <RankingAnnouncer />
    </section>
  );
}

/** Announces order changes caused by the reader (not the restore on load) politely. */
function RankingAnnouncer() {
  const store = useExplorerStoreApi();
  const labelOf = useOptionLabel();
  const [message, setMessage] = useState('');

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.lastChange !== 'edit') return;
        if (selectRanking(state) === selectRanking(previous)) return;
        const text = describeRankingChange(selectRanking(previous), selectRanking(state), labelOf);
        if (text) setMessage(text);
      }),
    [store, labelOf],
  );

  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {message}
    </p>
  );
}
