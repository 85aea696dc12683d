import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { caseIds, getCase } from '@/content';
import { modelFromCase, swingScalesOf, type ExplorerModel } from '@/lib/explorer/model';
import { stanceFromSearch } from '@/lib/stance/link';
import type { Stance } from '@/lib/stance/schema';
import { AuthorComparison } from '@/components/explorer/author-comparison';
import { CaseHeader } from '@/components/explorer/case-header';
import { RunInClass } from '@/components/class/run-in-class';
import { TeachingLinks } from '@/components/teaching/teaching-links';
import { CriterionNote } from '@/components/explorer/criterion-note';
import { DisputesSummary } from '@/components/explorer/disputes';
import { ExplorerProvider } from '@/components/explorer/explorer-provider';
import { HeadToHeadLoader } from '@/components/explorer/head-to-head-loader';
import { OptionColumns } from '@/components/explorer/option-columns';
import { RankingPanel } from '@/components/explorer/ranking-panel';
import { RiskBoard } from '@/components/explorer/risk-board';
import { ScoreMatrix } from '@/components/explorer/score-matrix';
import { ShareControls } from '@/components/explorer/share-controls';
import { StickyRanking } from '@/components/explorer/sticky-ranking';
import { WeightsNotice } from '@/components/explorer/weights-notice';
import { WeightsPanel } from '@/components/explorer/weights-panel';
import { RobustnessSection } from '@/components/robustness/robustness-section';

type Props = { params: Promise<{ caseId: string }> };

/** A query's parameters as Next passes them to a page. */
type SearchParams = Record<string, string | string[] | undefined>;

// Every case is built at build time; an id that is not a case is a 404.
export const dynamicParams = false;

export function generateStaticParams() {
  return caseIds().map((caseId) => ({ caseId }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getCase((await params).caseId);
  return c ? { title: c.meta.title, description: c.meta.question } : {};
}

function Section({
  id,
  title,
  intro,
  className = '',
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={`relative render-when-visible space-y-4 ${className}`}
    >
      <div className="space-y-1">
        <h2 id={`${id}-heading`} className="text-2xl font-semibold">
          {title}
        </h2>
        {intro && <p className="max-w-3xl text-muted">{intro}</p>}
      </div>
      {children}
    </section>
  );
}

/** The stance a shared link's query carries, or undefined when it has none or it is unusable. */
async function linkStance(
  model: ExplorerModel,
  linkSearch: Promise<SearchParams> | undefined,
): Promise<Stance | undefined> {
  if (!linkSearch) return undefined;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await linkSearch)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      query.append(key, v);
    }
  }
  const read = stanceFromSearch(
    query,
    {
      caseId: model.caseId,
      criteria: model.criteria.map((k) => k.id),
      options: model.options.map((o) => o.id),
    },
    Object.fromEntries(model.criteria.map((k) => [k.id, k.defaultPoints])),
  );
  return read.status === 'ok' || read.status === 'partial' ? read.stance : undefined;
}

/**
 * The explorer. Everything static (context, columns' prose, the matrix with its evidence, the
 * risks) renders here on the server; the client leaves get the compact numeric model only.
 */
export default async function CasePage({
  params,
  linkSearch,
}: Props & {
  /**
   * A shared link's query, passed only by the dynamic `shared` route (a link-free visit stays
   * static): its stance is rendered on the server, so the first paint shows the link's ranking.
   */
  linkSearch?: Promise<SearchParams>;
}) {
  const c = getCase((await params).caseId);
  if (!c) notFound();
  const model = modelFromCase(c);
  const scales = swingScalesOf(c);
  const initialStance = await linkStance(model, linkSearch);
  const notes = Object.fromEntries(
    c.criteria.map((k) => [k.id, <CriterionNote key={k.id} criterion={k} />]),
  );

  return (
    <ExplorerProvider model={model} initialStance={initialStance}>
      <div className="space-y-12">
        {/* Positioned sections are painted as separate layers, so a slider press repaints the
            weights and the ranking, not the long static page around them. */}
        <div className="relative space-y-4">
          <CaseHeader c={c} />
          <TeachingLinks caseId={c.meta.id}>
            <RunInClass caseId={c.meta.id} />
          </TeachingLinks>
        </div>
        <div>
          <WeightsNotice />
          <div className="grid gap-8 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
            {/* A compact ranking stays at the bottom of the screen while the sliders are on it;
                a focused slider scrolls clear of it. */}
            <div className="relative [&_input]:scroll-mb-28">
              <WeightsPanel notes={notes} scales={scales} />
              <StickyRanking />
            </div>
            {/* The ranking stays in view while the reader works down the sliders. */}
            <div className="space-y-6 self-start lg:sticky lg:top-4">
              <RankingPanel />
              <DisputesSummary />
              <ShareControls />
              <AuthorComparison />
            </div>
          </div>
        </div>

        <Section
          id="side-by-side"
          title="Side by side"
          intro="Each option's rank and total under your weights, what each criterion contributes, its most serious risks, and what it gains and gives up."
          className="print:hidden"
        >
          <OptionColumns c={c} />
        </Section>

        <Section
          id="matrix"
          title="Scores"
          intro={`How each option scores on each criterion, 0–10. Open any score for its rationale and evidence: ${c.meta.source ? "the author's words, an established fact, or our inference" : 'an established fact or our inference'}.`}
          className="print:break-before-page"
        >
          <ScoreMatrix c={c} />
        </Section>

        <Section
          id="risks"
          title="Risks"
          intro="Every option's risks by how likely they are and how much harm they would do."
          className="print:hidden"
        >
          <RiskBoard c={c} />
        </Section>

        <Section
          id="head-to-head"
          title="Head to head"
          intro="Pick two options to see what switching from one to the other gains and costs on each criterion under your weights."
          className="print:hidden"
        >
          <HeadToHeadLoader />
        </Section>

        <RobustnessSection />
      </div>
    </ExplorerProvider>
  );
}
