'use client';

import dynamic from 'next/dynamic';

// The comparison is below the fold and used by few readers, so its code loads after the page.
const LazyHeadToHead = dynamic(() => import('./head-to-head').then((m) => m.HeadToHead), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-40 animate-pulse rounded-lg bg-surface" />,
});

/** The head-to-head comparison, loaded on demand in its own chunk. */
export function HeadToHeadLoader() {
  return (
    <>
      <LazyHeadToHead />
      <noscript>
        <p className="text-muted">The head-to-head comparison needs JavaScript.</p>
      </noscript>
    </>
  );
}
