'use client';

import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import type { Elicitation } from '@/lib/stance/schema';
import type { MethodCriterion, MethodName, SwingScale } from './types';

// The guided methods are used by few readers: their code (and the maths) loads on first click,
// so the explorer's first-load JavaScript holds only these four buttons and Undo.
const LazyMethodPanel = dynamic(() => import('./method-panel').then((m) => m.MethodPanel), {
  ssr: false,
  loading: () => (
    <p className="h-24 animate-pulse rounded-lg bg-surface text-sm text-muted">Loading…</p>
  ),
});

const METHODS: readonly { name: MethodName; label: string }[] = [
  { name: 'sliders', label: 'Sliders' },
  { name: 'ranking', label: 'Ranking' },
  { name: 'pairwise', label: 'Pairwise' },
  { name: 'swing', label: 'Swing' },
];

/**
 * "Set weights by": Sliders, Ranking, Pairwise or Swing. A guided method's "Apply these
 * weights" hands whole points (the largest weight gets 100) and the judgements to `onApply`;
 * a polite status announces the applied weights, and Undo hands back to `onUndo`. Each method
 * reopens with the reader's unapplied draft, or else the judgements last applied
 * (`elicitation`).
 */
export function SetWeightsBy({
  criteria,
  scales,
  elicitation,
  canUndo,
  onApply,
  onUndo,
}: {
  criteria: readonly MethodCriterion[];
  scales: Readonly<Record<string, SwingScale>>;
  elicitation: Elicitation | undefined;
  canUndo: boolean;
  onApply: (points: Record<string, number>, elicitation: Elicitation) => void;
  onUndo: () => void;
}) {
  const [method, setMethod] = useState<MethodName>('sliders');
  const [drafts, setDrafts] = useState<Partial<Record<MethodName, Elicitation>>>({});
  const [message, setMessage] = useState('');
  const headingId = useId();

  return (
    <div className="space-y-3 print:hidden">
      <div role="group" aria-labelledby={headingId} className="space-y-1">
        <p id={headingId} className="text-sm font-medium">
          Set weights by
        </p>
        <div className="grid grid-cols-4 gap-1 rounded-md border border-line p-1">
          {METHODS.map((m) => (
            <button
              key={m.name}
              type="button"
              aria-pressed={method === m.name}
              onClick={() => setMethod(m.name)}
              className="h-11 min-w-0 rounded px-1 text-sm font-medium hover:bg-surface-2 aria-pressed:bg-accent aria-pressed:text-accent-ink lg:h-9"
            >
              {m.label}
            </button>
          ))}
        </div>
      </div>

      {method !== 'sliders' && (
        <section
          aria-label={`Set weights by ${method}`}
          className="rounded-lg border border-line p-3"
        >
          <LazyMethodPanel
            method={method}
            criteria={criteria}
            scales={scales}
            draft={drafts[method] ?? (elicitation?.method === method ? elicitation : undefined)}
            onDraft={(e) => setDrafts((d) => ({ ...d, [e.method]: e }))}
            onApply={onApply}
            announce={setMessage}
          />
        </section>
      )}

      {canUndo && (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <span>Weights applied to the sliders.</span>
          <button
            type="button"
            onClick={() => {
              onUndo();
              setMessage('Undone: your weights are back to what they were.');
            }}
            className="h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2 lg:h-9"
          >
            Undo
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {message}
      </p>
    </div>
  );
}
