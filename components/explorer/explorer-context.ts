'use client';

import { createContext } from 'react';
import type { ExplorerStore } from '@/lib/explorer/store';
import type { Disputes } from '@/lib/stance/schema';

/** Holds the explorer store of the case on screen; set by `ExplorerProvider`. */
export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);

/**
 * The reader's own scores, for the many cells that mark them (the matrix has one per option
 * and criterion). One subscription feeds them all through this context, set by
 * `ExplorerStoreScope`: a slider press then costs the cells nothing, where a store subscription
 * per cell was checked on every press.
 */
export const DisputesContext = createContext<Disputes>({});
