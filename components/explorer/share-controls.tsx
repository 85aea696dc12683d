'use client';

import { useEffect, useRef, useState } from 'react';
import { selectStance } from '@/lib/explorer/store';
import type { Stance } from '@/lib/stance/schema';
import { DownloadControls } from './download-controls';
import { useCaseModel, useExplorer, useExplorerStoreApi } from './use-explorer';

type CopyState =
  | { status: 'idle' }
  | { status: 'copied'; stance: Stance }
  | { status: 'manual'; stance: Stance; link: string };

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers, or a page without clipboard permission: fall back to a hidden field.
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    field.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    field.remove();
    return ok;
  }
}

/** "Copy link" (the reader's stance in the address), "Print handout" and "Download". */
export function ShareControls() {
  const model = useCaseModel();
  const store = useExplorerStoreApi();
  const [copied, setState] = useState<CopyState>({ status: 'idle' });
  const manualRef = useRef<HTMLInputElement>(null);
  // A copied link goes stale as soon as the stance changes. Only that flip re-renders this:
  // a slider press does not.
  const stillCopied = useExplorer(
    (s) => copied.status !== 'idle' && selectStance(s) === copied.stance,
  );
  const state: CopyState = stillCopied ? copied : { status: 'idle' };

  const manual = state.status === 'manual';
  useEffect(() => {
    if (manual) manualRef.current?.select();
  }, [manual]);

  const copy = async () => {
    const stance = selectStance(store.getState());
    // The link codec is loaded with persistence after mount, so this import is already cached.
    const { hrefWithStance } = await import('@/lib/stance/link');
    const order = model.criteria.map((k) => k.id);
    const link = hrefWithStance(window.location.href, stance, order);
    setState(
      (await copyText(link)) ? { status: 'copied', stance } : { status: 'manual', stance, link },
    );
  };

  return (
    <div className="space-y-2 print:hidden">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          onClick={copy}
          className="min-h-11 rounded-md bg-accent px-4 font-medium text-accent-ink hover:opacity-90"
        >
          Copy link
        </button>
        <button
          type="button"
          onClick={() => window.print()}
          className="min-h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2"
        >
          Print handout
        </button>
      </div>
      <p role="status" className="text-sm text-good">
        {state.status === 'copied'
          ? 'Link copied: it opens this case with your weights and scores.'
          : ''}
      </p>
      {state.status === 'manual' && (
        <div>
          <label htmlFor="manual-link" className="block text-sm">
            Copying is blocked here; copy this link yourself:
          </label>
          <input
            id="manual-link"
            ref={manualRef}
            readOnly
            value={state.link}
            className="mt-1 h-11 w-full rounded-md border border-line bg-canvas px-2 font-mono text-sm"
          />
        </div>
      )}
      <DownloadControls />
    </div>
  );
}
