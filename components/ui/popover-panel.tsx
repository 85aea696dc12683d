'use client';

import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * A native popover's card whose body, once the page is interactive, renders only while it is
 * open. Closed bodies (the matrix's evidence, every total's breakdown) are most of the
 * explorer's DOM and would otherwise be styled, laid out and re-rendered on every weight change
 * without being seen. The server's HTML and the hydration render keep every body, so the page
 * works the same without JavaScript.
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
  // False on the server and while hydrating; true soon after, in a transition: dropping the
  // closed bodies of every popover on the page (the matrix's evidence, every breakdown) is a
  // large render, which React then splits into short tasks rather than one that blocks a tap.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => startTransition(() => setInteractive(true)), []);
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
      {(open || !interactive) && <div className={bodyClassName}>{children}</div>}
    </div>
  );
}
