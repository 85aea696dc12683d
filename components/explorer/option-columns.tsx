import Link from 'next/link';
import { recommendationOf } from '@/lib/case/attribution';
import { riskScalesOf, type Case } from '@/lib/case/schema';
import { topRisks } from '@/lib/explorer/risks';
import { ContributionLegend, OptionStanding } from './option-standing';
import { riskWords } from './risk-words';

/**
 * Columns from 1024 px for a number of options: one row for up to five, else rows of three.
 * Full class names, so Tailwind finds them in the source.
 */
const WIDE_COLUMNS: Record<number, string> = {
  1: 'lg:grid-cols-1',
  2: 'lg:grid-cols-2',
  3: 'lg:grid-cols-3',
  4: 'lg:grid-cols-4',
  5: 'lg:grid-cols-5',
};

/**
 * The options side by side, in case order (each column shows its live rank, so the
 * server-rendered prose never needs re-rendering): all in one row from 1024 px (rows of three
 * beyond five options), two to a row from 640 px, stacked on a phone.
 */
export function OptionColumns({ c }: { c: Case }) {
  const scales = riskScalesOf(c);
  return (
    <div className="space-y-4">
      <ContributionLegend />
      <div
        className={`grid gap-4 sm:grid-cols-2 lg:gap-x-4 ${WIDE_COLUMNS[c.options.length] ? `${WIDE_COLUMNS[c.options.length]} lg:gap-y-0` : 'lg:grid-cols-3 lg:gap-y-4'}`}
      >
        {c.options.map((o, i) => {
          const headingId = `option-${o.id}-heading`;
          const recommendation = recommendationOf(c, o);
          const recommended = recommendation !== null;
          return (
            <article
              key={o.id}
              aria-labelledby={headingId}
              className={`flex min-w-0 flex-col gap-3 rounded-lg border bg-surface p-4 lg:row-span-6 lg:grid lg:grid-rows-subgrid lg:gap-3 ${recommended ? 'border-accent' : 'border-line'}`}
            >
              <div className="space-y-2">
                {recommendation && (
                  <p className="inline-block rounded-full bg-accent px-2.5 py-0.5 text-xs font-semibold text-accent-ink">
                    {recommendation.badge}
                  </p>
                )}
                <h3 id={headingId} className="text-lg leading-snug font-semibold">
                  {o.label}
                </h3>
              </div>
              <OptionStanding optionIndex={i} />
              <p className="text-sm leading-relaxed">{o.summary}</p>
              <div>
                <h4 className="text-sm font-semibold">Top risks</h4>
                <ul className="mt-1 space-y-1.5 text-sm">
                  {topRisks(o.risks).map((r) => (
                    <li key={r.id}>
                      {r.description}{' '}
                      <span className="text-xs whitespace-nowrap text-muted">
                        ({riskWords(r, scales)})
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
              <div className="space-y-3 text-sm">
                <div>
                  <h4 className="font-semibold text-good">Gains</h4>
                  <ul className="mt-1 list-disc space-y-1 pl-4">
                    {o.tradeOffs.map((t, j) => (
                      <li key={j}>{t.gains}</li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h4 className="font-semibold text-bad">Gives up</h4>
                  <ul className="mt-1 list-disc space-y-1 pl-4">
                    {o.tradeOffs.map((t, j) => (
                      <li key={j}>{t.givesUp}</li>
                    ))}
                  </ul>
                </div>
              </div>
              <p className="self-end">
                <Link
                  href={`/cases/${c.meta.id}/options/${o.id}`}
                  className="inline-flex min-h-11 items-center font-medium text-accent underline"
                >
                  Full option page<span className="sr-only">: {o.label}</span>
                </Link>
              </p>
            </article>
          );
        })}
      </div>
    </div>
  );
}
