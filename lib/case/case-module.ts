import type { SourceFingerprint } from './quotes';
import type { CaseInput } from './schema';

/**
 * What a case folder exports for the registry (content/index.ts): the case as written and,
 * when it quotes a source article, that article's file name and committed fingerprint.
 */
export interface CaseModule {
  /** The case content; validated when the registry loads it. */
  readonly input: CaseInput;
  /**
   * The source article's file name in the seed folder (see lib/case/source-file.ts). The article
   * is never committed; only its fingerprint is.
   */
  readonly sourceFile?: string;
  /** The committed fingerprint of the source article, against which every quote is checked. */
  readonly fingerprint?: SourceFingerprint;
}
