'use client';

import { useEffect, useState } from 'react';

/** How long a section may lag before it says so: the usual one- or two-frame lag stays silent. */
export const UPDATING_NOTE_DELAY_MS = 150;

/**
 * Says that a section is still catching up with the reader's latest weights. It floats over the
 * section's top corner (so showing it moves nothing) and appears only once the section has
 * lagged for `UPDATING_NOTE_DELAY_MS`, so the usual one- or two-frame lag does not flicker. The
 * delay is a timer, not a CSS transition: a delayed transition restyles the note on every frame
 * while it waits, which cost each slider press a style recalculation. Not a live region: the
 * ranking's own announcement is the one that speaks. Its parent must be positioned
 * (`relative`).
 */
export function UpdatingNote({ stale }: { stale: boolean }) {
  const [late, setLate] = useState(false);
  useEffect(() => {
    if (!stale) return;
    const timer = setTimeout(() => setLate(true), UPDATING_NOTE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setLate(false);
    };
  }, [stale]);
  return (
    <p
      hidden={!(stale && late)}
      className="pointer-events-none absolute top-0 right-0 z-10 rounded-md border border-line bg-canvas px-2 py-0.5 text-sm text-muted shadow-sm print:hidden"
    >
      Updating to your latest weights…
    </p>
  );
}
