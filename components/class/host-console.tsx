'use client';

import { useEffect, useState, type ReactNode } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { classApi, classPages, type HostAction, type PublicSession } from '@/lib/class/contract';
import type { ResultsContext } from '@/lib/teaching/results-view';
import { callApi } from './api-client';
import { ClassResultsView } from './class-results';
import { recallHostSecret, rememberHostSecret } from './host-secret';
import { SessionSettingsForm } from './session-settings-form';
import { useClassLive } from './use-class-live';

const button =
  'h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2 disabled:opacity-60';
const primary = 'h-11 rounded-md bg-accent px-4 font-semibold text-accent-ink disabled:opacity-60';

/** Claims the host role from a `#k=<secret>` link, then takes the secret out of the address. */
function useHostClaim(code: string): { secret: string | null; claimError: string | null } {
  const [secret, setSecret] = useState<string | null>(null);
  const [claimError, setClaimError] = useState<string | null>(null);
  useEffect(() => {
    const match = /^#k=(.+)$/.exec(window.location.hash);
    const fromLink = match?.[1] ? decodeURIComponent(match[1]) : null;
    if (!fromLink) {
      // Session storage is read after mount: the server render cannot know it.
      void Promise.resolve().then(() => setSecret(recallHostSecret(code)));
      return;
    }
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    void callApi<null>(classApi.hostClaim(code), {
      method: 'POST',
      headers: { Authorization: `Bearer ${fromLink}` },
    }).then((res) => {
      if (res.ok) {
        rememberHostSecret(code, fromLink);
        setSecret(fromLink);
      } else {
        setClaimError(`This host link did not work: ${res.message}`);
      }
    });
  }, [code]);
  return { secret, claimError };
}

/**
 * The host's page: join link and QR code, live counts, lock/reveal, export, projector link,
 * the host link for another device, the settings, and the results as only the host sees them.
 */
export function HostConsole({
  code,
  joinUrl,
  origin,
  qr,
  localWarning,
  ctx,
}: {
  code: string;
  joinUrl: string;
  /** Where this app is reached, for the host link (no trailing slash). */
  origin: string;
  qr: ReactNode;
  localWarning: boolean;
  ctx: ResultsContext;
}) {
  const router = useRouter();
  const live = useClassLive(code, { host: true });
  const { secret, claimError } = useHostClaim(code);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const session = live.session;

  const act = async (action: HostAction) => {
    setBusy(true);
    setActionError(null);
    const res = await callApi<PublicSession>(classApi.host(code), {
      method: 'POST',
      body: JSON.stringify({ action }),
    });
    setBusy(false);
    if (!res.ok) setActionError(res.message);
    live.refresh();
  };

  const remove = async () => {
    if (!window.confirm('Delete this session and every submission in it? This cannot be undone.'))
      return;
    const res = await callApi<null>(classApi.session(code), { method: 'DELETE' });
    if (res.ok) router.push(`/cases/${encodeURIComponent(ctx.caseId)}`);
    else setActionError(res.message);
  };

  if (live.error && !session) {
    return (
      <p role="alert" className="text-lg text-bad">
        {live.error}
      </p>
    );
  }

  const state = session?.state;
  return (
    <div className="space-y-10">
      <section aria-labelledby="join-heading" className="grid gap-6 md:grid-cols-[1fr_auto]">
        <div className="space-y-3">
          <h2 id="join-heading" className="text-xl font-semibold">
            Students join here
          </h2>
          <p className="text-lg">
            <a href={joinUrl} className="font-medium break-all text-accent underline">
              {joinUrl}
            </a>
          </p>
          <p>
            or go to <span className="font-medium">{joinUrl.replace(/\/[^/]+$/, '')}</span> and type
            the code
          </p>
          <p
            aria-label={`Join code ${code.split('').join(' ')}`}
            className="font-mono text-6xl font-bold tracking-[0.2em]"
          >
            {code}
          </p>
          {localWarning && (
            <p role="note" className="rounded-md border-2 border-warn px-3 py-2 text-warn">
              This link points to this computer itself (localhost), so students&apos; phones cannot
              reach it. Open this page through the computer&apos;s network address (e.g.
              http://192.168.1.20:3000), or start the app with PUBLIC_URL set to it.
            </p>
          )}
        </div>
        <div className="w-48 justify-self-start md:w-56">{qr}</div>
      </section>

      <section aria-labelledby="controls-heading" className="space-y-4">
        <h2 id="controls-heading" className="text-xl font-semibold">
          Session
        </h2>
        <p role="status" aria-live="polite" className="text-2xl font-semibold tabular-nums">
          {session
            ? `${session.counts.joined} joined · ${session.counts.submitted} submitted`
            : 'Loading…'}
        </p>
        {session && (
          <p>
            {state === 'open' && 'Open: students can submit and revise.'}
            {state === 'locked' && 'Locked: no more submissions. Results are hidden from students.'}
            {state === 'revealed' &&
              'Revealed: students see the class results. Submissions are locked.'}
            {session.closesAt &&
              ` Closes at ${new Date(session.closesAt).toLocaleString('en-GB')}.`}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          {state === 'open' ? (
            <button
              type="button"
              className={button}
              disabled={busy}
              onClick={() => void act('lock')}
            >
              Lock submissions
            </button>
          ) : (
            <button
              type="button"
              className={button}
              disabled={busy || !state}
              onClick={() => void act('reopen')}
            >
              Reopen
            </button>
          )}
          {state === 'revealed' ? (
            <button
              type="button"
              className={button}
              disabled={busy}
              onClick={() => void act('hide')}
            >
              Hide results
            </button>
          ) : (
            <button
              type="button"
              className={primary}
              disabled={busy || !state}
              onClick={() => void act('reveal')}
            >
              Reveal results
            </button>
          )}
          <a
            href={classApi.exportFile(code, 'csv')}
            download
            className={`${button} inline-flex items-center`}
          >
            Download CSV
          </a>
          <a
            href={classApi.exportFile(code, 'json')}
            download
            className={`${button} inline-flex items-center`}
          >
            Download JSON
          </a>
          <Link href={classPages.projector(code)} className={`${button} inline-flex items-center`}>
            Projector view
          </Link>
        </div>
        {(actionError || claimError) && (
          <p role="alert" className="text-bad">
            {actionError ?? claimError}
          </p>
        )}
        <p className="text-sm text-muted">
          {live.mode === 'polling' ? 'Updating every few seconds.' : 'Updates live.'}
        </p>
      </section>

      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="text-2xl font-semibold">
          Results
          {state !== 'revealed' && (
            <span className="font-normal text-muted"> (only you see them until you reveal)</span>
          )}
        </h2>
        {live.results ? (
          <ClassResultsView results={live.results} ctx={ctx} />
        ) : (
          <p>{live.resultsError ?? 'Loading…'}</p>
        )}
      </section>

      <section aria-labelledby="settings-heading" className="space-y-3">
        <h2 id="settings-heading" className="text-xl font-semibold">
          Settings and sharing
        </h2>
        {session && (
          <SessionSettingsForm code={code} session={session} onSaved={() => live.refresh()} />
        )}
        <details className="rounded-lg border border-line px-4 py-2">
          <summary className="min-h-11 cursor-pointer content-center font-medium">
            Run this session from another device
          </summary>
          {secret ? (
            <div className="space-y-2 py-2">
              <p className="font-semibold text-warn">
                Whoever has this link can run this session: lock it, reveal and download the
                results, and delete it. Keep it to yourself.
              </p>
              <p className="font-mono text-sm break-all">{`${origin}${classPages.hostLink(code, secret)}`}</p>
            </div>
          ) : (
            <p className="py-2">
              The host link is shown only in the browser tab that started the session (or opened a
              host link).
            </p>
          )}
        </details>
        <button type="button" className={`${button} text-bad`} onClick={() => void remove()}>
          Delete the session and all its data
        </button>
      </section>
    </div>
  );
}
