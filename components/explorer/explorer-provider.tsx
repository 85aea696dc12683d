'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { PersistStorage } from 'zustand/middleware';
import type { ExplorerModel } from '@/lib/explorer/model';
import { createExplorerStore, type PersistedStance } from '@/lib/explorer/store';
import type { StanceStorage } from '@/lib/explorer/stance-storage';
import type { Stance } from '@/lib/stance/schema';
import { ExplorerStoreScope } from './lagging';

/**
 * A `persist` storage whose real implementation (which validates with zod) loads on the first
 * read, i.e. after mount: zod stays out of the page's first-load JavaScript. A change made
 * before that is written once the stored stance has been read, so it never clobbers a link.
 */
function lazyStorage(load: () => Promise<StanceStorage>) {
  let real: StanceStorage | null = null;
  let early: [string, Parameters<StanceStorage['setItem']>[1]] | null = null;
  let closed = false;
  const storage: PersistStorage<PersistedStance> & { flush: () => void; close: () => void } = {
    getItem: async (name) => {
      const s = (real ??= await load());
      // The page may have gone while the module loaded: then read and write nothing.
      if (closed) return null;
      const value = s.getItem(name);
      if (early) s.setItem(...early);
      early = null;
      return value;
    },
    setItem: (name, value) => {
      if (closed) return;
      if (real) real.setItem(name, value);
      else early = [name, value];
    },
    removeItem: (name) => real?.removeItem(name),
    flush: () => real?.flush(),
    /** Writes a pending change now and stops writing (the page is going). */
    close: () => {
      real?.flush();
      closed = true;
      early = null;
    },
  };
  return storage;
}

/**
 * Creates the explorer store for one case and keeps its stance in the address (when `address`)
 * and local storage. The first render uses what the server rendered: the shared link's stance
 * (`initialStance`) or the defaults; the address's or saved stance is applied right after mount
 * (address > saved > defaults).
 */
export function ExplorerProvider({
  model,
  address = true,
  initialStance,
  children,
}: {
  model: ExplorerModel;
  /** The stance the server rendered with (a shared link read on the server), if not defaults. */
  initialStance?: Stance;
  /** Read and write the stance in the address (the explorer); false keeps storage only. */
  address?: boolean;
  children: ReactNode;
}) {
  const [[store, storage]] = useState(() => {
    const storage = lazyStorage(async () => {
      const [{ createStanceStorage, browserStanceEnv }, { browserStorage }] = await Promise.all([
        import('@/lib/explorer/stance-storage'),
        import('@/lib/explorer/persistence'),
      ]);
      return createStanceStorage({
        ids: {
          caseId: model.caseId,
          criteria: model.criteria.map((k) => k.id),
          options: model.options.map((o) => o.id),
        },
        defaults: Object.fromEntries(model.criteria.map((k) => [k.id, k.defaultPoints])),
        label: (id) =>
          model.criteria.find((k) => k.id === id)?.label ??
          model.options.find((o) => o.id === id)?.shortLabel ??
          id,
        address,
        env: browserStanceEnv(browserStorage()),
      });
    });
    return [createExplorerStore(model, { storage, initialStance }), storage] as const;
  });

  useEffect(() => {
    void store.persist?.rehydrate();
    // Write a pending change at once if the reader leaves within the write delay.
    const flush = () => storage.flush();
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      storage.close();
    };
  }, [store, storage]);

  return <ExplorerStoreScope store={store}>{children}</ExplorerStoreScope>;
}
