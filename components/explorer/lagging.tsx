'use client';

import {
  createContext,
  useContext,
  useDeferredValue,
  useEffect,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DecisionMatrix } from '@/lib/decision';
import {
  selectMatrix,
  selectNormalisedWeights,
  selectPoints,
  type ExplorerState,
  type ExplorerStore,
} from '@/lib/explorer/store';
import { DisputesContext, ExplorerStoreContext } from './explorer-context';
import { useExplorer } from './use-explorer';

/** How long the sections may lag before they say so: the usual frame or two stays silent. */
export const UPDATING_NOTE_DELAY_MS = 150;

const selectState = (s: ExplorerState) => s;
const selectLate = (s: { late: boolean }) => s.late;

/** The explorer state a frame or two behind the reader (see `LaggingProvider`). */
const LaggingStateContext = createContext<ExplorerState | null>(null);

/** Whether the sections have lagged for longer than the delay: a store of one boolean. */
type LateSignal = StoreApi<{ late: boolean }>;

const createLateSignal = (): LateSignal => createStore(() => ({ late: false }));

const LateSignalContext = createContext<LateSignal>(createLateSignal());

/**
 * Keeps one copy of the explorer state that follows the reader's changes a frame or two later,
 * for every section that may lag (below the fold, or secondary to the live ranking). A slider
 * press renders only this provider (whose children it leaves alone) and the small
 * `LagBoundary`s, which mark their sections busy; the sections re-render afterwards, in a
 * render React drops if another press comes first. Nothing in a press changes a context's
 * value: React would walk the whole page to find its readers. The lagging state's context
 * changes only in the deferred render, and whether the sections lag travels by subscription
 * (the store itself, and a one-boolean signal for the "Updating" note).
 */
export function LaggingProvider({ children }: { children: ReactNode }) {
  const now = useExplorer(selectState);
  const state = useDeferredValue(now);
  const stale = state !== now;
  const [signal] = useState(createLateSignal);
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => signal.setState({ late: true }), UPDATING_NOTE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      signal.setState({ late: false });
    };
  }, [stale, signal]);
  return (
    <LaggingStateContext value={state}>
      <LateSignalContext value={signal}>{children}</LateSignalContext>
    </LaggingStateContext>
  );
}

const selectDisputes = (s: ExplorerState) => s.disputes;

/** The reader's own scores for every cell below, from one subscription (see `DisputesContext`). */
function DisputesProvider({ children }: { children: ReactNode }) {
  const disputes = useExplorer(selectDisputes);
  return <DisputesContext value={disputes}>{children}</DisputesContext>;
}

/**
 * The explorer's store and its lagging copy for everything inside: what `ExplorerProvider`
 * and the class pages' provider render, and what component tests wrap their subject in.
 */
export function ExplorerStoreScope({
  store,
  children,
}: {
  store: ExplorerStore;
  children: ReactNode;
}) {
  return (
    <ExplorerStoreContext value={store}>
      <DisputesProvider>
        <LaggingProvider>{children}</LaggingProvider>
      </DisputesProvider>
    </ExplorerStoreContext>
  );
}

/**
 * The whole explorer state as it was a frame or two ago. Read it with the `select*` helpers
 * (memoised per state, so values keep their identity). A component that reads it re-renders
 * only once the lagging state moves, never during the press itself; wrap what it shows in a
 * `LagBoundary` so a lag is said.
 */
export function useLaggingState(): ExplorerState {
  const state = useContext(LaggingStateContext);
  if (!state) throw new Error('useLaggingState must be used inside <ExplorerStoreScope>.');
  return state;
}

/**
 * Whether the sections have lagged behind the reader for longer than `UPDATING_NOTE_DELAY_MS`
 * (a lag of a frame or two, the usual case, is not worth saying, and checking for it on every
 * press would cost the press a render of every boundary).
 */
export function useLagging(): boolean {
  return useStore(useContext(LateSignalContext), selectLate);
}

/**
 * Says that a section is still catching up with the reader's latest weights. It floats over the
 * section's top corner (so showing it moves nothing) and appears only once the sections have
 * lagged for `UPDATING_NOTE_DELAY_MS`. The delay is a timer, not a CSS transition: a delayed
 * transition restyles the note on every frame while it waits. Not a live region: the ranking's
 * own announcement is the one that speaks. Its parent must be positioned (`relative`).
 */
export function UpdatingNote() {
  const late = useLagging();
  return (
    <p
      hidden={!late}
      className="pointer-events-none absolute top-0 right-0 z-10 rounded-md border border-line bg-canvas px-2 py-0.5 text-sm text-muted shadow-sm print:hidden"
    >
      Updating to your latest weights…
    </p>
  );
}

/**
 * A section that follows the lagging state: once a lag lasts, busy (`aria-busy`) and with the
 * `UpdatingNote`. Nothing here re-renders during a press; `children` come from the section,
 * which re-renders when the lagging state arrives.
 */
export function LagBoundary({ children }: { children: ReactNode }) {
  const stale = useLagging();
  return (
    <div className="relative" aria-busy={stale}>
      <UpdatingNote />
      {children}
    </div>
  );
}

/**
 * The matrix (with the reader's own scores), normalised weights and points of the lagging
 * state, for the heavy robustness panels. Each keeps its identity until it changes, so it is
 * safe as a memo or effect dependency.
 */
export function useDeferredWeights(): {
  matrix: DecisionMatrix;
  weights: readonly number[];
  points: readonly number[];
} {
  const state = useLaggingState();
  return {
    matrix: selectMatrix(state),
    weights: selectNormalisedWeights(state),
    points: selectPoints(state),
  };
}
