import type { Annotation, Evidence, SourceRef } from '@/lib/case/schema';
import { formatLongDate } from '@/lib/explorer/format';

const KIND: Record<Evidence['kind'], { label: string; className: string }> = {
  author: { label: "Author's words", className: 'border-accent text-accent' },
  fact: { label: 'Established fact', className: 'border-good text-good' },
  inference: { label: 'Our inference', className: 'border-warn text-warn' },
};

/** A small badge naming what a judgement rests on: the author, a fact, or our inference. */
export function EvidenceBadge({ kind }: { kind: Evidence['kind'] }) {
  const k = KIND[kind];
  return (
    <span
      className={`inline-block rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${k.className}`}
    >
      {k.label}
    </span>
  );
}

/**
 * A citation line: author ("attributed to …" when the name is not from a byline), title,
 * publication, date, and a link when the address is known.
 * The link is the reader's to follow; the page itself never loads anything from it.
 */
export function SourceCitation({ source }: { source: SourceRef }) {
  const author =
    source.author && (source.authorAttributed ? `Attributed to ${source.author}` : source.author);
  const parts = [author, source.title ? `“${source.title}”` : null].filter(Boolean);
  return (
    <span className="text-muted">
      {parts.length > 0 && `${parts.join(', ')}, `}
      <cite>{source.publication}</cite>, {formatLongDate(source.date)}
      {source.url && (
        <>
          {' '}
          (
          <a href={source.url} rel="external noreferrer" className="break-all underline">
            {source.url}
          </a>
          )
        </>
      )}
    </span>
  );
}

/**
 * The evidence behind a judgement: the badge, then the author's verbatim quote, the fact with
 * its source, or the basis of our inference. Annotations whose claim the quote contains are
 * shown beneath it, so a disputed sentence never appears without its note.
 */
export function EvidenceDetail({
  evidence,
  annotations = [],
}: {
  evidence: Evidence;
  annotations?: readonly Annotation[];
}) {
  const notes =
    evidence.kind === 'author' ? annotations.filter((a) => evidence.quote.includes(a.claim)) : [];
  return (
    <div className="space-y-2">
      <EvidenceBadge kind={evidence.kind} />
      {evidence.kind === 'author' && (
        <blockquote className="border-l-4 border-accent pl-3 italic">“{evidence.quote}”</blockquote>
      )}
      {evidence.kind === 'fact' && (
        <p>
          {evidence.fact} <SourceCitation source={evidence.source} />
        </p>
      )}
      {evidence.kind === 'inference' && (
        <p className="text-muted">
          {evidence.basis ??
            'Our own reading of the article and the situation, not a claim the article makes.'}
        </p>
      )}
      {notes.map((a) => (
        <AnnotationNote key={a.id} annotation={a} />
      ))}
    </div>
  );
}

const STATUS: Record<Annotation['status'], string> = {
  disputed: 'Disputed',
  qualified: 'Qualified',
  context: 'Context',
};

/** A note on a claim in the article: disputed, qualified or given context, with sources. */
export function AnnotationNote({ annotation }: { annotation: Annotation }) {
  return (
    <div className="rounded-md border border-line bg-surface p-3 text-sm">
      <p>
        <strong className="text-warn">{STATUS[annotation.status]}:</strong> “{annotation.claim}”
      </p>
      <p className="mt-1">{annotation.note}</p>
      <ul className="mt-1 space-y-0.5">
        {annotation.sources.map((s, i) => (
          <li key={i}>
            <SourceCitation source={s} />
          </li>
        ))}
      </ul>
    </div>
  );
}
