'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { moveBy, moveTo, setTied, tiersOf, type Order } from './order';

/**
 * A list of criteria to put in order, most important first: drag an item, or use its "Move up"
 * and "Move down" buttons (names include the criterion's label), and tie it with the one above.
 * Focus follows the moved item, and a polite status says where it went.
 */
export function OrderList({
  label,
  order,
  onChange,
  labelOf,
  extra,
}: {
  /** The list's accessible name. */
  label: string;
  order: Order;
  onChange: (order: Order) => void;
  labelOf: (id: string) => string;
  /** Something to show under each item (its weight, its swing, a rating field). */
  extra?: (id: string, tier: number) => ReactNode;
}) {
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  // The button to focus after a move re-renders the list (the moved item's DOM node may move).
  const focusAfter = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  const [message, setMessage] = useState('');
  const [dragged, setDragged] = useState<string | null>(null);
  const tiers = tiersOf(order);
  const tierOf = new Map(tiers.flatMap((t, k) => t.map((id) => [id, k] as const)));
  const n = order.ids.length;

  useEffect(() => {
    if (!focusAfter.current) return;
    const { id, dir } = focusAfter.current;
    focusAfter.current = null;
    const wanted = buttons.current.get(`${id}:${dir}`);
    const other = buttons.current.get(`${id}:${dir === 'up' ? 'down' : 'up'}`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  });

  const place = (next: Order, id: string) => {
    onChange(next);
    const at = next.ids.indexOf(id) + 1;
    setMessage(`${labelOf(id)} moved to place ${at} of ${n}.`);
  };

  return (
    <>
      <ol aria-label={label} className="space-y-1.5">
        {order.ids.map((id, i) => {
          const name = labelOf(id);
          const tied = i > 0 && order.tied.has(id);
          return (
            <li
              key={id}
              draggable
              onDragStart={(e) => {
                setDragged(id);
                e.dataTransfer.effectAllowed = 'move';
                e.dataTransfer.setData('text/plain', id);
              }}
              onDragOver={(e) => {
                if (dragged) e.preventDefault();
              }}
              onDrop={(e) => {
                e.preventDefault();
                if (dragged) place(moveTo(order, dragged, i), dragged);
                setDragged(null);
              }}
              onDragEnd={() => setDragged(null)}
              className={`rounded-lg border border-line bg-surface px-3 py-2 ${
                dragged === id ? 'opacity-60' : ''
              } ${tied ? 'border-dashed' : ''}`}
            >
              <div className="flex items-center gap-2">
                <span aria-hidden="true" className="cursor-grab text-muted select-none">
                  ⋮⋮
                </span>
                <span className="w-6 shrink-0 text-right text-sm text-muted tabular-nums">
                  {(tierOf.get(id) ?? 0) + 1}.
                </span>
                <span className="min-w-0 flex-1 font-medium">{name}</span>
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current.set(`${id}:up`, el);
                  }}
                  disabled={i === 0}
                  onClick={() => {
                    focusAfter.current = { id, dir: 'up' };
                    place(moveBy(order, id, -1), id);
                  }}
                  className="h-11 w-11 shrink-0 rounded-md border border-line hover:bg-surface-2 disabled:opacity-40 lg:h-8 lg:w-8"
                >
                  <span aria-hidden="true">↑</span>
                  <span className="sr-only">Move up: {name}</span>
                </button>
                <button
                  type="button"
                  ref={(el) => {
                    buttons.current.set(`${id}:down`, el);
                  }}
                  disabled={i === n - 1}
                  onClick={() => {
                    place(moveBy(order, id, 1), id);
                    focusAfter.current = { id, dir: 'down' };
                  }}
                  className="h-11 w-11 shrink-0 rounded-md border border-line hover:bg-surface-2 disabled:opacity-40 lg:h-8 lg:w-8"
                >
                  <span aria-hidden="true">↓</span>
                  <span className="sr-only">Move down: {name}</span>
                </button>
              </div>
              {i > 0 && (
                <label className="mt-1 flex min-h-11 items-center gap-2 text-sm text-muted lg:min-h-6">
                  <input
                    type="checkbox"
                    aria-label={`Tie with the one above: ${name}`}
                    checked={tied}
                    onChange={(e) => onChange(setTied(order, id, e.currentTarget.checked))}
                    className="h-4 w-4 accent-accent"
                  />
                  Tie with the one above
                </label>
              )}
              {extra?.(id, tierOf.get(id) ?? 0)}
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="sr-only">
        {message}
      </p>
    </>
  );
}
