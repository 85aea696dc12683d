'use client';

import { useState, type ReactNode } from 'react';
import { ExplorerStoreScope } from '@/components/explorer/lagging';
import type { ExplorerModel } from '@/lib/explorer/model';
import { createExplorerStore } from '@/lib/explorer/store';

/**
 * The explorer's store for a class page, so the explorer's weights panel and ranking work
 * unchanged. Unlike `ExplorerProvider` it neither reads nor writes the address or the
 * explorer's saved weights: a class submission starts from the case's defaults (or the
 * student's own earlier submission) and never leaks into the explorer on the same device.
 */
export function ClassStoreProvider({
  model,
  children,
}: {
  model: ExplorerModel;
  children: ReactNode;
}) {
  const [store] = useState(() => createExplorerStore(model));
  return <ExplorerStoreScope store={store}>{children}</ExplorerStoreScope>;
}
