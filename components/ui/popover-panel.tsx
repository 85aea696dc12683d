'use client';

import { useState, type ReactNode } from 'react';

/**
 * A native popover's card whose body renders only while it is open. Closed bodies (the
 * matrix's evidence, every total's breakdown) are most of the explorer's DOM and would
 * otherwise be hydrated and re-rendered on every weight change without ever being seen.
 * Without JavaScript the body is served inside <noscript>, so the popover still opens to it.
 */
export function PopoverPanel({
  id,
  labelledBy,
  className,
  header,
  bodyClassName,
  children,
}: {
  id: string;
  labelledBy: string;
  className: string;
  header: ReactNode;
  bodyClassName: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const body = <div className={bodyClassName}>{children}</div>;
  return (
    <div
      id={id}
      popover="auto"
      role="dialog"
      aria-labelledby={labelledBy}
      className={className}
      onToggle={(e) => setOpen((e.nativeEvent as ToggleEvent).newState === 'open')}
    >
      {header}
      {open ? body : <noscript>{body}</noscript>}
    </div>
  );
}
