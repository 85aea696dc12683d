'use client';

import dynamic from 'next/dynamic';
import { useId, useState } from 'react';
import { weightsToPoints } from '@/lib/decision/elicitation';
import type { Elicitation } from '@/lib/stance/schema';
import { defaultPairwise, defaultRanking, defaultSwing } from './defaults';
import type { MethodCriterion, SwingScale } from './types';

// The guided methods are used by few readers: their code loads on the first click.
const LazyMethodPanel = dynamic(() => import('./method-panel').then((m) => m.MethodPanel), {
  ssr: false,
  loading: () => (
    <p className="h-24 animate-pulse rounded-lg bg-surface text-sm text-muted">Loading…</p>
  ),
});

/** The ways to set weights: the sliders themselves, or a guided method that fills them. */
export type MethodName = 'sliders' | Exclude<Elicitation['method'], 'direct'>;

const METHODS: readonly { name: MethodName; label: string; noun: string }[] = [
  { name: 'sliders', label: 'Sliders', noun: 'sliders' },
  { name: 'ranking', label: 'Ranking', noun: 'ranking' },
  { name: 'pairwise', label: 'Pairwise', noun: 'comparisons' },
  { name: 'swing', label: 'Swing', noun: 'swings' },
];

type Guided = Extract<Elicitation, { method: Exclude<MethodName, 'sliders'> }>;
type Drafts = { [M in Guided['method']]?: Extract<Guided, { method: M }> };

function startingDraft(
  method: Guided['method'],
  criteria: readonly MethodCriterion[],
  current: Elicitation | undefined,
): Guided {
  if (current?.method === method) return current;
  if (method === 'ranking') return defaultRanking(criteria);
  if (method === 'pairwise') return defaultPairwise(criteria);
  return defaultSwing(criteria);
}

/**
 * "Set weights by": Sliders, Ranking, Pairwise or Swing. A guided method's "Apply these
 * weights" hands whole points (the largest weight gets 100) and the judgements to `onApply`;
 * a polite status announces the applied weights, and Undo hands back to `onUndo`. Each method
 * reopens with the judgements last applied (`elicitation`) or the reader's unapplied draft.
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
  const [drafts, setDrafts] = useState<Drafts>({});
  const [message, setMessage] = useState('');
  const headingId = useId();
  const labelOf = (id: string) => criteria.find((k) => k.id === id)?.label ?? id;

  const draft =
    method === 'sliders' ? null : (drafts[method] ?? startingDraft(method, criteria, elicitation));

  const apply = (weights: Record<string, number>, e: Elicitation) => {
    const ids = criteria.map((k) => k.id);
    const points = weightsToPoints(weights, ids);
    onApply(points, e);
    const noun = METHODS.find((m) => m.name === e.method)?.noun ?? 'method';
    setMessage(
      `Weights applied from your ${noun}: ${ids.map((id) => `${labelOf(id)} ${points[id]}`).join(', ')} points.`,
    );
  };

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

      {draft && (
        <section
          aria-label={`Set weights by ${METHODS.find((m) => m.name === method)?.label.toLowerCase()}`}
          className="rounded-lg border border-line p-3"
        >
          <LazyMethodPanel
            criteria={criteria}
            scales={scales}
            draft={draft}
            onDraft={(e) => setDrafts((d) => ({ ...d, [e.method]: e }))}
            onApply={apply}
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
