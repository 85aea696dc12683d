import type { Case, CaseOption, SourceRef } from './schema';

/**
 * How to name a source's author in running text: `attributed to Michael Knights` when the name
 * comes from an attribution rather than a byline, the plain name otherwise, or `undefined` when
 * the source names no author.
 */
export function authorAsCited(source: SourceRef | undefined): string | undefined {
  if (!source?.author) return undefined;
  return source.authorAttributed ? `attributed to ${source.author}` : source.author;
}

/** Who recommends an option, as a short badge and as a sentence. */
export interface Recommendation {
  /** For a badge: "Author's recommendation", "Recommended by the course instructor". */
  readonly badge: string;
  /** For running text: "Recommended by the article’s author (attributed to …)." */
  readonly sentence: string;
}

/**
 * The option's recommendation, or `null` when no one in the case recommends it: the source
 * article's author (kind `author-recommendation`) or whoever `recommendedBy` names.
 */
export function recommendationOf(
  c: Pick<Case, 'meta'>,
  o: Pick<CaseOption, 'kind' | 'recommendedBy'>,
): Recommendation | null {
  if (o.kind === 'author-recommendation') {
    const name = authorAsCited(c.meta.source);
    return {
      badge: "Author's recommendation",
      sentence: `Recommended by the article’s author${name ? ` (${name})` : ''}.`,
    };
  }
  if (o.recommendedBy) {
    return {
      badge: `Recommended by ${o.recommendedBy}`,
      sentence: `Recommended by ${o.recommendedBy}.`,
    };
  }
  return null;
}
