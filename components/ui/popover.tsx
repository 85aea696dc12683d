import type { ReactNode } from 'react';
import { PopoverPanel } from './popover-panel';

/**
 * A button that opens a small card using the native popover API: no JavaScript needed, Escape
 * and a click outside close it, and its content follows the button in reading order for
 * screen readers. Works in server and client components. `id` must be unique on the page. The
 * card's body renders when it opens (see `PopoverPanel`).
 */
export function Popover({
  id,
  trigger,
  title,
  children,
  triggerClassName = '',
  plain = false,
}: {
  id: string;
  /** The button's content; it should read well on its own (add sr-only words if needed). */
  trigger: ReactNode;
  title: ReactNode;
  children: ReactNode;
  triggerClassName?: string;
  /** Drop the dotted underline (for triggers that already look clickable, like heatmap cells). */
  plain?: boolean;
}) {
  const headingId = `${id}-title`;
  return (
    <>
      <button
        type="button"
        popoverTarget={id}
        className={`cursor-pointer rounded-sm ${plain ? 'hover:underline' : 'underline decoration-dotted decoration-1 underline-offset-4 hover:decoration-solid print:no-underline'} ${triggerClassName}`}
      >
        {trigger}
      </button>
      <PopoverPanel
        id={id}
        labelledBy={headingId}
        className="fixed inset-0 m-auto h-fit max-h-[85vh] w-[min(34rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-line bg-canvas p-0 text-left text-sm font-normal text-ink shadow-2xl backdrop:bg-black/40 print:hidden"
        bodyClassName="space-y-3 px-4 py-3 leading-relaxed"
        header={
          <div className="flex items-start justify-between gap-4 border-b border-line bg-surface px-4 py-3">
            <p id={headingId} className="text-base font-semibold">
              {title}
            </p>
            <button
              type="button"
              popoverTarget={id}
              popoverTargetAction="hide"
              className="-my-1 -mr-2 inline-flex min-h-11 min-w-11 items-center justify-center rounded-md text-muted hover:bg-surface-2 hover:text-ink"
            >
              <span aria-hidden="true">✕</span>
              <span className="sr-only">Close</span>
            </button>
          </div>
        }
      >
        {children}
      </PopoverPanel>
    </>
  );
}
