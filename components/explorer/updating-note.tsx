/**
 * Says that a section is still catching up with the reader's latest weights. It floats over the
 * section's top corner (so showing it moves nothing) and appears only after a short delay, so
 * the usual one- or two-frame lag does not flicker. Not a live region: the ranking's own
 * announcement is the one that speaks. Its parent must be positioned (`relative`).
 */
export function UpdatingNote({ stale }: { stale: boolean }) {
  return (
    <p
      className={`pointer-events-none absolute top-0 right-0 z-10 rounded-md border border-line bg-canvas px-2 py-0.5 text-sm text-muted shadow-sm print:hidden ${stale ? 'visible opacity-100 transition-opacity delay-150 motion-reduce:transition-none' : 'invisible opacity-0'}`}
    >
      Updating to your latest weights…
    </p>
  );
}
