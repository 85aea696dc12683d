'use client';

import { useState, type ReactNode } from 'react';
import { classApi } from '@/lib/class/constants';
import type { PublicSession } from '@/lib/class/contract';
import type { ResultsContext } from '@/lib/teaching/results-view';
import { callApi } from './api-client';
import { ClassResultsView } from './class-results';
import { useClassLive } from './use-class-live';

/**
 * The projector: the whole screen, large type, high contrast. Until the host reveals, the join
 * link, code and QR code with live counts; then the results. Its only control is a discreet
 * "Reveal".
 */
export function ProjectorView({
  code,
  joinUrl,
  qr,
  title,
  ctx,
}: {
  code: string;
  joinUrl: string;
  qr: ReactNode;
  title: string;
  ctx: ResultsContext;
}) {
  const live = useClassLive(code, { host: true });
  const [error, setError] = useState<string | null>(null);
  const session = live.session;
  const revealed = session?.state === 'revealed';

  const reveal = async () => {
    const res = await callApi<PublicSession>(classApi.host(code), {
      method: 'POST',
      body: JSON.stringify({ action: 'reveal' }),
    });
    if (!res.ok) setError(res.message);
    live.refresh();
  };

  const counts = session
    ? `${session.counts.joined} joined · ${session.counts.submitted} submitted`
    : '';

  return (
    <div
      data-projector
      className="fixed inset-0 z-40 flex flex-col overflow-hidden bg-canvas px-8 py-6 text-ink"
    >
      <h1 className="sr-only">Projector: {title}</h1>
      {live.error && !session ? (
        <p role="alert" className="text-3xl">
          {live.error}
        </p>
      ) : revealed && live.results ? (
        <div className="flex min-h-0 flex-1 flex-col gap-4">
          <p className="truncate text-xl">
            {counts} · join code <span className="font-mono font-bold">{code}</span> ·{' '}
            <span className="font-semibold">{title}</span>
          </p>
          <div className="min-h-0 flex-1">
            <ClassResultsView results={live.results} ctx={ctx} variant="projector" />
          </div>
        </div>
      ) : (
        <div className="grid flex-1 items-center gap-10 md:grid-cols-[1fr_auto]">
          <div className="space-y-6">
            <p className="text-3xl font-semibold text-balance">{title}</p>
            <p className="text-3xl">Join at</p>
            <p className="text-4xl font-bold break-all">{joinUrl}</p>
            <p
              aria-label={`Join code ${code.split('').join(' ')}`}
              className="font-mono text-8xl font-bold tracking-[0.2em]"
            >
              {code}
            </p>
            <p role="status" aria-live="polite" className="text-4xl tabular-nums">
              {counts}
            </p>
          </div>
          <div className="w-[min(40vh,22rem)]">{qr}</div>
        </div>
      )}
      {!revealed && session && (
        <button
          type="button"
          onClick={() => void reveal()}
          className="absolute right-4 bottom-4 min-h-11 rounded-md px-3 text-sm text-muted underline hover:text-ink"
        >
          Reveal
        </button>
      )}
      {(error ?? live.resultsError) && !revealed && (
        <p role="alert" className="absolute bottom-4 left-8 text-lg text-bad">
          {error ?? live.resultsError}
        </p>
      )}
    </div>
  );
}
