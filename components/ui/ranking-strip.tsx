import { formatPoints } from '@/lib/explorer/format';
import { isSharedRank } from '@/lib/explorer/ranking';

/** One option in a compact ranking. */
export interface RankingStripItem {
  readonly id: string;
  readonly label: string;
  /** Total out of 100. */
  readonly total: number;
  /** Competition rank (1, 1, 3, …). */
  readonly rank: number;
}

/**
 * A compact ranking that stays in view at the bottom of the screen while its container (a
 * panel of weight sliders) is on screen: the order and the totals, one line per option on a
 * phone, in a row from 640 px. It is sticky, not fixed, so it keeps its own place at the end of
 * the container and never hides anything for good; it holds nothing focusable, and it does not
 * print (the full ranking does). Pure: give it the ranking, best first. Used by the explorer;
 * the class session's student page can use it the same way.
 */
export function RankingStrip({
  items,
  label = 'Ranking at a glance',
}: {
  items: readonly RankingStripItem[];
  label?: string;
}) {
  return (
    <section
      aria-label={label}
      className="sticky bottom-0 z-20 mt-3 rounded-lg border border-line bg-canvas px-3 py-2 shadow-[0_-4px_12px_rgb(0_0_0/0.08)] print:hidden"
    >
      <ol className="grid grid-cols-2 gap-x-4 gap-y-0.5 text-sm sm:grid-cols-4">
        {items.map((item) => {
          const shared = isSharedRank(items, item.rank);
          return (
            <li key={item.id} className="flex min-w-0 items-baseline gap-1.5">
              <span className="font-bold tabular-nums">
                {shared ? '=' : ''}
                {item.rank}
              </span>
              <span className="min-w-0 truncate">{item.label}</span>
              <span className="ml-auto font-semibold tabular-nums">{formatPoints(item.total)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
