import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { caseIds, getCase } from '@/content';
import type { Case } from '@/lib/case/schema';
import { lessonPlan } from '@/lib/teaching/lesson-plan';
import { SourceCitation } from '@/components/ui/evidence';
import { TimelineList } from '@/components/ui/timeline-list';
import { PrintWorksheetButton } from '@/components/teaching/print-worksheet-button';

type Props = { params: Promise<{ caseId: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return caseIds().map((caseId) => ({ caseId }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = getCase((await params).caseId);
  return c ? { title: `Teach: ${c.meta.title}`, description: c.meta.question } : {};
}

function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-4">
      <h2 id={`${id}-heading`} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The names of the criteria and options a question turns on, in words. */
function relatedNames(c: Case, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map(
    (id) =>
      c.criteria.find((k) => k.id === id)?.label ??
      c.options.find((o) => o.id === id)?.shortLabel ??
      c.options.find((o) => o.id === id)?.label ??
      id,
  );
}

/** The teaching kit: lesson plan, discussion questions, glossary, timeline and a worksheet. */
export default async function TeachPage({ params }: Props) {
  const c = getCase((await params).caseId);
  if (!c) notFound();
  const plan = lessonPlan(c);
  const explorer = `/cases/${encodeURIComponent(c.meta.id)}`;

  return (
    <div className="space-y-12">
      <div className="teach-kit space-y-12">
        <header className="max-w-4xl space-y-4">
          <p className="text-sm font-semibold tracking-wide text-muted uppercase">Teaching kit</p>
          <h1 className="text-3xl font-bold text-balance sm:text-4xl">
            Teach this case: {c.meta.title}
          </h1>
          <p className="text-xl text-balance">{c.meta.question}</p>
          <div className="flex flex-wrap items-center gap-3 print:hidden">
            <Link
              href={explorer}
              className="inline-flex min-h-11 items-center font-medium text-accent underline"
            >
              Open the case in the explorer
            </Link>
            <PrintWorksheetButton />
          </div>
          <p className="max-w-3xl text-muted">
            To run the class session, open the case and choose “Run this case in class”: students
            join on their phones with a code, weigh the criteria, and you reveal the class’s results
            on the projector.
          </p>
        </header>

        <Section id="plan" title="A 50-minute lesson plan">
          <ol className="max-w-3xl space-y-4">
            {plan.map((step) => (
              <li key={step.start} className="grid gap-x-4 sm:grid-cols-[7rem_1fr]">
                <p className="font-semibold tabular-nums">
                  {step.start}–{step.end} min
                </p>
                <div>
                  <h3 className="font-semibold">{step.title}</h3>
                  <p>{step.body}</p>
                </div>
              </li>
            ))}
          </ol>
        </Section>

        <Section id="questions" title="Discussion questions">
          <ol className="max-w-3xl list-decimal space-y-3 pl-6">
            {c.teaching.questions.map((q) => {
              const names = relatedNames(c, q.relatesTo);
              return (
                <li key={q.id} id={`question-${q.id}`}>
                  <p>{q.question}</p>
                  {names.length > 0 && (
                    <p className="text-sm text-muted">Turns on: {names.join(', ')}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </Section>

        <Section id="glossary" title="Glossary">
          <dl className="grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[minmax(6rem,auto)_1fr]">
            {c.teaching.glossary.map((g) => (
              <div key={g.term} className="contents">
                <dt className="font-semibold">{g.term}</dt>
                <dd>
                  {g.expansion && <span className="font-medium">{g.expansion}. </span>}
                  {g.definition}
                </dd>
              </div>
            ))}
          </dl>
        </Section>

        <Section id="timeline" title="Timeline">
          <TimelineList events={c.context.timeline} className="max-w-3xl" />
        </Section>
      </div>

      <Worksheet c={c} />
    </div>
  );
}

/** The student worksheet: prints on its own page(s), with space to write. */
function Worksheet({ c }: { c: Case }) {
  return (
    <section
      aria-labelledby="worksheet-heading"
      className="worksheet space-y-6 rounded-lg border border-line p-4 print:break-before-page print:border-none print:p-0"
    >
      <div className="space-y-1">
        <p className="text-sm font-semibold tracking-wide text-muted uppercase print:hidden">
          Student worksheet
        </p>
        <h2 id="worksheet-heading" className="text-2xl font-semibold">
          Worksheet: {c.meta.title}
        </h2>
        <p className="text-lg">{c.meta.question}</p>
        <p className="text-sm text-muted">
          Who decides: {c.meta.decider}.
          {c.meta.source && (
            <>
              {' '}
              Source: <SourceCitation source={c.meta.source} />
            </>
          )}
        </p>
      </div>

      <div className="space-y-2">
        <h3 className="text-lg font-semibold">The options</h3>
        <ol className="list-decimal space-y-2 pl-6">
          {c.options.map((o) => (
            <li key={o.id}>
              <span className="font-semibold">{o.label}.</span> {o.summary}
            </li>
          ))}
        </ol>
      </div>

      <div className="space-y-2">
        <h3 className="text-lg font-semibold">1. How much does each criterion matter to you?</h3>
        <p className="text-sm">
          Give each criterion 0–100 points. Only the proportions count. Then say why in a few words.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="sr-only">Your weights, to fill in by hand</caption>
            <thead>
              <tr className="border-b-2 border-line text-left">
                <th scope="col" className="py-2 pr-3">
                  Criterion
                </th>
                <th scope="col" className="w-24 py-2 pr-3">
                  Points
                </th>
                <th scope="col" className="py-2">
                  Why
                </th>
              </tr>
            </thead>
            <tbody>
              {c.criteria.map((k) => (
                <tr key={k.id} className="border-b border-line align-top">
                  <th scope="row" className="py-3 pr-3 text-left font-normal">
                    <span className="font-semibold">{k.label}</span>
                    <span className="block text-muted">{k.question}</span>
                  </th>
                  <td className="py-3 pr-3" />
                  <td className="py-3" />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <WriteIn n={2} title="Which option do your weights rank first? Were you surprised?" />
      <WriteIn
        n={3}
        title="After the reveal: where do you stand in the class's spread, and on which criterion do you differ most?"
      />
      <WriteIn n={4} title="What would change your first choice?" />
    </section>
  );
}

function WriteIn({ n, title }: { n: number; title: string }) {
  return (
    <div className="break-inside-avoid space-y-2">
      <h3 className="text-lg font-semibold">
        {n}. {title}
      </h3>
      <div aria-hidden="true" className="space-y-6 pt-2">
        <div className="border-b border-line" />
        <div className="border-b border-line" />
        <div className="border-b border-line" />
      </div>
    </div>
  );
}
