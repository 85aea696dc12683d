'use client';

import { explainTotal } from '@/lib/explorer/explain';
import { formatPoints, formatScore, formatSharePrecise, midSentence } from '@/lib/explorer/format';
import { explainRank } from '@/lib/explorer/ranking';
import { Popover } from '@/components/ui/popover';
import { YourScoreMark } from './disputes';
import {
  useCaseModel,
  useContributions,
  useDecisionMatrix,
  useDisputes,
  useNormalisedWeights,
  useOptionLabel,
  useRanking,
  useTotals,
} from './use-explorer';

/** An option's total as a button that opens its breakdown: Σ weight × score × 10. */
export function TotalExplanation({
  id,
  optionIndex,
  className = '',
}: {
  id: string;
  optionIndex: number;
  className?: string;
}) {
  const model = useCaseModel();
  const matrix = useDecisionMatrix();
  const mine = useDisputes()[model.options[optionIndex]?.id ?? ''];
  const weights = useNormalisedWeights();
  const contributions = useContributions();
  const total = useTotals()[optionIndex] ?? 0;
  const option = model.options[optionIndex];
  const terms = explainTotal(
    model.criteria,
    weights,
    matrix.scores[optionIndex] ?? [],
    contributions[optionIndex] ?? [],
  );
  return (
    <Popover
      id={id}
      title={`How ${option?.label ?? 'this option'} gets ${formatPoints(total)}`}
      trigger={
        <>
          <span className="tabular-nums">{formatPoints(total)}</span>
          <span className="sr-only"> out of 100: how is this worked out?</span>
        </>
      }
      triggerClassName={className}
    >
      <p>
        The total is the sum over criteria of weight × score × 10, so it runs from 0 to 100. A
        weight is that criterion&apos;s share of your points; a score is 0–10.
      </p>
      <table className="w-full text-sm">
        <thead>
          <tr className="border-b border-line text-left text-muted">
            <th scope="col" className="py-1 font-medium">
              Criterion
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Weight × score × 10
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Points
            </th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.criterion} className="border-b border-line/60">
              <th scope="row" className="py-1 pr-2 text-left font-normal">
                {t.label}
              </th>
              <td className="py-1 text-right font-mono whitespace-nowrap">
                {formatSharePrecise(t.weight)} × {formatScore(t.score)}
                {mine?.[t.criterion] !== undefined && <YourScoreMark />} × 10
              </td>
              <td className="py-1 pl-2 text-right tabular-nums">{formatPoints(t.contribution)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="py-1 text-left">
              Total
            </th>
            <td />
            <td className="py-1 text-right font-semibold tabular-nums">{formatPoints(total)}</td>
          </tr>
        </tfoot>
      </table>
    </Popover>
  );
}

/** An option's rank as a button that opens why it holds that place. */
export function RankExplanation({
  id,
  optionId,
  className = '',
}: {
  id: string;
  optionId: string;
  className?: string;
}) {
  const ranking = useRanking();
  const labelOf = useOptionLabel();
  const me = ranking.find((r) => r.option === optionId);
  const rank = me?.rank ?? 0;
  const shared = ranking.filter((r) => r.rank === rank).length > 1;
  return (
    <Popover
      id={id}
      title={`Why ${midSentence(labelOf(optionId))} ranks where it does`}
      trigger={
        <>
          <span className="sr-only">Rank </span>
          <span className="tabular-nums">
            {shared ? '=' : ''}
            {ordinalShort(rank)}
          </span>
          <span className="sr-only">: why?</span>
        </>
      }
      triggerClassName={className}
    >
      <p>{explainRank(ranking, optionId, labelOf)}</p>
      <p className="text-muted">
        Options are ranked by total, highest first. Totals equal to within a billionth of a point
        share a rank, and the next rank is skipped (1, 1, 3).
      </p>
    </Popover>
  );
}

function ordinalShort(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
