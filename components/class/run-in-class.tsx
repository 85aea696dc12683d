'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import {
  classApi,
  classPages,
  SMALL_GROUP_DEFAULT,
  SMALL_GROUP_MAX,
  SMALL_GROUP_MIN,
} from '@/lib/class/constants';
import type { CreateSessionBody, CreateSessionResponse } from '@/lib/class/contract';
import { settingsFromForm } from '@/lib/class/settings-form';
import { callApi } from './api-client';
import { rememberHostSecret } from './host-secret';

/**
 * "Run this case in class": creates a class session with the chosen settings and opens its host
 * page. The host page can change the settings later.
 */
export function RunInClass({ caseId }: { caseId: string }) {
  const router = useRouter();
  const id = useId();
  const [roles, setRoles] = useState(false);
  const [threshold, setThreshold] = useState(String(SMALL_GROUP_DEFAULT));
  const [closes, setCloses] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const start = async () => {
    const checked = settingsFromForm(
      { rolesOffered: roles, threshold, closes, noClosingTime: closes === '' },
      { now: Date.now(), allowPast: false },
    );
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    setBusy(true);
    setError(null);
    const body: CreateSessionBody = { caseId, settings: checked.settings };
    const res = await callApi<CreateSessionResponse>(classApi.sessions(), {
      method: 'POST',
      body: JSON.stringify(body),
    });
    if (!res.ok) {
      setBusy(false);
      setError(`Could not start a class session: ${res.message}`);
      return;
    }
    rememberHostSecret(res.data.code, res.data.hostSecret);
    router.push(classPages.host(res.data.code));
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => void start()}
          disabled={busy}
          className="h-11 rounded-md bg-accent px-4 font-semibold text-accent-ink disabled:opacity-60"
        >
          Run this case in class
        </button>
        <details className="text-sm">
          <summary className="inline-flex min-h-11 cursor-pointer items-center">
            Class settings
          </summary>
          <div className="mt-2 grid max-w-md gap-3 rounded-lg border border-line p-3">
            <label className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                checked={roles}
                onChange={(e) => setRoles(e.currentTarget.checked)}
                className="h-5 w-5"
              />
              Offer roles (students argue as one of the case&apos;s presets)
            </label>
            <div>
              <label htmlFor={`${id}-threshold`} className="block font-medium">
                Small-group threshold
              </label>
              <p id={`${id}-threshold-help`} className="text-muted">
                Below this many submissions only counts are shown ({SMALL_GROUP_MIN}–
                {SMALL_GROUP_MAX}).
              </p>
              <input
                id={`${id}-threshold`}
                type="number"
                inputMode="numeric"
                min={SMALL_GROUP_MIN}
                max={SMALL_GROUP_MAX}
                value={threshold}
                aria-describedby={`${id}-threshold-help`}
                onChange={(e) => setThreshold(e.currentTarget.value)}
                className="mt-1 h-11 w-24 rounded-md border border-line bg-canvas px-2 text-ink"
              />
            </div>
            <div>
              <label htmlFor={`${id}-closes`} className="block font-medium">
                Closing time (optional)
              </label>
              <input
                id={`${id}-closes`}
                type="datetime-local"
                value={closes}
                onChange={(e) => setCloses(e.currentTarget.value)}
                className="mt-1 h-11 rounded-md border border-line bg-canvas px-2 text-ink"
              />
            </div>
          </div>
        </details>
      </div>
      {error && (
        <p role="alert" className="text-bad">
          {error}
        </p>
      )}
    </div>
  );
}
