'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { classApi, STREAM_EVENTS } from '@/lib/class/constants';
import type { ClassResults, PublicSession } from '@/lib/class/contract';
import { callApi } from './api-client';

/** How often the polling fallback asks for the session (and results), in milliseconds. */
const POLL_MS = 3000;

export interface ClassLive {
  readonly session: PublicSession | null;
  readonly results: ClassResults | null;
  /** `live` while the event stream is open, `polling` when it failed and polling took over. */
  readonly mode: 'connecting' | 'live' | 'polling';
  /** A problem reaching the session (e.g. it was deleted), or null. */
  readonly error: string | null;
  /** Why the results could not be read (e.g. this device is not the host), or null. */
  readonly resultsError: string | null;
}

/**
 * Follows a class session live: Server-Sent Events from `…/stream`, and polling of the session
 * and results when the stream fails. `host` asks for results at any time (the host cookie is
 * needed); otherwise results are fetched only once the session is revealed. A new value that
 * equals the last one is ignored, so nothing re-renders (or flashes) without a change.
 */
export function useClassLive(
  code: string,
  { host }: { host: boolean },
): ClassLive & { refresh: () => void } {
  const [state, setState] = useState<ClassLive>({
    session: null,
    results: null,
    mode: 'connecting',
    error: null,
    resultsError: null,
  });
  const pollRef = useRef<() => Promise<void>>(async () => {});
  const refresh = useCallback(() => void pollRef.current(), []);

  useEffect(() => {
    let stopped = false;
    let last = { session: '', results: '' };
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;

    const apply = (patch: { session?: PublicSession; results?: ClassResults | null }) => {
      if (stopped) return;
      const s = patch.session ? JSON.stringify(patch.session) : last.session;
      const r = patch.results !== undefined ? JSON.stringify(patch.results) : last.results;
      if (s === last.session && r === last.results) return;
      last = { session: s, results: r };
      setState((prev) => ({
        ...prev,
        error: null,
        resultsError: patch.results ? null : prev.resultsError,
        session: patch.session ?? prev.session,
        results: patch.results !== undefined ? patch.results : prev.results,
      }));
    };

    const poll = async () => {
      const session = await callApi<PublicSession>(classApi.session(code));
      if (stopped) return;
      if (!session.ok) {
        setState((prev) => ({ ...prev, error: session.message }));
        return;
      }
      apply({ session: session.data });
      if (host || session.data.state === 'revealed') {
        await refetchResults();
      } else {
        apply({ results: null });
      }
    };

    const refetchResults = async () => {
      const results = await callApi<ClassResults>(classApi.results(code));
      if (results.ok) apply({ results: results.data });
      else if (!stopped) setState((prev) => ({ ...prev, resultsError: results.message }));
    };

    const startPolling = () => {
      if (stopped || timer) return;
      source?.close();
      source = null;
      setState((prev) => ({ ...prev, mode: 'polling' }));
      void poll();
      timer = setInterval(() => void poll(), POLL_MS);
    };

    pollRef.current = poll;
    // The first state comes from a plain GET, so the page fills in even before the stream opens.
    void poll();
    if (typeof EventSource === 'undefined') {
      startPolling();
    } else {
      source = new EventSource(classApi.stream(code));
      source.onopen = () => setState((prev) => ({ ...prev, mode: 'live' }));
      source.addEventListener(STREAM_EVENTS.session, (e) => {
        const session = JSON.parse((e as MessageEvent<string>).data) as PublicSession;
        // Hiding the results takes them away from participants at once.
        apply(host || session.state === 'revealed' ? { session } : { session, results: null });
        if (!host && session.state === 'revealed') void refetchResults();
      });
      source.addEventListener(STREAM_EVENTS.results, (e) => {
        // A participant's own place ("you") comes with their cookie on the GET, not the stream.
        if (host) apply({ results: JSON.parse((e as MessageEvent<string>).data) as ClassResults });
        else void refetchResults();
      });
      // EventSource reconnects by itself while CONNECTING; once CLOSED it has given up.
      source.onerror = () => {
        if (source?.readyState === EventSource.CLOSED) startPolling();
      };
    }

    return () => {
      stopped = true;
      source?.close();
      clearInterval(timer);
    };
  }, [code, host]);

  return { ...state, refresh };
}
