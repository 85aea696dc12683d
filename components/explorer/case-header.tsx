import type { Case } from '@/lib/case/schema';
import { AnnotationNote, SourceCitation } from '@/components/ui/evidence';
import { TimelineList } from '@/components/ui/timeline-list';
import { formatLongDate } from '@/lib/explorer/format';

/** The case's title, question, source, context, timeline and notes on the source. */
export function CaseHeader({ c }: { c: Case }) {
  const [lead, ...more] = c.context.summary;
  return (
    <header className="max-w-4xl space-y-4">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">
        Case · as of {formatLongDate(c.meta.asOf)}
      </p>
      <h1 className="text-3xl font-bold text-balance sm:text-4xl">{c.meta.title}</h1>
      <p className="text-xl text-balance">{c.meta.question}</p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Who decides</dt>
        <dd className="text-muted">{c.meta.decider}</dd>
        {c.meta.source && (
          <>
            <dt className="font-semibold">Source</dt>
            <dd>
              <SourceCitation source={c.meta.source} />
            </dd>
          </>
        )}
      </dl>
      {lead && <p className="leading-relaxed">{lead}</p>}
      <div className="space-y-2 print:hidden">
        {more.length > 0 && (
          <details className="rounded-lg border border-line px-4 py-2">
            <summary className="min-h-11 cursor-pointer content-center py-1 font-medium">
              More context
            </summary>
            <div className="mt-2 space-y-3 leading-relaxed">
              {more.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          </details>
        )}
        {c.context.timeline.length > 0 && (
          <details className="rounded-lg border border-line px-4 py-2">
            <summary className="min-h-11 cursor-pointer content-center py-1 font-medium">
              Timeline ({c.context.timeline.length} events)
            </summary>
            <TimelineList events={c.context.timeline} className="mt-2" />
          </details>
        )}
        {c.context.afterwards && c.context.afterwards.length > 0 && (
          <details className="rounded-lg border border-line px-4 py-2">
            <summary className="min-h-11 cursor-pointer content-center py-1 font-medium">
              What happened next (after {formatLongDate(c.meta.asOf)})
            </summary>
            <p className="mt-2 text-sm text-muted">
              Not known when the case was written; the scores do not use it. Use it to test the
              argument.
            </p>
            <TimelineList events={c.context.afterwards} className="mt-2" />
          </details>
        )}
        {c.annotations.length > 0 && (
          <details className="rounded-lg border border-line px-4 py-2">
            <summary className="min-h-11 cursor-pointer content-center py-1 font-medium">
              Notes on the article ({c.annotations.length})
            </summary>
            <div className="mt-2 space-y-2">
              {c.annotations.map((a) => (
                <AnnotationNote key={a.id} annotation={a} />
              ))}
            </div>
          </details>
        )}
      </div>
    </header>
  );
}
