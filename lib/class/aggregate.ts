import { normaliseWeights, rankOptions, weightedTotals, type DecisionMatrix } from '@/lib/decision';
import type { ClassResults } from '@/lib/class/contract';
import { stancePoints, type Stance } from '@/lib/stance/schema';

/** One stored submission as the aggregate needs it. */
export interface AggregateSubmission {
  readonly stance: Pick<Stance, 'weights' | 'disputes'>;
  readonly role: string | null;
}

/** The distribution part of `ClassResults` (everything but identity, state and counts). */
export type ClassDistributions = {
  [
    K in
      | 'firstChoices'
      | 'meanWeights'
      | 'meanRanking'
      | 'spread'
      | 'rankAcceptability'
      | 'disagreement'
      | 'byRole'
  ]-?: NonNullable<ClassResults[K]>;
};

/** What `aggregateClass` returns: the suppression verdict, and the distributions when shown. */
export interface ClassAggregate {
  readonly suppressed: boolean;
  readonly suppressedReason: string | null;
  /** Absent when suppressed. */
  readonly distributions: ClassDistributions | null;
  /** Each submission's own first choices (input order), for `yourPlace`. Never sent as is. */
  readonly firstChoiceSets: readonly (readonly string[])[];
}

/**
 * The p-quantile of ascending `sorted` values by linear interpolation between order
 * statistics (Hyndman & Fan type 7, the default of R and NumPy): h = (n−1)p. Returns NaN for
 * an empty array; the caller must pass values already sorted ascending.
 */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[Math.min(lo + 1, n - 1)] ?? a;
  return a + (h - lo) * (b - a);
}

/**
 * A participant's own scores: the case's matrix with their disputed cells put in. Unknown ids
 * are ignored (the route has already refused them).
 */
export function ownScores(
  matrix: DecisionMatrix,
  disputes: Stance['disputes'],
): readonly (readonly number[])[] {
  if (!disputes) return matrix.scores;
  return matrix.options.map((optionId, i) => {
    const row = matrix.scores[i] ?? [];
    const cells = disputes[optionId];
    if (!cells) return row;
    return matrix.criteria.map((k, j) => cells[k] ?? row[j] ?? 0);
  });
}

function firstChoicesOf(ranking: ReturnType<typeof rankOptions>): string[] {
  return ranking.filter((r) => r.rank === 1).map((r) => r.option);
}

function countFirstChoices(options: readonly string[], sets: readonly (readonly string[])[]) {
  return options.map((optionId) => ({
    optionId,
    count: sets.reduce((n, set) => n + (set.includes(optionId) ? 1 : 0), 0),
  }));
}

/**
 * Pools a class's submissions with the explorer's maths (`normaliseWeights`,
 * `weightedTotals`, `rankOptions`). Each participant is ranked under their own weights and
 * their own disputed scores; the class ranking uses the case's scores under the mean of the
 * participants' normalised weights (the class's disputes are ignored there).
 *
 * Below `threshold` submissions everything but counts is withheld (`suppressed`), host
 * included. A role group smaller than `threshold` shows its count but not its choices.
 * A participant whose top is tied counts once for each tied option.
 */
export function aggregateClass(
  matrix: DecisionMatrix,
  submissions: readonly AggregateSubmission[],
  threshold: number,
): ClassAggregate {
  const { options, criteria } = matrix;
  const people = submissions.map((s) => {
    const weights = normaliseWeights(stancePoints(s.stance, criteria));
    const ranking = rankOptions(
      options,
      weightedTotals(ownScores(matrix, s.stance.disputes), weights),
    );
    const rankOf = new Map(ranking.map((r) => [r.option, r.rank]));
    return { weights, first: firstChoicesOf(ranking), rankOf, role: s.role };
  });
  const firstChoiceSets = people.map((p) => p.first);
  const n = people.length;
  if (n < threshold) {
    return {
      suppressed: true,
      suppressedReason:
        n === 0
          ? 'No submissions yet.'
          : `Only ${n} of the ${threshold} submissions needed to show results, so that no one's weights can be singled out.`,
      distributions: null,
      firstChoiceSets,
    };
  }

  const meanShares = criteria.map(
    (_, j) => people.reduce((s, p) => s + (p.weights[j] ?? 0), 0) / n,
  );
  const meanRanking = rankOptions(options, weightedTotals(matrix.scores, meanShares));
  const byIndex = [...meanRanking].sort((a, b) => a.index - b.index);

  const spread = criteria.map((criterionId, j) => {
    const shares = people.map((p) => p.weights[j] ?? 0).sort((a, b) => a - b);
    return {
      criterionId,
      shares,
      min: shares[0] ?? 0,
      q1: quantileSorted(shares, 0.25),
      median: quantileSorted(shares, 0.5),
      q3: quantileSorted(shares, 0.75),
      max: shares[n - 1] ?? 0,
    };
  });

  const rankAcceptability = options.map((optionId) => {
    const shares = options.map(
      (_, k) => people.filter((p) => p.rankOf.get(optionId) === k + 1).length / n,
    );
    return { optionId, shares };
  });

  const rankVariance = options.map((optionId, index) => {
    const ranks = people.map((p) => p.rankOf.get(optionId) ?? options.length);
    const mean = ranks.reduce((s, r) => s + r, 0) / n;
    return { optionId, index, variance: ranks.reduce((s, r) => s + (r - mean) ** 2, 0) / n };
  });
  const byIqr = spread.map((s, index) => ({ id: s.criterionId, index, iqr: s.q3 - s.q1 }));

  const roles = new Map<string | null, (typeof people)[number][]>();
  for (const p of people) roles.set(p.role, [...(roles.get(p.role) ?? []), p]);
  const byRole = [...roles.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
    .map(([role, group]) => {
      const suppressed = group.length < threshold;
      return {
        role,
        count: group.length,
        suppressed,
        firstChoices: suppressed
          ? []
          : countFirstChoices(
              options,
              group.map((p) => p.first),
            ),
      };
    });

  return {
    suppressed: false,
    suppressedReason: null,
    firstChoiceSets,
    distributions: {
      firstChoices: countFirstChoices(options, firstChoiceSets),
      meanWeights: criteria.map((criterionId, j) => ({ criterionId, share: meanShares[j] ?? 0 })),
      meanRanking: byIndex.map((r) => ({ optionId: r.option, total: r.total, rank: r.rank })),
      spread,
      rankAcceptability,
      disagreement: {
        criteria: byIqr.sort((a, b) => b.iqr - a.iqr || a.index - b.index).map((c) => c.id),
        options: rankVariance
          .sort((a, b) => b.variance - a.variance || a.index - b.index)
          .map((o) => o.optionId),
      },
      byRole,
    },
  };
}

/**
 * Where one participant stands: their own first choices, and how many *other* participants
 * share at least one of them. `index` is the participant's position in the submissions
 * passed to `aggregateClass`; returns null for an index out of range.
 */
export function yourPlace(
  aggregate: Pick<ClassAggregate, 'firstChoiceSets'>,
  index: number,
): { firstChoices: string[]; sameAsYou: number } | null {
  const own = aggregate.firstChoiceSets[index];
  if (!own) return null;
  const sameAsYou = aggregate.firstChoiceSets.filter(
    (set, i) => i !== index && set.some((o) => own.includes(o)),
  ).length;
  return { firstChoices: [...own], sameAsYou };
}
