'use client';

import { useState } from 'react';
import {
  selectContributions,
  selectMatrix,
  selectRanking,
  selectStance,
} from '@/lib/explorer/store';
import { useExplorerStoreApi } from './use-explorer';

function save(text: string, type: string, filename: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the address is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * "Download": the results as CSV (one row per option) and the reader's stance as JSON. The CSV
 * library and the row builder load only when a download is asked for.
 */
export function DownloadControls() {
  const store = useExplorerStoreApi();
  const [error, setError] = useState<string | null>(null);

  const csv = async () => {
    try {
      const { resultRows, toCsv } = await import('@/lib/explorer/export');
      const s = store.getState();
      const rows = resultRows(
        s.model,
        selectMatrix(s),
        { ranking: selectRanking(s), contributions: selectContributions(s) },
        s.disputes,
      );
      save(toCsv(rows), 'text/csv;charset=utf-8', `counterweight-${s.model.caseId}-results.csv`);
      setError(null);
    } catch {
      setError('The download could not be prepared. Reload the page and try again.');
    }
  };

  const json = () => {
    const s = store.getState();
    save(
      `${JSON.stringify(selectStance(s), null, 2)}\n`,
      'application/json',
      `counterweight-${s.model.caseId}-stance.json`,
    );
  };

  return (
    <div role="group" aria-labelledby="download-label" className="space-y-1 print:hidden">
      <p id="download-label" className="text-sm font-medium">
        Download
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={csv}
          className="min-h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2"
        >
          Results (CSV)
        </button>
        <button
          type="button"
          onClick={json}
          className="min-h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2"
        >
          Your choices (JSON)
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-bad">
          {error}
        </p>
      )}
    </div>
  );
}
