'use client';

import Link from 'next/link';
import { useEffect } from 'react';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.warn('Counterweight hit an error:', error.digest ?? error.message);
  }, [error]);

  return (
    <div role="alert" className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="text-muted">
        This page could not be shown. Your weights are kept in the page address and in this browser,
        so nothing you set is lost.
      </p>
      <div className="flex justify-center gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-accent px-4 py-2 font-medium text-accent-ink"
        >
          Try again
        </button>
        <Link href="/" className="rounded-md border border-line px-4 py-2 font-medium">
          Back to the list of cases
        </Link>
      </div>
    </div>
  );
}
