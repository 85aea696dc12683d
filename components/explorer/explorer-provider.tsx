'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { ExplorerModel } from '@/lib/explorer/model';
import { createExplorerStore } from '@/lib/explorer/store';
import { ExplorerStoreContext } from './explorer-context';

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
    let stopped = false;
    let stop = () => {};
    // Persistence validates stored weights with zod; loading it after first paint keeps zod out
    // of the page's first-load JavaScript.
    void import('./persistence-sync').then(({ syncWeights }) => {
      if (!stopped) stop = syncWeights(store, model);
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [store, model]);

  return <ExplorerStoreContext value={store}>{children}</ExplorerStoreContext>;
}
