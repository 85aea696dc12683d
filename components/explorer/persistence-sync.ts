import { resolveInitialWeights } from '@/lib/explorer/initial-weights';
import { defaultPoints, type ExplorerModel } from '@/lib/explorer/model';
import { browserStorage, saveStoredWeights } from '@/lib/explorer/persistence';
import { selectPoints, type ExplorerStore } from '@/lib/explorer/store';
import { hrefWithWeights } from '@/lib/explorer/url-codec';

/** How long the address and storage wait after the last change before they are written. */
const WRITE_DELAY_MS = 250;

function replaceAddress(points: readonly number[] | null) {
  const next = hrefWithWeights(window.location.href, points);
  // Next.js syncs its router with native replaceState: no navigation, no history entry.
  if (next !== window.location.href) window.history.replaceState(null, '', next);
}

/**
 * Restores a case's weights (address > stored > defaults) into the store, then keeps the
 * address and local storage in step with the reader's edits. Returns a function that stops
 * syncing and writes any pending change. Browser only; loaded lazily by `ExplorerProvider`.
 */
export function syncWeights(store: ExplorerStore, model: ExplorerModel): () => void {
  const storage = browserStorage();
  const criteriaIds = model.criteria.map((k) => k.id);
  const initial = resolveInitialWeights({
    search: window.location.search,
    storage,
    caseId: model.caseId,
    criteriaIds,
    defaults: defaultPoints(model),
  });
  const { restoreWeights, setNotice, lastChange } = store.getState();
  // A reader quick enough to move a slider before this module loaded keeps their change.
  if (lastChange !== 'edit') restoreWeights(initial.points, initial.source);
  setNotice(initial.notice);
  if (initial.badLink) replaceAddress(null);
  else if (initial.source === 'stored') replaceAddress(selectPoints(store.getState()));

  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (points: readonly number[]) => {
    replaceAddress(points);
    saveStoredWeights(storage, model.caseId, criteriaIds, points);
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.weights === previous.weights || state.lastChange !== 'edit') return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      write(selectPoints(state));
    }, WRITE_DELAY_MS);
  });
  // Write a pending change at once if the reader leaves within the delay.
  const flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timer = undefined;
    write(selectPoints(store.getState()));
  };
  window.addEventListener('pagehide', flush);
  return () => {
    unsubscribe();
    flush();
    window.removeEventListener('pagehide', flush);
  };
}
