'use client';

import dynamic from 'next/dynamic';

// The panels sit at the end of the explorer and carry the charts, the rules and the worker
// client, so their code loads in separate chunks after the page, keeping first-load JS small.
function Placeholder({ height }: { height: string }) {
  return (
    <div
      aria-hidden="true"
      className={`${height} rounded-lg bg-surface motion-safe:animate-pulse`}
    />
  );
}

/** The sensitivity charts and sentences, loaded on demand. */
export const SensitivityLoader = dynamic(
  () => import('./sensitivity-panel').then((m) => m.SensitivityPanel),
  { ssr: false, loading: () => <Placeholder height="h-96" /> },
);

/** The SMAA panel, loaded on demand; its worker starts only when the reader runs it. */
export const UncertaintyLoader = dynamic(
  () => import('./uncertainty-panel').then((m) => m.UncertaintyPanel),
  { ssr: false, loading: () => <Placeholder height="h-64" /> },
);

/** The decision-rules table, loaded on demand. */
export const RulesLoader = dynamic(() => import('./rules-panel').then((m) => m.RulesPanel), {
  ssr: false,
  loading: () => <Placeholder height="h-96" />,
});
