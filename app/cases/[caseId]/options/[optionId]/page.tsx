import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { caseIds, getCase } from '@/content';
import { authorAsCited, recommendationOf } from '@/lib/case/attribution';
import { riskScalesOf } from '@/lib/case/schema';
import { formatScore } from '@/lib/explorer/format';
import { riskSeverity } from '@/lib/explorer/risks';
import { modelFromCase } from '@/lib/explorer/model';
import { AssessmentScore, DisputeControl } from '@/components/explorer/disputes';
import { ExplorerProvider } from '@/components/explorer/explorer-provider';
import { EvidenceDetail } from '@/components/ui/evidence';

type Props = { params: Promise<{ caseId: string; optionId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return caseIds().flatMap((caseId) =>
    (getCase(caseId)?.options ?? []).map((o) => ({ caseId, optionId: o.id })),
  );
}

async function load(params: Props['params']) {
  const { caseId, optionId } = await params;
  const c = getCase(caseId);
  const option = c?.options.find((o) => o.id === optionId);
  return c && option ? { c, option } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return found
    ? { title: `${found.option.label} · ${found.c.meta.title}`, description: found.option.summary }
    : {};
}

const STANCE = { serves: 'Serves', harms: 'Harms', mixed: 'Mixed' } as const;

/**
 * One option's full page: everything the case says about it, with the evidence. The reader's
 * own scores (kept in local storage by the explorer) show on its assessments and can be set
 * here too; the page's address is left alone.
 */
export default async function OptionPage({ params }: Props) {
  const found = await load(params);
  if (!found) notFound();
  const { c, option } = found;
  const explorer = `/cases/${c.meta.id}`;
  const favouring = option.favouredBy
    .map((id) => c.actors.find((a) => a.id === id)?.name)
    .filter((n): n is string => Boolean(n));
  const recommendation = recommendationOf(c, option);
  const { likelihood, impact } = riskScalesOf(c);
  const stances = c.actors
    .map((a) => ({ actor: a, stance: a.stances[option.id] }))
    .filter((x) => x.stance);

  return (
    <ExplorerProvider model={modelFromCase(c)} address={false}>
      <article className="mx-auto max-w-4xl space-y-10">
        <header className="space-y-3">
          <nav aria-label="Breadcrumb" className="text-sm print:hidden">
            <Link
              href={explorer}
              className="inline-flex min-h-11 items-center text-accent underline"
            >
              ← Back to the explorer: {c.meta.title}
            </Link>
          </nav>
          {recommendation && (
            <p className="inline-block rounded-full bg-accent px-2.5 py-0.5 text-xs font-semibold text-accent-ink">
              {recommendation.badge}
            </p>
          )}
          <h1 className="text-3xl font-bold text-balance sm:text-4xl">{option.label}</h1>
          <p className="text-lg leading-relaxed">{option.summary}</p>
        </header>

        <section aria-labelledby="actions-heading" className="space-y-2">
          <h2 id="actions-heading" className="text-2xl font-semibold">
            What it involves
          </h2>
          <ol className="list-decimal space-y-1 pl-6">
            {option.actions.map((a, i) => (
              <li key={i}>{a}</li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="actors-heading" className="space-y-2">
          <h2 id="actors-heading" className="text-2xl font-semibold">
            Who favours it
          </h2>
          <p>
            {recommendation && `${recommendation.sentence} `}
            {favouring.length > 0
              ? `Favoured by: ${favouring.join(', ')}.`
              : recommendation
                ? 'No other actor in the case is recorded as favouring it.'
                : 'No actor in the case is recorded as favouring it.'}
          </p>
          {stances.length > 0 && (
            <table className="w-full text-sm">
              <caption className="sr-only">How this option serves or harms each actor</caption>
              <thead>
                <tr className="border-b border-line text-left text-muted">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Actor
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Effect
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Why
                  </th>
                </tr>
              </thead>
              <tbody>
                {stances.map(({ actor, stance }) => (
                  <tr key={actor.id} className="border-b border-line/60 align-top">
                    <th scope="row" className="py-1.5 pr-3 text-left font-medium">
                      {actor.name}
                    </th>
                    <td
                      className={`py-1.5 pr-3 font-semibold ${stance?.effect === 'serves' ? 'text-good' : stance?.effect === 'harms' ? 'text-bad' : 'text-warn'}`}
                    >
                      {stance && STANCE[stance.effect]}
                    </td>
                    <td className="py-1.5">{stance?.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>

        <section aria-labelledby="assessments-heading" className="space-y-4">
          <h2 id="assessments-heading" className="text-2xl font-semibold">
            How it scores
          </h2>
          <p className="text-muted">Each criterion on a 0–10 scale, higher is better.</p>
          {c.criteria.map((k) => {
            const a = option.assessments[k.id];
            if (!a) return null;
            const [low, high] = a.range;
            return (
              <section
                key={k.id}
                aria-labelledby={`a-${k.id}`}
                className="space-y-2 rounded-lg border border-line bg-surface p-4"
              >
                <div className="flex items-start justify-between gap-4">
                  <h3 id={`a-${k.id}`} className="text-lg font-semibold">
                    {k.label}
                  </h3>
                  <AssessmentScore optionId={option.id} criterionId={k.id} caseScore={a.score} />
                </div>
                <p className="text-sm text-muted">
                  {k.question}
                  {low !== high && (
                    <>
                      {' '}
                      Plausible range {formatScore(low)}–{formatScore(high)}.
                    </>
                  )}
                </p>
                <p className="text-sm text-muted">
                  0 = {k.scale[0]}; 5 = {k.scale[5]}; 10 = {k.scale[10]}.
                </p>
                <p>{a.rationale}</p>
                <EvidenceDetail evidence={a.evidence} annotations={c.annotations} />
                <DisputeControl
                  optionId={option.id}
                  optionLabel={option.shortLabel ?? option.label}
                  criterionId={k.id}
                  criterionLabel={k.label}
                  caseScore={a.score}
                  range={a.range}
                />
              </section>
            );
          })}
        </section>

        <section aria-labelledby="risks-heading" className="space-y-3">
          <h2 id="risks-heading" className="text-2xl font-semibold">
            Risks
          </h2>
          <ul className="space-y-3">
            {[...option.risks]
              .sort((a, b) => riskSeverity(b) - riskSeverity(a))
              .map((r) => {
                const l = likelihood[r.likelihood - 1];
                const i = impact[r.impact - 1];
                return (
                  <li key={r.id} className="space-y-2 rounded-lg border border-line p-4">
                    <p className="font-medium">{r.description}</p>
                    <p className="text-sm">
                      <strong>Likelihood:</strong> {l?.label} ({l?.meaning}).{' '}
                      <strong>Impact:</strong> {i?.label} ({i?.meaning}).
                    </p>
                    <EvidenceDetail evidence={r.evidence} annotations={c.annotations} />
                  </li>
                );
              })}
          </ul>
        </section>

        <section aria-labelledby="tradeoffs-heading" className="space-y-3">
          <h2 id="tradeoffs-heading" className="text-2xl font-semibold">
            Trade-offs
          </h2>
          {option.tradeOffs.map((t, i) => (
            <div key={i} className="grid gap-3 rounded-lg border border-line p-4 sm:grid-cols-2">
              <div>
                <h3 className="font-semibold text-good">Gains</h3>
                <p>{t.gains}</p>
              </div>
              <div>
                <h3 className="font-semibold text-bad">Gives up</h3>
                <p>{t.givesUp}</p>
              </div>
              <div className="sm:col-span-2">
                <EvidenceDetail evidence={t.evidence} annotations={c.annotations} />
              </div>
            </div>
          ))}
        </section>

        {option.articleWords.length > 0 && (
          <section aria-labelledby="words-heading" className="space-y-3">
            <h2 id="words-heading" className="text-2xl font-semibold">
              In the article&apos;s words
            </h2>
            <p className="text-sm text-muted">
              Verbatim from the article in <cite>{c.meta.source?.publication}</cite>
              {authorAsCited(c.meta.source) &&
                ` (${c.meta.source?.authorAttributed ? '' : 'by '}${authorAsCited(c.meta.source)})`}
              .
            </p>
            {option.articleWords.map((q, i) => (
              <blockquote key={i} className="border-l-4 border-accent pl-4 text-lg italic">
                “{q}”
              </blockquote>
            ))}
          </section>
        )}

        <p className="print:hidden">
          <Link
            href={explorer}
            className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-medium text-accent-ink"
          >
            Weigh this option against the others
          </Link>
        </p>
      </article>
    </ExplorerProvider>
  );
}
