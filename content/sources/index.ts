import type { SourceFingerprint } from '@/lib/case/quotes';
import campTaji2020 from './camp-taji-2020.fingerprint.json';

/**
 * Committed fingerprints of the source articles, by case id (see lib/case/quotes.ts).
 * Regenerate with `npx tsx scripts/fingerprint-source.ts <case id>` when the article is at hand.
 */
export const SOURCE_FINGERPRINTS: Readonly<Record<string, SourceFingerprint>> = {
  'camp-taji-2020': campTaji2020 as SourceFingerprint,
};
