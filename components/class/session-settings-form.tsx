'use client';

import { useId, useState } from 'react';
import {
  classApi,
  SMALL_GROUP_MAX,
  SMALL_GROUP_MIN,
  type PublicSession,
  type UpdateSettingsBody,
} from '@/lib/class/contract';
import {
  settingsFormValues,
  settingsFromForm,
  type SettingsFormValues,
} from '@/lib/class/settings-form';
import { callApi } from './api-client';

const field = 'mt-1 h-11 rounded-md border border-line bg-canvas px-2 text-ink disabled:opacity-60';

/**
 * The host's form for a running session's settings: roles, the small-group threshold and the
 * closing time. It shows the stored settings (following live changes) until the host edits a
 * field, and says plainly whether saving worked.
 */
export function SessionSettingsForm({
  code,
  session,
  onSaved,
}: {
  code: string;
  session: PublicSession;
  onSaved: (session: PublicSession) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState<SettingsFormValues | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const values = draft ?? settingsFormValues(session.settings);
  const edit = (patch: Partial<SettingsFormValues>) => {
    setDraft({ ...values, ...patch });
    setResult(null);
  };

  const save = async () => {
    const checked = settingsFromForm(values, { now: Date.now(), allowPast: true });
    if (!checked.ok) {
      setResult({ ok: false, message: `Not saved: ${checked.message}` });
      return;
    }
    setBusy(true);
    setResult(null);
    const body: UpdateSettingsBody = { settings: checked.settings };
    const res = await callApi<PublicSession>(classApi.session(code), {
      method: 'PATCH',
      body: JSON.stringify(body),
    });
    setBusy(false);
    if (!res.ok) {
      setResult({ ok: false, message: `Not saved: ${res.message}` });
      return;
    }
    setDraft(null);
    onSaved(res.data);
    const closed =
      res.data.closesAt !== null && Date.parse(res.data.closesAt) <= Date.now()
        ? ' The closing time has passed, so submissions are locked.'
        : '';
    setResult({ ok: true, message: `Settings saved.${closed}` });
  };

  return (
    <form
      aria-labelledby={`${id}-heading`}
      noValidate
      className="max-w-xl space-y-4 rounded-lg border border-line p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-heading`} className="text-lg font-semibold">
        Settings
      </h3>
      <label className="flex min-h-11 items-center gap-3">
        <input
          type="checkbox"
          checked={values.rolesOffered}
          onChange={(e) => edit({ rolesOffered: e.currentTarget.checked })}
          className="h-5 w-5 shrink-0"
        />
        <span>Offer roles (students argue as one of the case&apos;s presets)</span>
      </label>
      <div>
        <label htmlFor={`${id}-threshold`} className="block font-medium">
          Small-group threshold
        </label>
        <p id={`${id}-threshold-help`} className="text-sm text-muted">
          Below this many submissions (and in a role with fewer) only counts are shown (
          {SMALL_GROUP_MIN}–{SMALL_GROUP_MAX}).
        </p>
        <input
          id={`${id}-threshold`}
          type="number"
          inputMode="numeric"
          min={SMALL_GROUP_MIN}
          max={SMALL_GROUP_MAX}
          step={1}
          value={values.threshold}
          aria-describedby={`${id}-threshold-help`}
          onChange={(e) => edit({ threshold: e.currentTarget.value })}
          className={`${field} w-24`}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">Closing time</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            checked={values.noClosingTime}
            onChange={(e) => edit({ noClosingTime: e.currentTarget.checked })}
            className="h-5 w-5 shrink-0"
          />
          <span>No closing time</span>
        </label>
        <div>
          <label htmlFor={`${id}-closes`} className="block text-sm">
            Submissions close at (your local time; a time already past locks them now)
          </label>
          <input
            id={`${id}-closes`}
            type="datetime-local"
            value={values.closes}
            disabled={values.noClosingTime}
            onChange={(e) => edit({ closes: e.currentTarget.value })}
            className={`${field} w-full max-w-64`}
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          disabled={busy}
          className="h-11 rounded-md bg-accent px-4 font-semibold text-accent-ink disabled:opacity-60"
        >
          Save settings
        </button>
        {draft && !busy && <span className="text-sm text-muted">Unsaved changes</span>}
      </div>
      <p role="status" className="font-medium">
        {result?.ok ? result.message : ''}
      </p>
      {result && !result.ok && (
        <p role="alert" className="text-bad">
          {result.message}
        </p>
      )}
    </form>
  );
}
