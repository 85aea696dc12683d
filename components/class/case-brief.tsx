import { riskScalesOf, type Case } from '@/lib/case/schema';
import { riskWords } from '@/components/explorer/risk-words';

/** The case in brief for a student: the question, and each option's risks and trade-offs. */
export function CaseBrief({ c }: { c: Case }) {
  const scales = riskScalesOf(c);
  return (
    <section aria-labelledby="brief-heading" className="max-w-3xl space-y-4">
      <h2 id="brief-heading" className="text-2xl font-semibold">
        The case
      </h2>
      <p className="text-lg">{c.meta.question}</p>
      <p className="text-sm text-muted">Who decides: {c.meta.decider}</p>
      <ul className="space-y-2">
        {c.options.map((o) => (
          <li key={o.id}>
            <details className="rounded-lg border border-line px-4 py-2">
              <summary className="min-h-11 cursor-pointer content-center font-semibold">
                {o.label}
              </summary>
              <div className="space-y-3 py-2">
                <p>{o.summary}</p>
                <div>
                  <h3 className="font-semibold">Risks</h3>
                  <ul className="list-disc space-y-1 pl-5">
                    {o.risks.map((r) => (
                      <li key={r.id}>
                        {r.description}{' '}
                        <span className="text-sm text-muted">({riskWords(r, scales)})</span>
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h3 className="font-semibold">Trade-offs</h3>
                  <ul className="list-disc space-y-1 pl-5">
                    {o.tradeOffs.map((t, i) => (
                      <li key={i}>
                        <span className="font-semibold">Gains:</span> {t.gains}{' '}
                        <span className="font-semibold">Gives up:</span> {t.givesUp}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
