import type { FirstChoiceRow } from '@/lib/teaching/results-view';

const ROW = 34;
const WIDTH = 320;

/**
 * "First choices": how many participants' own weights rank each option first, as a table (the
 * accessible equivalent) with a bar chart beside it. Rows keep the case's order.
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
      <div className="grid items-start gap-4 sm:grid-cols-2">
        <table className={`w-full border-collapse ${large ? 'text-2xl' : ''}`}>
          <caption className="sr-only">First choices</caption>
          <thead>
            <tr className="border-b-2 border-line text-left">
              <th scope="col" className="py-1 pr-3">
                Option
              </th>
              <th scope="col" className="py-1 text-right">
                Ranked first by
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.optionId} className="border-b border-line">
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  {r.label}
                </th>
                <td className="py-1 text-right font-semibold tabular-nums">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <svg
          aria-hidden="true"
          viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`}
          className="w-full"
          data-chart="first-choices"
        >
          {rows.map((r, i) => {
            const w = ((WIDTH - 40) * r.count) / max;
            return (
              <g key={r.optionId} transform={`translate(0 ${i * ROW})`}>
                <text x={0} y={11} className="fill-ink text-[11px]">
                  {r.label}
                </text>
                <rect
                  x={0}
                  y={15}
                  width={WIDTH - 40}
                  height={14}
                  rx={3}
                  className="fill-surface-2"
                />
                <rect
                  x={0}
                  y={15}
                  width={w}
                  height={14}
                  rx={3}
                  className="fill-accent transition-[width] duration-300 motion-reduce:transition-none"
                />
                <text x={w + 4} y={27} className="fill-ink text-[12px] font-semibold">
                  {r.count}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      {!large && (
        <p className="text-sm text-muted">
          A participant whose weights tie two options for first place counts for each.
        </p>
      )}
    </section>
  );
}
