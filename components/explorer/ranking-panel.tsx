'use client';

import { useEffect, useState } from 'react';
import { formatPoints, midSentence } from '@/lib/explorer/format';
import { CLEAR_LEAD_POINTS, describeRankingChange, isSharedRank } from '@/lib/explorer/ranking';
import { useShallow } from 'zustand/react/shallow';
import { selectRanking, selectTotals } from '@/lib/explorer/store';
import { RankExplanation, TotalExplanation } from './total-explanation';
import {
  useCaseModel,
  useExplorer,
  useExplorerStoreApi,
  useLead,
  useLiveDom,
  useOptionLabel,
} from './use-explorer';

/**
 * The ranking under the reader's weights, first to last, with totals, the leader's margin, and
 * a polite live region that says when the order changes. A slider press usually moves only the
 * numbers: the list itself re-renders when the order changes, and each total, bar and the lead
 * sentence are small components of their own, so a press re-renders those and nothing else.
 */
export function RankingPanel() {
  // The order and the ranks, each equal (shallowly) until the order changes.
  const order = useExplorer(useShallow((s) => selectRanking(s).map((r) => r.index)));
  const ranks = useExplorer(useShallow((s) => selectRanking(s).map((r) => r.rank)));
  const model = useCaseModel();
  const rows = order.map((index, k) => ({ index, rank: ranks[k] ?? 0 }));

  return (
    <section aria-labelledby="ranking-heading" className="space-y-3">
      <h2 id="ranking-heading" className="text-xl font-semibold">
        Ranking
      </h2>
      <p className="text-sm text-muted">Under your weights, best first. Totals are out of 100.</p>
      <ol aria-label="Ranking" className="space-y-2">
        {rows.map((r) => {
          const option = model.options[r.index];
          if (!option) return null;
          return (
            <li
              key={option.id}
              className="grid grid-cols-[3rem_minmax(0,1fr)_auto] items-center gap-x-3 rounded-lg border border-line bg-surface px-3 py-2"
            >
              <RankExplanation
                id={`rank-why-${option.id}`}
                optionId={option.id}
                rank={r.rank}
                shared={isSharedRank(rows, r.rank)}
                className="min-h-11 text-lg font-bold"
              />
              <div className="min-w-0">
                <p className="font-medium">{option.shortLabel}</p>
                <div
                  aria-hidden="true"
                  className="mt-1 h-1.5 overflow-hidden rounded-full bg-surface-2"
                >
                  <RankBar index={r.index} />
                </div>
              </div>
              <TotalExplanation
                id={`rank-total-${option.id}`}
                optionIndex={r.index}
                className="min-h-11 text-lg font-semibold"
              />
            </li>
          );
        })}
      </ol>
      <LeadSentence />
      <RankingAnnouncer />
    </section>
  );
}

/** An option's bar: its total as a share of 100, scaled (the compositor animates it). */
function RankBar({ index }: { index: number }) {
  const [ref, transform] = useLiveDom<HTMLDivElement, string>(
    (s) => `scaleX(${Math.max(0, Math.min(100, selectTotals(s)[index] ?? 0)) / 100})`,
    setTransform,
  );
  return (
    <div
      ref={ref}
      className="h-full origin-left rounded-full bg-accent transition-transform duration-150 motion-reduce:transition-none"
      style={{ transform }}
    />
  );
}

const setTransform = (element: HTMLElement, transform: string) => {
  element.style.transform = transform;
};

/** Who leads and by how much, or that there is no clear winner. */
function LeadSentence() {
  const lead = useLead();
  const labelOf = useOptionLabel();
  const leader = lead.leaders[0];
  return (
    <p className="text-sm">
      {lead.leaders.length > 1 ? (
        <>
          <strong className="text-warn">No clear winner:</strong>{' '}
          {lead.leaders.map((r, i) => (i ? midSentence : String)(labelOf(r.option))).join(' and ')}{' '}
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
            {midSentence(labelOf(lead.runnerUp.option))} by only {formatPoints(lead.margin)} points
            (under {CLEAR_LEAD_POINTS}).
          </>
        )
      ) : null}
    </p>
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
