import Link from 'next/link';
import { listCases } from '@/content';
import { formatLongDate } from '@/lib/explorer/format';

export default function HomePage() {
  const cases = listCases();
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">Weigh the options, see the trade-offs</h1>
        <p className="text-lg text-muted">
          Counterweight lays out the options of a real policy dilemma side by side. Set how much
          each criterion matters to you and watch the ranking, the risks and the trade-offs respond.
          Every score says where it comes from: an established fact with its source, our inference,
          or, when a case is drawn from a published argument, its author&apos;s own words, each
          labelled as such.
        </p>
      </section>
      <section aria-labelledby="cases-heading" className="space-y-4">
        <h2 id="cases-heading" className="text-2xl font-semibold">
          Cases
        </h2>
        {cases.length === 0 ? (
          <p className="text-muted">No cases are published yet.</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {cases.map((c) => (
              <li
                key={c.id}
                className="relative flex flex-col gap-2 rounded-lg border border-line bg-surface p-5 focus-within:ring-2 focus-within:ring-focus hover:border-accent"
              >
                <h3 className="text-xl leading-snug font-semibold">
                  {/* The link covers the card, so the whole card is one target. */}
                  <Link
                    href={`/cases/${c.id}`}
                    className="text-ink no-underline after:absolute after:inset-0 focus-visible:outline-none"
                  >
                    {c.title}
                  </Link>
                </h3>
                <p>{c.question}</p>
                <p className="mt-auto text-sm text-muted">
                  <time dateTime={c.sourceDate}>{formatLongDate(c.sourceDate)}</time> ·{' '}
                  {c.optionCount} options
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
