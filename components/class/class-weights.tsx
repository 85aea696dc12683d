import { formatShare } from '@/lib/explorer/format';
import type { SpreadRow } from '@/lib/teaching/results-view';

const WIDTH = 300;
const HEIGHT = 30;
const PAD = 6;

/** The axis' upper end: the largest share shown, rounded up to the next 10%. */
function axisMax(rows: readonly SpreadRow[]): number {
  const top = Math.max(0.1, ...rows.map((r) => Math.max(r.max, r.author ?? 0)));
  return Math.min(1, Math.ceil(top * 10) / 10);
}

/** One sentence per criterion, the chart's text equivalent. */
export function spreadSentence(r: SpreadRow): string {
  const author = r.author === null ? '' : `; the author gives it ${formatShare(r.author)}`;
  return `${r.label}: median ${formatShare(r.median)}, middle half of the class ${formatShare(r.q1)}–${formatShare(r.q3)}, range ${formatShare(r.min)}–${formatShare(r.max)}${author}.`;
}

/**
 * The class's weights: for each criterion, every participant's share as a dot, the quartile
 * box with the median, and the author's share as a diamond. Each strip is an image whose name
 * is the sentence equivalent; a table of the numbers follows unless `compact`.
 */
export function ClassWeights({
  rows,
  compact = false,
  large = false,
}: {
  rows: readonly SpreadRow[];
  compact?: boolean;
  large?: boolean;
}) {
  const max = axisMax(rows);
  const x = (share: number) => PAD + ((WIDTH - 2 * PAD) * Math.min(share, max)) / max;
  const hasAuthor = rows.some((r) => r.author !== null);
  return (
    <section aria-labelledby="class-weights-heading" className="space-y-3">
      <h2
        id="class-weights-heading"
        className={large ? 'text-3xl font-bold' : 'text-xl font-semibold'}
      >
        The class&apos;s weights
      </h2>
      <p className={large ? 'text-lg' : 'text-sm text-muted'}>
        Each dot is one participant&apos;s share of the weight (0 to {formatShare(max)}); the box is
        the middle half of the class, the bar in it the median
        {hasAuthor ? ', the diamond the author’s weight' : ''}.
      </p>
      <ul className={large ? 'space-y-1' : 'space-y-2'}>
        {rows.map((r) => (
          <li
            key={r.criterionId}
            className={`grid items-center gap-x-3 ${large ? 'grid-cols-[14rem_minmax(0,1fr)]' : 'sm:grid-cols-[minmax(8rem,14rem)_minmax(0,1fr)]'}`}
          >
            <span className={large ? 'text-lg leading-tight font-semibold' : 'font-medium'}>
              {r.label}
            </span>
            <svg
              role="img"
              aria-label={spreadSentence(r)}
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              className="w-full"
            >
              <line
                x1={PAD}
                x2={WIDTH - PAD}
                y1={HEIGHT / 2}
                y2={HEIGHT / 2}
                className="stroke-line"
              />
              <rect
                x={x(r.q1)}
                y={5}
                width={Math.max(1, x(r.q3) - x(r.q1))}
                height={HEIGHT - 10}
                rx={2}
                className="fill-surface-2 stroke-muted"
              />
              <line
                x1={x(r.median)}
                x2={x(r.median)}
                y1={3}
                y2={HEIGHT - 3}
                className="stroke-ink"
                strokeWidth={2.5}
              />
              {r.shares.map((s, i) => (
                <circle
                  key={i}
                  cx={x(s)}
                  // A fixed, index-based offset keeps equal shares apart without randomness.
                  cy={HEIGHT / 2 + ((i % 5) - 2) * 3}
                  r={2.6}
                  className="fill-accent"
                  fillOpacity={0.75}
                />
              ))}
              {r.author !== null && (
                <path
                  d={`M ${x(r.author)} 2 l 6 6 l -6 6 l -6 -6 z`}
                  transform={`translate(0 ${HEIGHT / 2 - 8})`}
                  className="fill-warn stroke-canvas"
                  strokeWidth={1}
                />
              )}
            </svg>
          </li>
        ))}
      </ul>
      {!compact && (
        <details className="rounded-lg border border-line px-3 py-1 text-sm">
          <summary className="min-h-11 cursor-pointer content-center font-medium">
            The class&apos;s weights as a table
          </summary>
          <div className="overflow-x-auto">
            <table className="my-2 w-full border-collapse">
              <caption className="sr-only">The class&apos;s weights</caption>
              <thead>
                <tr className="border-b-2 border-line text-left">
                  <th scope="col" className="pr-2">
                    Criterion
                  </th>
                  <th scope="col" className="pr-2 text-right">
                    Mean
                  </th>
                  <th scope="col" className="pr-2 text-right">
                    Median
                  </th>
                  <th scope="col" className="pr-2 text-right">
                    Middle half
                  </th>
                  <th scope="col" className="pr-2 text-right">
                    Range
                  </th>
                  {hasAuthor && (
                    <th scope="col" className="text-right">
                      Author
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.criterionId} className="border-b border-line">
                    <th scope="row" className="pr-2 text-left font-normal">
                      {r.label}
                    </th>
                    <td className="pr-2 text-right tabular-nums">
                      {r.mean === null ? '—' : formatShare(r.mean)}
                    </td>
                    <td className="pr-2 text-right tabular-nums">{formatShare(r.median)}</td>
                    <td className="pr-2 text-right tabular-nums">
                      {formatShare(r.q1)}–{formatShare(r.q3)}
                    </td>
                    <td className="pr-2 text-right tabular-nums">
                      {formatShare(r.min)}–{formatShare(r.max)}
                    </td>
                    {hasAuthor && (
                      <td className="text-right tabular-nums">
                        {r.author === null ? '—' : formatShare(r.author)}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}
