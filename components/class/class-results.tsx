import type { ClassResults } from '@/lib/class/contract';
import { formatPoints, formatShare, ordinalNumber } from '@/lib/explorer/format';
import {
  disputedCriteria,
  firstChoiceRows,
  meanRankingRows,
  spreadRows,
  whereYouStand,
  type ResultsContext,
} from '@/lib/teaching/results-view';
import { ClassWeights } from './class-weights';
import { FirstChoices } from './first-choices';

/** Where a view of the results is shown: a laptop or phone page, or the projector. */
export type ResultsVariant = 'page' | 'projector';

/**
 * The class's results. Below the small-group threshold only the counts and the reason are
 * shown. Every row keeps the case's order, so live updates change numbers, not positions.
 */
export function ClassResultsView({
  results,
  ctx,
  variant = 'page',
}: {
  results: ClassResults;
  ctx: ResultsContext;
  variant?: ResultsVariant;
}) {
  const large = variant === 'projector';
  if (results.suppressed || !results.firstChoices) {
    return <SuppressedResults results={results} large={large} />;
  }
  const you = whereYouStand(results.you, results.counts.submitted, ctx);
  const rows = firstChoiceRows(results.firstChoices, ctx);
  const spread = spreadRows(results, ctx);
  if (large) {
    return (
      <div className="grid h-full gap-10 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div className="space-y-8">
          <FirstChoices rows={rows} large />
          <DisputedCriteria results={results} ctx={ctx} large />
        </div>
        <ClassWeights rows={spread} compact large />
      </div>
    );
  }
  return (
    <div className="space-y-8">
      {you && (
        <p className="rounded-lg border-2 border-accent px-4 py-3 text-lg font-medium">{you}</p>
      )}
      <FirstChoices rows={rows} />
      <ClassWeights rows={spread} />
      <MeanRanking results={results} ctx={ctx} />
      <section aria-labelledby="disagree-heading" className="space-y-3">
        <h2 id="disagree-heading" className="text-xl font-semibold">
          Where the class disagrees most
        </h2>
        <DisputedCriteria results={results} ctx={ctx} />
        <VariableOptions results={results} ctx={ctx} />
      </section>
      <ByRole results={results} ctx={ctx} />
    </div>
  );
}

/** Counts only, with the reason the distributions are hidden. */
function SuppressedResults({ results, large }: { results: ClassResults; large: boolean }) {
  const { joined, submitted } = results.counts;
  return (
    <section aria-labelledby="suppressed-heading" className="space-y-2">
      <h2
        id="suppressed-heading"
        className={large ? 'text-3xl font-bold' : 'text-xl font-semibold'}
      >
        Results
      </h2>
      <p className={large ? 'text-3xl' : 'text-lg'}>
        {joined} joined · {submitted} submitted
      </p>
      <p className={large ? 'text-2xl' : ''}>
        {results.suppressedReason ??
          `Only counts are shown until at least ${results.threshold} people have submitted, so no one's weights can be picked out.`}
      </p>
    </section>
  );
}

function MeanRanking({ results, ctx }: { results: ClassResults; ctx: ResultsContext }) {
  const rows = meanRankingRows(results, ctx);
  const leaders = rows.filter((r) => r.rank === 1).map((r) => r.label);
  return (
    <section aria-labelledby="mean-ranking-heading" className="space-y-3">
      <h2 id="mean-ranking-heading" className="text-xl font-semibold">
        Ranking under the class&apos;s mean weights
      </h2>
      {leaders.length > 0 && (
        <p className="text-sm text-muted">
          With everyone&apos;s weights averaged, {leaders.join(' and ')}{' '}
          {leaders.length > 1 ? 'share first place' : 'ranks first'}. Totals are out of 100, on the
          case&apos;s own scores.
        </p>
      )}
      <table className="w-full max-w-xl border-collapse">
        <caption className="sr-only">Ranking under the class&apos;s mean weights</caption>
        <thead>
          <tr className="border-b-2 border-line text-left">
            <th scope="col" className="pr-3">
              Option
            </th>
            <th scope="col" className="pr-3 text-right">
              Rank
            </th>
            <th scope="col" className="text-right">
              Total
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.optionId} className="border-b border-line">
              <th scope="row" className="pr-3 text-left font-medium">
                {r.label}
              </th>
              <td className="pr-3 text-right tabular-nums">{r.rank}</td>
              <td className="text-right tabular-nums">{formatPoints(r.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function DisputedCriteria({
  results,
  ctx,
  large = false,
}: {
  results: ClassResults;
  ctx: ResultsContext;
  large?: boolean;
}) {
  const disputed = disputedCriteria(results, ctx);
  if (disputed.length === 0) return null;
  const teach = `/cases/${encodeURIComponent(ctx.caseId)}/teach`;
  if (large) {
    return (
      <div className="space-y-1">
        <h2 className="text-3xl font-bold">Where the class disagrees most</h2>
        <p className="text-2xl">{disputed.map((d) => d.label).join(' · ')}</p>
      </div>
    );
  }
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">The criteria with the widest spread</h3>
      <ol className="space-y-3">
        {disputed.map((d) => (
          <li key={d.criterionId} className="rounded-lg border border-line bg-surface px-3 py-2">
            <p>
              <span className="font-semibold">{d.label}</span>: the middle half of the class is{' '}
              {formatShare(d.iqr)} wide.
            </p>
            {d.questions.length > 0 && (
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {d.questions.map((q) => (
                  <li key={q.id}>
                    <a href={`${teach}#question-${q.id}`} className="text-accent underline">
                      {q.question}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

function VariableOptions({ results, ctx }: { results: ClassResults; ctx: ResultsContext }) {
  const acceptability = new Map((results.rankAcceptability ?? []).map((r) => [r.optionId, r]));
  const top = (results.disagreement?.options ?? []).slice(0, 3).flatMap((id) => {
    const o = ctx.options.find((x) => x.id === id);
    const a = acceptability.get(id);
    return o && a ? [{ id, label: o.shortLabel, shares: a.shares }] : [];
  });
  if (top.length === 0) return null;
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">The options whose rank varies most</h3>
      <ol className="list-decimal space-y-1 pl-6">
        {top.map((o) => (
          <li key={o.id}>
            <span className="font-medium">{o.label}</span>:{' '}
            {o.shares
              .map((s, k) => (s > 0 ? `${ordinalNumber(k + 1)} for ${formatShare(s)}` : null))
              .filter((x) => x !== null)
              .join(', ')}{' '}
            of the class.
          </li>
        ))}
      </ol>
    </div>
  );
}

function ByRole({ results, ctx }: { results: ClassResults; ctx: ResultsContext }) {
  const groups = results.byRole ?? [];
  if (!groups.some((g) => g.role !== null)) return null;
  const roleLabel = (id: string | null) =>
    id === null ? 'No role' : (ctx.roles.find((r) => r.id === id)?.label ?? id);
  return (
    <section aria-labelledby="by-role-heading" className="space-y-3">
      <h2 id="by-role-heading" className="text-xl font-semibold">
        By role
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">First choices by role</caption>
          <thead>
            <tr className="border-b-2 border-line text-left">
              <th scope="col" className="py-1 pr-3">
                Role
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Participants
              </th>
              <th scope="col" className="py-1">
                First choices
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.role ?? '-'} className="border-b border-line align-top">
                <th scope="row" className="py-1 pr-3 text-left font-medium">
                  {roleLabel(g.role)}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{g.count}</td>
                <td className="py-1">
                  {g.suppressed
                    ? `Hidden: fewer than ${results.threshold} in this role.`
                    : firstChoiceRows(g.firstChoices, ctx)
                        .filter((r) => r.count > 0)
                        .map((r) => `${r.label} ${r.count}`)
                        .join(', ') || 'None'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
