import type { Criterion } from '@/lib/case/schema';

/** A criterion's question and its scale words, for the weights panel's disclosure. */
export function CriterionNote({ criterion }: { criterion: Criterion }) {
  return (
    <>
      <p>{criterion.question}</p>
      <dl className="grid grid-cols-[2.5rem_1fr] gap-x-2 gap-y-1 text-muted">
        {(['0', '5', '10'] as const).map((k) => (
          <div key={k} className="contents">
            <dt className="text-right font-semibold text-ink tabular-nums">{k}</dt>
            <dd>{criterion.scale[k]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
