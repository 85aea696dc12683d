'use client';

import { useContext, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { DecisionMatrix, RankedOption } from '@/lib/decision';
import type { ExplorerModel } from '@/lib/explorer/model';
import {
  selectContributions,
  selectLead,
  selectMatrix,
  selectNormalisedWeights,
  selectPoints,
  selectRanking,
  selectTotals,
  type ExplorerState,
  type ExplorerStore,
} from '@/lib/explorer/store';
import type { LeadSummary } from '@/lib/explorer/ranking';
import type { Disputes } from '@/lib/stance/schema';
import { DisputesContext, ExplorerStoreContext } from './explorer-context';

/**
 * Hooks onto the explorer store. Every hook here must be called under `ExplorerProvider`
 * (they throw otherwise). Selectors return single fields or memoised derived values, so a
 * component re-renders only when what it shows changes.
 */

/** The raw store, for subscriptions outside render (effects). */
export function useExplorerStoreApi(): ExplorerStore {
  const store = useContext(ExplorerStoreContext);
  if (!store) throw new Error('Explorer hooks must be used inside <ExplorerProvider>.');
  return store;
}

/**
 * Selects from the explorer state. The selector must return a stable value (a field, or one
 * of the memoised `select*` helpers); wrap anything that builds a new array in `useShallow`.
 */
export function useExplorer<T>(selector: (state: ExplorerState) => T): T {
  return useStore(useExplorerStoreApi(), selector);
}

/**
 * The case's compact model: ids, labels, matrix, presets. It never changes for a store, so this
 * reads it once rather than subscribing (a subscription is checked on every slider press).
 */
export function useCaseModel(): ExplorerModel {
  return useExplorerStoreApi().getState().model;
}

/**
 * The decision matrix (options × criteria scores with ranges), in case order, with the reader's
 * own scores in place of the case's where they disputed one.
 */
export function useDecisionMatrix(): DecisionMatrix {
  return useExplorer(selectMatrix);
}

/**
 * The reader's own scores: option id → criterion id → score (empty when none). Read from the
 * one subscription `ExplorerStoreScope` keeps for the whole page (`DisputesContext`), so the
 * matrix's many cells add nothing to a slider press.
 */
export function useDisputes(): Disputes {
  return useContext(DisputesContext);
}

/** The reader's importance points per criterion (0–100, case order). */
export function usePoints(): readonly number[] {
  return useExplorer(selectPoints);
}

/**
 * The reader's current weights, normalised to sum to 1, in the matrix's criteria order.
 * The array keeps its identity until the weights change, so it is safe as an effect dependency
 * (e.g. to re-run a robustness analysis).
 */
export function useNormalisedWeights(): readonly number[] {
  return useExplorer(selectNormalisedWeights);
}

/** Each option's total on 0–100 under the current weights, in case order. */
export function useTotals(): readonly number[] {
  return useExplorer(selectTotals);
}

/** Per-criterion contributions to each option's total (rows: options in case order). */
export function useContributions(): readonly (readonly number[])[] {
  return useExplorer(selectContributions);
}

/** The current ranking, best first; ties share a rank. */
export function useRanking(): readonly RankedOption[] {
  return useExplorer(selectRanking);
}

/** Who leads, by how much, and whether the lead is clear. */
export function useLead(): LeadSummary {
  return useExplorer(selectLead);
}

/** A function from option id to its short label, for sentences and lists (stable for the page). */
export function useOptionLabel(): (optionId: string) => string {
  const model = useCaseModel();
  return useMemo(() => {
    const labels = new Map(model.options.map((o) => [o.id, o.shortLabel]));
    return (id: string) => labels.get(id) ?? id;
  }, [model]);
}

/**
 * A number a slider press changes (a share, a total, a bar's length), written straight into
 * its element whenever the store changes, without a React render: on every press React would
 * otherwise reconcile each of these small components, and the press's frame is the budget.
 * Returns a ref for the element and the value for this render (the server's HTML, hydration,
 * and any render for other reasons, which always agree with the store). `apply` must change the
 * element in place (a text node's value, a style), never replace nodes React made.
 */
export function useLiveDom<E extends HTMLElement, V>(
  select: (state: ExplorerState) => V,
  apply: (element: E, value: V) => void,
): [RefObject<E | null>, V] {
  const store = useExplorerStoreApi();
  const ref = useRef<E>(null);
  const latest = useRef({ select, apply });
  useLayoutEffect(() => {
    latest.current = { select, apply };
  });
  useEffect(() => {
    let shown = latest.current.select(store.getState());
    const write = (value: V) => {
      shown = value;
      if (ref.current) latest.current.apply(ref.current, value);
    };
    // The store may have moved between this render and now (the saved stance is restored
    // right after mount).
    write(shown);
    return store.subscribe((state) => {
      const next = latest.current.select(state);
      if (!Object.is(next, shown)) write(next);
    });
  }, [store]);
  return [ref, select(store.getState())];
}

/** Sets an element's text in place: its text node's value (React keeps hold of that node). */
export function setTextInPlace(element: HTMLElement, text: string): void {
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && !node.nextSibling) node.nodeValue = text;
  else element.textContent = text;
}
