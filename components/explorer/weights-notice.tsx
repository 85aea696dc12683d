'use client';

import { useExplorer } from './use-explorer';

/** A short notice about weights that could not be used (a bad link, damaged saved weights). */
export function WeightsNotice() {
  const notice = useExplorer((s) => s.notice);
  const setNotice = useExplorer((s) => s.setNotice);
  return (
    <div role="status" className="print:hidden">
      {notice && (
        <div className="mb-6 flex items-start justify-between gap-4 rounded-lg border border-warn bg-surface px-4 py-3">
          <p>{notice}</p>
          <button
            type="button"
            onClick={() => setNotice(null)}
            className="min-h-11 shrink-0 rounded-md border border-line px-3 text-sm font-medium hover:bg-surface-2"
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
