'use client';

import { createContext } from 'react';
import type { ExplorerStore } from '@/lib/explorer/store';

/** Holds the explorer store of the case on screen; set by `ExplorerProvider`. */
export const ExplorerStoreContext = createContext<ExplorerStore | null>(null);
