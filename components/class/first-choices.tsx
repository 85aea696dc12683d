import type { FirstChoiceRow } from '@/lib/teaching/results-view';

/**
 * "First choices": how many participants' own weights rank each option first, as a table with
 * a bar beside each row (the bars are decoration; the table carries the numbers). Rows keep the
 * case's order, so a live update changes bar lengths, never positions.
 */
export function FirstChoices({
  rows,
  large = false,
}: {
  rows: readonly FirstChoiceRow[];
  large?: boolean;
}) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <section aria-labelledby="first-choices-heading" className="space-y-3">
      <h2
        id="first-choices-heading"
        className={large ? 'text-3xl font-bold' : 'text-xl font-semibold'}
      >
        First choices
      </h2>
      <table className={`w-full border-collapse ${large ? 'text-2xl' : ''}`}>
        <caption className="sr-only">First choices</caption>
        <thead>
          <tr className="border-b-2 border-line text-left">
            <th scope="col" className="py-1 pr-3">
              Option
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              Ranked first by
            </th>
            <th scope="col" className="w-2/5 py-1">
              <span className="sr-only">Bar</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.optionId} className="border-b border-line">
              <th scope="row" className="py-1 pr-3 text-left font-medium">
                {r.label}
              </th>
              <td className="py-1 pr-3 text-right font-semibold tabular-nums">{r.count}</td>
              <td className="py-1" aria-hidden="true">
                <svg
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  className={`block w-full ${large ? 'h-6' : 'h-4'}`}
                  data-chart="first-choices"
                >
                  <rect width={100} height={10} rx={1.5} className="fill-surface-2" />
                  <rect
                    width={(100 * r.count) / max}
                    height={10}
                    rx={1.5}
                    className="fill-accent transition-[width] duration-300 motion-reduce:transition-none"
                  />
                </svg>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!large && (
        <p className="text-sm text-muted">
          A participant whose weights tie two options for first place counts for each.
        </p>
      )}
    </section>
  );
}
