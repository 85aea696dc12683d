'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

type Idle = (callback: (deadline?: IdleDeadline) => void) => number;

/**
 * Runs `task` when the browser is idle (`requestIdleCallback`, or a short timer where there is
 * none, as in Safari), one task per idle slice; returns a cancel function.
 */
function whenIdle(task: () => void): () => void {
  const idle: Idle =
    typeof window.requestIdleCallback === 'function'
      ? (cb) => window.requestIdleCallback(cb, { timeout: 4000 })
      : (cb) => window.setTimeout(cb, 50);
  const cancel =
    typeof window.cancelIdleCallback === 'function'
      ? window.cancelIdleCallback
      : window.clearTimeout;
  let handle = 0;
  const run = (deadline?: IdleDeadline) => {
    // Too little of this idle slice left (other popovers used it): wait for the next one.
    if (deadline && !deadline.didTimeout && deadline.timeRemaining() < 4) {
      handle = idle(run);
      return;
    }
    task();
  };
  handle = idle(run);
  return () => cancel(handle);
}

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
  // False on the server and while hydrating; true soon after, one popover at a time in idle
  // time. Dropping every closed body on the page at once (the matrix's evidence, each
  // breakdown) was one long task that could land on a reader's first tap or drag; each
  // popover dropping its own, committed at once (flushSync) in an idle slice, is many short ones.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => whenIdle(() => flushSync(() => setInteractive(true))), []);
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
