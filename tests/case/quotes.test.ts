import fc from 'fast-check';
import { campTaji2020 } from '@/content/camp-taji-2020';
import {
  MIN_QUOTE_WORDS,
  checkQuoteAgainstFingerprint,
  checkQuoteAgainstText,
  collectQuotes,
  fingerprintText,
  normaliseText,
  serialiseFingerprint,
  stripSourceDebris,
  tokensOf,
} from '@/lib/case/quotes';
import type { CaseInput } from '@/lib/case/schema';

// A made-up text: the tests must not depend on the article being present.
const TEXT = `The council met on Tuesday. It said it “won’t wait” for the report—not again.
One plan is always to wait, which is what the critics want us to do. One plan is cheap.
The state-run agency’s U.S.-based office kept its plan, and the plan is cheap at last.`;

const FP = fingerprintText(TEXT, 'test');

describe('normaliseText', () => {
  it('straightens curly quotes and apostrophes', () => {
    expect(normaliseText('“won’t” ‘x’')).toBe(`"won't" 'x'`);
  });

  it('collapses whitespace and trims', () => {
    expect(normaliseText('  a \n\t b  ')).toBe('a b');
  });

  it('keeps dashes as they are', () => {
    expect(normaliseText('a—b – c - d')).toBe('a—b – c - d');
  });
});

describe('tokensOf', () => {
  it('keeps inner apostrophes, hyphens and full stops inside words', () => {
    expect(tokensOf('Iran’s tit-for-tat U.S.-led')).toEqual([
      "Iran's",
      'tit-for-tat',
      'U.S',
      '.',
      '-',
      'led',
    ]);
  });

  it('splits punctuation into its own tokens', () => {
    expect(tokensOf('leave, which—though “no”.')).toEqual([
      'leave',
      ',',
      'which',
      '—',
      'though',
      '"',
      'no',
      '"',
      '.',
    ]);
  });
});

describe('stripSourceDebris', () => {
  it('drops the trailing page debris line and blank lines', () => {
    expect(stripSourceDebris('Prose.\n\nmessages.comments\n')).toBe('Prose.');
  });

  it('keeps a final line of prose', () => {
    expect(stripSourceDebris('One.\nTwo ends here.\n')).toBe('One.\nTwo ends here.');
  });
});

describe('fingerprintText', () => {
  it('is deterministic', () => {
    expect(serialiseFingerprint(fingerprintText(TEXT, 'test'))).toBe(serialiseFingerprint(FP));
  });

  it('records every trigram start once', () => {
    const starts = Object.values(FP.trigrams)
      .flat()
      .sort((a, b) => a - b);
    expect(starts).toEqual([...Array(FP.tokenCount - 2).keys()]);
  });

  it('serialises to JSON that parses back to the same fingerprint', () => {
    expect(JSON.parse(serialiseFingerprint(FP))).toEqual(FP);
  });

  it('changes when the text changes by one character', () => {
    expect(fingerprintText(TEXT.replace('Tuesday', 'Tuesdays'), 'test').textSha256).not.toBe(
      FP.textSha256,
    );
  });
});

describe('checkQuoteAgainstFingerprint', () => {
  it.each([
    ['an exact quote', 'One plan is always to wait'],
    ['a quote ending before a comma in the source', 'One plan is always to wait'],
    ['a quote with straight instead of curly quotes', `It said it "won't wait" for`],
    ['a quote including the final full stop', 'the plan is cheap at last.'],
    ['a quote with an em dash', 'the report—not again.'],
    ['a quote spread over a line break', 'not again. One plan is always'],
  ])('accepts %s', (_name, quote) => {
    expect(checkQuoteAgainstFingerprint(quote, FP).ok).toBe(true);
  });

  it.each([
    ['a changed word', 'One plan is always to linger', 'does not occur'],
    ['a changed first word', 'Two plan is always to wait', 'does not occur in the source'],
    ['a changed capital', 'one plan is always to wait', 'does not occur in the source'],
    [
      'a hyphen where the source has an em dash',
      'the report-not again',
      'does not occur in the source',
    ],
    ['a full stop the source does not have', 'is always to wait.', 'does not occur'],
    [
      'words that occur, but not contiguously',
      'One plan is cheap at last.',
      'does not occur verbatim in the source (its parts occur, but not in this order)',
    ],
    ['a quote of two words', 'One plan', 'is too short to verify (2 words; quote at least 3)'],
    ['punctuation alone', '“ ” .', 'is too short to verify (0 words; quote at least 3)'],
  ])('rejects %s', (_name, quote, reason) => {
    const r = checkQuoteAgainstFingerprint(quote, FP);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('finds where a quote starts', () => {
    expect(checkQuoteAgainstFingerprint('The council met', FP)).toEqual({ ok: true, position: 0 });
  });

  it('accepts every contiguous window of the source with enough words', () => {
    const tokens = tokensOf(TEXT);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: tokens.length - 1 }),
        fc.integer({ min: MIN_QUOTE_WORDS, max: 20 }),
        (start, len) => {
          const window = tokens.slice(start, start + len);
          const words = window.filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
          fc.pre(words >= MIN_QUOTE_WORDS);
          const quote = window.join(' ');
          expect(checkQuoteAgainstFingerprint(quote, FP).ok).toBe(true);
          expect(checkQuoteAgainstText(quote, TEXT).ok).toBe(true);
        },
      ),
    );
  });
});

describe('checkQuoteAgainstText', () => {
  it('accepts short quotes on word boundaries', () => {
    expect(checkQuoteAgainstText('Tuesday', TEXT).ok).toBe(true);
  });

  it('rejects part of a word', () => {
    expect(checkQuoteAgainstText('Tues', TEXT).ok).toBe(false);
  });

  it('rejects an empty quote', () => {
    expect(checkQuoteAgainstText('  ', TEXT)).toEqual({ ok: false, reason: 'is empty' });
  });
});

describe('collectQuotes', () => {
  const sites = collectQuotes(campTaji2020);
  const paths = sites.map((s) => s.path);

  it('collects every kind of verbatim claim', () => {
    expect(paths).toContain('options[withdraw].articleWords[0]');
    expect(paths).toContain('options[withdraw].assessments.deterrence.evidence.quote');
    expect(paths).toContain('options[low-road].assessments["iran-influence"].evidence.quote');
    expect(paths).toContain('options[withdraw].risks[drawn-back].evidence.quote');
    expect(paths).toContain('options[withdraw].tradeOffs[1].evidence.quote');
    expect(paths).toContain('presets[author].justifications.deterrence.evidence.quote');
    expect(paths).toContain('annotations[british-aircraft].claim');
  });

  it('skips evidence that is not the author’s words', () => {
    expect(paths).not.toContain('options[withdraw].assessments.protection.evidence.quote');
    expect(paths).not.toContain('options[low-road].assessments.escalation.evidence.quote');
  });

  it('collects one site per author quote, article words entry and annotation', () => {
    const c: CaseInput = campTaji2020;
    const authorEvidence = [
      ...c.options.flatMap((o) => [
        ...Object.values(o.assessments).map((a) => a.evidence),
        ...o.risks.map((r) => r.evidence),
        ...o.tradeOffs.map((t) => t.evidence),
      ]),
      ...c.presets.flatMap((p) => Object.values(p.justifications ?? {}).map((j) => j.evidence)),
    ].filter((e) => e.kind === 'author').length;
    const articleWords = c.options.reduce((n, o) => n + o.articleWords.length, 0);
    expect(sites).toHaveLength(authorEvidence + articleWords + c.annotations.length);
  });
});
