import { riskScalesOf, type Case } from '@/lib/case/schema';
import { optionCodes, riskGrid, riskSeverity } from '@/lib/explorer/risks';
import { RiskFilter } from './risk-filter';
import { riskWords } from './risk-words';

/**
 * Every option's risks on a 5 × 5 likelihood × impact grid, then the same risks as a table
 * (the grid's text equivalent). Filtering by option happens in the client `RiskFilter` without
 * re-rendering any of this.
 */
export function RiskBoard({ c }: { c: Case }) {
  const grid = riskGrid(c.options);
  const codes = optionCodes(c.options.map((o) => o.label));
  const scales = riskScalesOf(c);
  const impactsHighFirst = [...scales.impact].reverse();

  return (
    <RiskFilter>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
        <figure className="space-y-2">
          <div className="overflow-x-auto">
            <table className="w-full table-fixed border-separate border-spacing-0.5 text-xs">
              <caption className="pb-2 text-left text-sm text-muted">
                Impact (down) by likelihood (across). Codes refer to the table of risks.
              </caption>
              <thead>
                <tr>
                  <td className="w-16" />
                  {scales.likelihood.map((l) => (
                    <th
                      key={l.level}
                      scope="col"
                      className="px-0.5 pb-1 text-center font-medium break-words text-muted"
                    >
                      {l.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {impactsHighFirst.map((imp) => (
                  <tr key={imp.level}>
                    <th scope="row" className="pr-1 text-right font-medium text-muted">
                      {imp.label}
                    </th>
                    {scales.likelihood.map((l) => {
                      const cell = grid[imp.level - 1]?.[l.level - 1] ?? [];
                      const severity = imp.level * l.level;
                      return (
                        <td
                          key={l.level}
                          className={`h-14 rounded-sm p-0.5 align-top ${severity >= 15 ? 'bg-red-100 dark:bg-red-950' : severity >= 8 ? 'bg-amber-50 dark:bg-amber-950/60' : 'bg-surface'}`}
                        >
                          <ul className="flex flex-wrap gap-0.5">
                            {cell.map((p) => (
                              <li
                                key={p.code}
                                data-risk-option={p.optionId}
                                className="rounded-sm border border-line bg-canvas px-1 font-mono text-[0.7rem] leading-5 font-semibold"
                              >
                                {p.code}
                              </li>
                            ))}
                          </ul>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <figcaption className="text-xs text-muted">
            Option codes: {c.options.map((o, i) => `${codes[i]} = ${o.label}`).join('; ')}. Shaded
            cells are the more severe combinations.
          </figcaption>
        </figure>

        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="pb-2 text-left font-semibold">
              Every risk, most severe first within each option
            </caption>
            <thead>
              <tr className="border-b border-line text-left text-muted">
                <th scope="col" className="py-1 pr-2 font-medium">
                  Code
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  Risk
                </th>
                <th scope="col" className="py-1 font-medium">
                  Likelihood × impact
                </th>
              </tr>
            </thead>
            {c.options.map((o, i) => (
              <tbody key={o.id} data-risk-option={o.id}>
                <tr>
                  <th colSpan={3} scope="colgroup" className="pt-3 pb-1 text-left font-semibold">
                    {o.label}
                  </th>
                </tr>
                {o.risks
                  .map((r, j) => ({ r, code: `${codes[i]}${j + 1}` }))
                  .sort((a, b) => riskSeverity(b.r) - riskSeverity(a.r))
                  .map(({ r, code }) => (
                    <tr key={r.id} className="border-b border-line/60 align-top">
                      <td className="py-1 pr-2 font-mono text-xs font-semibold">{code}</td>
                      <td className="py-1 pr-2">{r.description}</td>
                      <td className="py-1 text-muted">
                        {riskWords(r, scales)}
                        <span className="sr-only">
                          {' '}
                          ({scales.likelihood[r.likelihood - 1]?.meaning};{' '}
                          {scales.impact[r.impact - 1]?.meaning})
                        </span>
                      </td>
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </div>
      </div>
    </RiskFilter>
  );
}
