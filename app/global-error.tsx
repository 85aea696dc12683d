'use client';

import './globals.css';

/** Last-resort boundary for errors in the root layout itself; it must render its own <html>. */
export default function GlobalError({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="en-GB">
      <body className="bg-canvas text-ink">
        <main role="alert" className="mx-auto max-w-xl space-y-4 px-4 py-16 text-center">
          <h1 className="text-3xl font-bold">Counterweight could not load</h1>
          <p>Something went wrong while loading the page. Nothing you set has been lost.</p>
          <p className="flex justify-center gap-4">
            <button
              type="button"
              onClick={reset}
              className="rounded-md bg-accent px-4 py-2 text-accent-ink"
            >
              Try again
            </button>
            {/* A full page load, not client navigation: the layout itself has failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/" className="rounded-md border border-line px-4 py-2">
              Back to the list of cases
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
