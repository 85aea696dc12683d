import 'server-only';
import { aggregateClass, yourPlace, type ClassAggregate } from '@/lib/class/aggregate';
import type { ClassResults } from '@/lib/class/contract';
import { classCase } from './case-info';
import type { ClassStore, StoredSession } from './class-store';

/** A session's results computed once, ready to be personalised per viewer with `resultsFor`. */
export interface ComputedResults {
  readonly base: Omit<ClassResults, 'you'>;
  readonly aggregate: ClassAggregate;
  readonly tokenHashes: readonly string[];
}

/** Reads a session's submissions and pools them (see `aggregateClass`). */
export async function computeResults(
  store: ClassStore,
  session: StoredSession,
): Promise<ComputedResults> {
  const info = classCase(session.caseId);
  if (!info) throw new Error(`Session ${session.code} names an unknown case.`);
  const submissions = await store.listSubmissions(session.code);
  const threshold = session.settings.smallGroupThreshold;
  const aggregate = aggregateClass(info.matrix, submissions, threshold);
  return {
    base: {
      code: session.code,
      caseId: session.caseId,
      state: session.state,
      counts: { joined: session.counts.joined, submitted: submissions.length },
      threshold,
      suppressed: aggregate.suppressed,
      suppressedReason: aggregate.suppressedReason,
      ...(aggregate.distributions ?? {}),
    },
    aggregate,
    tokenHashes: submissions.map((s) => s.tokenHash),
  };
}

/** The results as one viewer sees them: `you` only for a participant who submitted, and never when suppressed. */
export function resultsFor(computed: ComputedResults, tokenHash: string | null): ClassResults {
  const index = tokenHash === null ? -1 : computed.tokenHashes.indexOf(tokenHash);
  const you =
    computed.aggregate.suppressed || index < 0 ? null : yourPlace(computed.aggregate, index);
  return { ...computed.base, you };
}
