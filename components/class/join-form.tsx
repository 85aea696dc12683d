'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { classApi, classPages, JOIN_CODE_LENGTH, normaliseJoinCode } from '@/lib/class/constants';
import type { PublicSession } from '@/lib/class/contract';
import { callApi } from './api-client';

/** "Join code" and "Join": checks the code with the server before going to the session. */
export function JoinForm() {
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const join = async () => {
    const code = normaliseJoinCode(value);
    if (!code) {
      setError(
        `That is not a class code: a code has ${JOIN_CODE_LENGTH} letters and digits, as shown on your teacher's screen.`,
      );
      return;
    }
    setBusy(true);
    setError(null);
    const res = await callApi<PublicSession>(classApi.session(code));
    setBusy(false);
    if (!res.ok) {
      setError(
        res.status === 404
          ? `No class session has the code ${code}. Check it with your teacher: it may have been deleted.`
          : res.message,
      );
      return;
    }
    router.push(classPages.joinCode(code));
  };

  return (
    <form
      noValidate
      className="max-w-sm space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void join();
      }}
    >
      <div>
        <label htmlFor={`${id}-code`} className="block text-lg font-medium">
          Join code
        </label>
        <input
          id={`${id}-code`}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="mt-1 h-14 w-full rounded-md border border-line bg-canvas px-3 font-mono text-3xl tracking-[0.2em] text-ink uppercase"
        />
      </div>
      <button
        type="submit"
        disabled={busy}
        className="h-11 rounded-md bg-accent px-6 font-semibold text-accent-ink disabled:opacity-60"
      >
        Join
      </button>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-bad">
          {error}
        </p>
      )}
    </form>
  );
}
