'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { resolveInitialWeights } from '@/lib/explorer/initial-weights';
import { defaultPoints, type ExplorerModel } from '@/lib/explorer/model';
import { browserStorage, saveStoredWeights } from '@/lib/explorer/persistence';
import { createExplorerStore } from '@/lib/explorer/store';
import { hrefWithWeights } from '@/lib/explorer/url-codec';
import { ExplorerStoreContext } from './explorer-context';

/** How long the address and storage wait after the last change before they are written. */
const WRITE_DELAY_MS = 250;

function replaceAddress(points: readonly number[] | null) {
  const next = hrefWithWeights(window.location.href, points);
  // Next.js syncs its router with native replaceState; no navigation, no history entry.
  if (next !== window.location.href) window.history.replaceState(null, '', next);
}

/**
 * Creates the explorer store for one case and keeps it in step with the address and local
 * storage. The first render uses the default weights, as the server did; the address's or
 * saved weights are applied right after mount (address > saved > defaults).
 */
export function ExplorerProvider({
  model,
  children,
}: {
  model: ExplorerModel;
  children: ReactNode;
}) {
  const [store] = useState(() => createExplorerStore(model));

  useEffect(() => {
    const storage = browserStorage();
    const criteriaIds = model.criteria.map((k) => k.id);
    const initial = resolveInitialWeights({
      search: window.location.search,
      storage,
      caseId: model.caseId,
      criteriaIds,
      defaults: defaultPoints(model),
    });
    const { restoreWeights, setNotice } = store.getState();
    restoreWeights(initial.points, initial.source);
    setNotice(initial.notice);
    if (initial.badLink) replaceAddress(null);
    else if (initial.source === 'stored') replaceAddress(store.getState().points);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = (points: readonly number[]) => {
      replaceAddress(points);
      saveStoredWeights(storage, model.caseId, criteriaIds, points);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.points === previous.points || state.lastChange !== 'edit') return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        write(state.points);
      }, WRITE_DELAY_MS);
    });
    // Write a pending change at once if the reader leaves within the delay.
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      write(store.getState().points);
    };
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      flush();
      window.removeEventListener('pagehide', flush);
    };
  }, [store, model]);

  return <ExplorerStoreContext value={store}>{children}</ExplorerStoreContext>;
}
