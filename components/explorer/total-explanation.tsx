'use client';

import { memo } from 'react';
import { explainTotal } from '@/lib/explorer/explain';
import { formatPoints, formatScore, formatSharePrecise, midSentence } from '@/lib/explorer/format';
import { explainRank } from '@/lib/explorer/ranking';
import { Popover } from '@/components/ui/popover';
import { YourScoreMark } from './disputes';
import { selectTotals } from '@/lib/explorer/store';
import {
  setTextInPlace,
  useCaseModel,
  useContributions,
  useLiveDom,
  useDecisionMatrix,
  useDisputes,
  useNormalisedWeights,
  useOptionLabel,
  useRanking,
  useTotals,
} from './use-explorer';

/**
 * An option's total as a button that opens its breakdown: Σ weight × score × 10. Given `total`,
 * it shows that number (a section that follows the reader a frame later passes its own);
 * without, the number is the live total, in a small component of its own, so a slider press
 * re-renders that text and not the button and its card. The breakdown reads the store only
 * while it is open.
 */
export const TotalExplanation = memo(function TotalExplanation({
  id,
  optionIndex,
  total,
  className = '',
}: {
  id: string;
  optionIndex: number;
  total?: number;
  className?: string;
}) {
  const option = useCaseModel().options[optionIndex];
  const shown =
    total === undefined ? (
      <LiveTotal optionIndex={optionIndex} />
    ) : (
      <span className="tabular-nums">{formatPoints(total)}</span>
    );
  return (
    <Popover
      id={id}
      title={
        <>
          How {option ? midSentence(option.label) : 'this option'} gets {shown}
        </>
      }
      trigger={
        <>
          {shown}
          <span className="sr-only"> out of 100: how is this worked out?</span>
        </>
      }
      triggerClassName={className}
    >
      <TotalBreakdown optionIndex={optionIndex} />
    </Popover>
  );
});

function LiveTotal({ optionIndex }: { optionIndex: number }) {
  const [ref, text] = useLiveDom<HTMLSpanElement, string>(
    (s) => formatPoints(selectTotals(s)[optionIndex] ?? 0),
    setTextInPlace,
  );
  return (
    <span ref={ref} className="tabular-nums">
      {text}
    </span>
  );
}

function TotalBreakdown({ optionIndex }: { optionIndex: number }) {
  const model = useCaseModel();
  const matrix = useDecisionMatrix();
  const mine = useDisputes()[model.options[optionIndex]?.id ?? ''];
  const weights = useNormalisedWeights();
  const contributions = useContributions();
  const total = useTotals()[optionIndex] ?? 0;
  const terms = explainTotal(
    model.criteria,
    weights,
    matrix.scores[optionIndex] ?? [],
    contributions[optionIndex] ?? [],
  );
  return (
    <>
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
    </>
  );
}

/**
 * An option's rank as a button that opens why it holds that place. The caller passes the rank
 * it shows and whether it is shared; the reason reads the store only while it is open.
 */
export const RankExplanation = memo(function RankExplanation({
  id,
  optionId,
  rank,
  shared,
  className = '',
}: {
  id: string;
  optionId: string;
  rank: number;
  shared: boolean;
  className?: string;
}) {
  const labelOf = useOptionLabel();
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
      <RankReason optionId={optionId} />
    </Popover>
  );
});

function RankReason({ optionId }: { optionId: string }) {
  const ranking = useRanking();
  const labelOf = useOptionLabel();
  return (
    <>
      <p>{explainRank(ranking, optionId, labelOf)}</p>
      <p className="text-muted">
        Options are ranked by total, highest first. Totals equal to within a billionth of a point
        share a rank, and the next rank is skipped (1, 1, 3).
      </p>
    </>
  );
}

function ordinalShort(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}
