import type { Case } from '@/lib/case/schema';
import { formatScore } from '@/lib/explorer/format';
import { EvidenceDetail } from '@/components/ui/evidence';
import { Popover } from '@/components/ui/popover';
import { DisputeControl, MatrixCell, ScoreValue } from './disputes';
import { SCORE_BANDS } from './palette';

/**
 * The scores as a heatmap: criteria down, options across (so it fits a phone), colour plus the
 * number in each cell. Every cell opens its assessment (score, range, rationale, evidence),
 * rendered here on the server inside a native popover.
 */
export function ScoreMatrix({ c }: { c: Case }) {
  return (
    <div className="space-y-3">
      <div
        className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted"
        aria-hidden="true"
      >
        <span>Score, 0–10 (higher is better):</span>
        {SCORE_BANDS.map((b) => (
          <span key={b.label} className="inline-flex items-center gap-1">
            <span className={`inline-block h-3.5 w-5 rounded-sm border border-line ${b.shade}`} />
            {b.label}
          </span>
        ))}
        <span>✎ with a dashed outline: your own score</span>
      </div>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[21rem] table-fixed border-separate border-spacing-0.5 text-sm">
          <caption className="sr-only">
            Scores of each option on each criterion, 0 to 10, higher is better. Each score opens its
            rationale and evidence.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="w-[28%] p-1 text-left align-bottom font-medium text-muted">
                Criterion
              </th>
              {c.options.map((o) => (
                <th
                  key={o.id}
                  scope="col"
                  className="p-1 text-left align-bottom text-xs font-semibold [overflow-wrap:anywhere] hyphens-auto sm:text-sm"
                >
                  {o.shortLabel ?? o.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {c.criteria.map((k) => (
              <tr key={k.id}>
                <th scope="row" className="p-1 text-left align-middle font-normal">
                  {k.label}
                </th>
                {c.options.map((o) => {
                  const a = o.assessments[k.id];
                  if (!a) return <td key={o.id} />;
                  const id = `cell-${o.id}-${k.id}`;
                  const [low, high] = a.range;
                  return (
                    <MatrixCell key={o.id} optionId={o.id} criterionId={k.id} caseScore={a.score}>
                      <Popover
                        id={id}
                        plain
                        triggerClassName="flex min-h-11 w-full items-center justify-center text-base font-semibold tabular-nums print:min-h-0"
                        trigger={
                          <>
                            <ScoreValue optionId={o.id} criterionId={k.id} caseScore={a.score} />
                            <span className="sr-only">
                              : {o.label} on {k.label}, show the evidence
                            </span>
                          </>
                        }
                        title={
                          <>
                            {o.label}
                            <span className="block text-sm font-normal text-muted">{k.label}</span>
                          </>
                        }
                      >
                        <p className="text-base">
                          <strong>Score {formatScore(a.score)} of 10</strong>
                          {low !== high && (
                            <span className="text-muted">
                              {' '}
                              · plausible range {formatScore(low)}–{formatScore(high)}
                            </span>
                          )}
                        </p>
                        <p className="text-muted">
                          <span className="font-semibold">Scale:</span> 0 = {k.scale[0]}; 5 ={' '}
                          {k.scale[5]}; 10 = {k.scale[10]}.
                        </p>
                        <p>{a.rationale}</p>
                        <DisputeControl
                          optionId={o.id}
                          optionLabel={o.shortLabel ?? o.label}
                          criterionId={k.id}
                          criterionLabel={k.label}
                          caseScore={a.score}
                          range={a.range}
                        />
                        <EvidenceDetail evidence={a.evidence} annotations={c.annotations} />
                      </Popover>
                    </MatrixCell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
