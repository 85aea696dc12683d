import type { TimelineEvent } from '@/lib/case/schema';
import { formatLongDate } from '@/lib/explorer/format';
import { SourceCitation } from './evidence';

/** Dated events, oldest first as given, each with its source: the case header and teaching kit. */
export function TimelineList({
  events,
  className = '',
}: {
  events: readonly TimelineEvent[];
  className?: string;
}) {
  return (
    <ol className={`space-y-3 border-l-2 border-line pl-4 ${className}`}>
      {events.map((e, i) => (
        <li key={i}>
          <p className="text-sm font-semibold">
            <time dateTime={e.date}>{formatLongDate(e.date)}</time>
          </p>
          <p>{e.event}</p>
          <p className="text-sm">
            <SourceCitation source={e.source} />
          </p>
        </li>
      ))}
    </ol>
  );
}
