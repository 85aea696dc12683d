import { createHash } from 'node:crypto';
import type { Case, CaseInput, Evidence } from './schema';

/**
 * Quote fidelity without publishing the source text. A fingerprint maps the truncated SHA-256
 * of every consecutive token trigram of the (normalised) article to the token positions where
 * it starts. A quote of n ≥ 3 tokens occurs verbatim iff there is a start p such that trigram i
 * of the quote occurs at p + i for every i: contiguity is proven token by token, and each token
 * is compared character for character through the hash. Only whitespace and the style of
 * quotation marks are forgiven.
 */

/** The format version; bump it if normalisation or hashing changes. */
export const FINGERPRINT_VERSION = 1;
/**
 * Hex characters kept from each SHA-256: 32 bits. Because every trigram is also checked at its
 * position, a changed word slips through with odds of about 1 in 4 billion; longer hashes
 * would add nothing but size.
 */
export const HASH_HEX_LENGTH = 8;
/** Quotes shorter than this many words cannot be proven by trigrams; they are rejected. */
export const MIN_QUOTE_WORDS = 3;

/** A stored fingerprint of one source text (content/<case-id>/source.fingerprint.json). */
export interface SourceFingerprint {
  version: number;
  /** What the fingerprint is of, for humans. */
  source: string;
  /** How many tokens (words and punctuation marks) the normalised source has. */
  tokenCount: number;
  /** SHA-256 of the whole normalised text, to detect any change to the source. */
  textSha256: string;
  /** Truncated trigram hash → ascending word positions where that trigram starts. */
  trigrams: Record<string, number[]>;
}

/**
 * Normalises text for comparison: curly quotes and apostrophes become straight, every run of
 * whitespace becomes one space, and ends are trimmed. Dashes are kept as they are, so an em
 * dash in a quote must be an em dash in the source. Case is kept: quotes are case-exact.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const TOKEN = /[\p{L}\p{N}]+(?:['.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Splits text into tokens after `normaliseText`: words (letters and digits, with inner
 * apostrophes, hyphens and full stops, so `Iran's`, `tit-for-tat` and `U.S` stay whole) and
 * single punctuation marks. Punctuation is its own token so that a quote ending at `leave`
 * matches the source's `leave,` while a quote ending `win.` still needs the full stop.
 */
export function tokensOf(text: string): string[] {
  return normaliseText(text).match(TOKEN) ?? [];
}

/** How many tokens of a quote are words rather than punctuation. */
export function wordCount(tokens: readonly string[]): number {
  return tokens.filter((t) => WORDLIKE.test(t)).length;
}

/**
 * Drops page debris from a scraped article: trailing lines that are not prose. The seed file
 * ends in `messages.comments`, a leftover of the page's comment widget.
 */
export function stripSourceDebris(raw: string): string {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0) {
    const last = (lines[lines.length - 1] ?? '').trim();
    if (last === '' || /^[a-z]+(\.[a-z]+)+$/.test(last)) lines.pop();
    else break;
  }
  return lines.join('\n');
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

function trigramKey(a: string, b: string, c: string): string {
  // A NUL separator cannot occur inside a word, so ("ab","c") and ("a","bc") differ.
  return sha256(`${a}\u0000${b}\u0000${c}`).slice(0, HASH_HEX_LENGTH);
}

/**
 * Builds the fingerprint of a source text (already stripped of debris). Deterministic: the
 * same text always gives the same JSON, so a committed fingerprint can be re-checked.
 */
export function fingerprintText(text: string, source: string): SourceFingerprint {
  const words = tokensOf(text);
  const trigrams: Record<string, number[]> = {};
  for (let i = 0; i + 2 < words.length; i++) {
    const key = trigramKey(words[i]!, words[i + 1]!, words[i + 2]!);
    (trigrams[key] ??= []).push(i);
  }
  const sorted: Record<string, number[]> = {};
  for (const key of Object.keys(trigrams).sort()) sorted[key] = trigrams[key]!;
  return {
    version: FINGERPRINT_VERSION,
    source,
    tokenCount: words.length,
    textSha256: sha256(normaliseText(text)),
    trigrams: sorted,
  };
}

/**
 * Serialises a fingerprint as stable, diff-friendly JSON: one line per trigram. Parsing the
 * result with `JSON.parse` gives back an equal object.
 */
export function serialiseFingerprint(fp: SourceFingerprint): string {
  const lines = Object.entries(fp.trigrams).map(
    ([k, v]) => `    ${JSON.stringify(k)}: [${v.join(', ')}]`,
  );
  return [
    '{',
    `  "version": ${fp.version},`,
    `  "source": ${JSON.stringify(fp.source)},`,
    `  "tokenCount": ${fp.tokenCount},`,
    `  "textSha256": ${JSON.stringify(fp.textSha256)},`,
    '  "trigrams": {',
    lines.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Why a quote was not found, or where it was. */
export type QuoteCheck = { ok: true; position: number } | { ok: false; reason: string };

/**
 * Checks that a quote occurs contiguously and verbatim (after `normaliseText`) in the source
 * the fingerprint was made from. Quotes of fewer than MIN_QUOTE_WORDS words are rejected,
 * because a fingerprint cannot prove them; lengthen the quote instead. Punctuation counts:
 * a quote ending in "win." matches only where the source has "win." too.
 */
export function checkQuoteAgainstFingerprint(quote: string, fp: SourceFingerprint): QuoteCheck {
  const words = tokensOf(quote);
  const n = wordCount(words);
  if (n < MIN_QUOTE_WORDS) {
    return {
      ok: false,
      reason: `is too short to verify (${n} word${n === 1 ? '' : 's'}; quote at least ${MIN_QUOTE_WORDS})`,
    };
  }
  const starts: (readonly number[])[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const at = fp.trigrams[trigramKey(words[i]!, words[i + 1]!, words[i + 2]!)];
    if (!at) return { ok: false, reason: 'does not occur in the source' };
    starts.push(at);
  }
  for (const start of starts[0]!) {
    if (starts.every((at, i) => at.includes(start + i))) return { ok: true, position: start };
  }
  return {
    ok: false,
    reason: 'does not occur verbatim in the source (its parts occur, but not in this order)',
  };
}

/**
 * Checks a quote against the full source text (after `normaliseText` on both). Use it when the
 * article is at hand; it also accepts quotes shorter than MIN_QUOTE_WORDS, matched on word
 * boundaries.
 */
export function checkQuoteAgainstText(quote: string, sourceText: string): QuoteCheck {
  const q = tokensOf(quote);
  if (q.length === 0) return { ok: false, reason: 'is empty' };
  const words = tokensOf(sourceText);
  for (let p = 0; p + q.length <= words.length; p++) {
    if (q.every((w, i) => words[p + i] === w)) return { ok: true, position: p };
  }
  return { ok: false, reason: 'does not occur verbatim in the source' };
}

/** One piece of text in a case that claims to be the article's own words. */
export interface QuoteSite {
  /** Path within the case, by ids: `options[low-road].risks[expulsion].evidence.quote`. */
  path: string;
  quote: string;
}

function evidenceQuote(e: Evidence | CaseInput['options'][number]['risks'][number]['evidence']) {
  return e.kind === 'author' ? e.quote : undefined;
}

function key(k: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`;
}

/**
 * Every verbatim claim in a case: `author` evidence quotes (assessments, risks, trade-offs,
 * preset justifications), `articleWords`, and annotation claims. Paths use the same notation
 * as validation errors (list items by id), so a failing quote can be found in the content file.
 */
export function collectQuotes(c: Case | CaseInput): QuoteSite[] {
  const out: QuoteSite[] = [];
  const add = (path: string, quote: string | undefined) => {
    if (quote !== undefined) out.push({ path, quote });
  };
  c.options.forEach((o) => {
    const base = `options[${o.id}]`;
    o.articleWords.forEach((w, j) => add(`${base}.articleWords[${j}]`, w));
    for (const [k, a] of Object.entries(o.assessments)) {
      add(`${base}.assessments${key(k)}.evidence.quote`, evidenceQuote(a.evidence));
    }
    o.risks.forEach((r) => add(`${base}.risks[${r.id}].evidence.quote`, evidenceQuote(r.evidence)));
    o.tradeOffs.forEach((t, j) =>
      add(`${base}.tradeOffs[${j}].evidence.quote`, evidenceQuote(t.evidence)),
    );
  });
  c.presets.forEach((p) => {
    for (const [k, j] of Object.entries(p.justifications ?? {})) {
      add(`presets[${p.id}].justifications${key(k)}.evidence.quote`, evidenceQuote(j.evidence));
    }
  });
  c.annotations.forEach((a) => add(`annotations[${a.id}].claim`, a.claim));
  return out;
}
