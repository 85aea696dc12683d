import { readFileSync } from 'node:fs';
import { caseIds, fingerprintOf, getCase, listCases, sourceFileOf } from '@/content/index';
import {
  checkQuoteAgainstFingerprint,
  checkQuoteAgainstText,
  collectQuotes,
  fingerprintText,
  serialiseFingerprint,
  stripSourceDebris,
  tokensOf,
  wordCount,
} from '@/lib/case/quotes';
import type { Case, Evidence } from '@/lib/case/schema';
import { findSourceFile } from '@/lib/case/source-file';
import { matrixFromCase, normaliseWeights, rankOptions, weightedTotals } from '@/lib/decision';

const ID = 'camp-taji-2020';
const c: Case = getCase(ID)!;
const fingerprint = fingerprintOf(ID)!;
const quotes = collectQuotes(c);
const sourcePath = findSourceFile(sourceFileOf(ID));
const articleAbsent = sourcePath === undefined;

/** Every piece of evidence in the case, with where it sits. */
function allEvidence(): { path: string; evidence: Evidence }[] {
  const out: { path: string; evidence: Evidence }[] = [];
  c.options.forEach((o, i) => {
    for (const [k, a] of Object.entries(o.assessments)) {
      out.push({ path: `options[${i}].assessments.${k}`, evidence: a.evidence });
    }
    o.risks.forEach((r, j) =>
      out.push({ path: `options[${i}].risks[${j}]`, evidence: r.evidence }),
    );
    o.tradeOffs.forEach((t, j) =>
      out.push({ path: `options[${i}].tradeOffs[${j}]`, evidence: t.evidence }),
    );
  });
  c.presets.forEach((p, i) => {
    for (const [k, j] of Object.entries(p.justifications ?? {})) {
      out.push({ path: `presets[${i}].justifications.${k}`, evidence: j.evidence });
    }
  });
  return out;
}

describe('the case registry', () => {
  it('registers the Camp Taji case', () => {
    expect(caseIds()).toContain(ID);
    expect(c).toBeDefined();
  });

  it('returns the same validated object on every call', () => {
    expect(getCase(ID)).toBe(c);
  });

  it('returns undefined for an unknown id', () => {
    expect(getCase('no-such-case')).toBeUndefined();
  });

  it('summarises the case for a list', () => {
    expect(listCases()).toContainEqual({
      id: ID,
      title: c.meta.title,
      question: c.meta.question,
      sourceDate: '2020-03-13',
      optionCount: 4,
    });
  });
});

describe('Camp Taji quotes', () => {
  it('has quotes to check', () => {
    expect(quotes.length).toBeGreaterThan(40);
  });

  it.each(quotes.map((q) => [q.path, q.quote]))('%s is non-empty and verbatim', (_path, quote) => {
    expect(quote.trim()).not.toBe('');
    expect(checkQuoteAgainstFingerprint(quote, fingerprint)).toMatchObject({ ok: true });
  });

  it('keeps quotes short (at most 25 words)', () => {
    const long = quotes.filter((q) => wordCount(tokensOf(q.quote)) > 25).map((q) => q.path);
    expect(long).toEqual([]);
  });

  it.skipIf(articleAbsent)(
    'matches a fingerprint regenerated from the article (skipped when the article is absent)',
    () => {
      const text = stripSourceDebris(readFileSync(sourcePath!, 'utf8'));
      const fresh = fingerprintText(text, fingerprint.source);
      expect(serialiseFingerprint(fresh)).toBe(serialiseFingerprint(fingerprint));
    },
  );

  it.skipIf(articleAbsent)(
    'finds every quote in the full article text (skipped when the article is absent)',
    () => {
      const text = stripSourceDebris(readFileSync(sourcePath!, 'utf8'));
      const missing = quotes.filter((q) => !checkQuoteAgainstText(q.quote, text).ok);
      expect(missing).toEqual([]);
    },
  );
});

describe('Camp Taji structure', () => {
  it('has the four options of the article, one of them the author’s', () => {
    expect(c.options.map((o) => [o.id, o.kind])).toEqual([
      ['withdraw', 'article-option'],
      ['low-road', 'article-option'],
      ['high-road', 'article-option'],
      ['middle-path', 'author-recommendation'],
    ]);
  });

  it('has six to nine criteria, all starting at a neutral weight of 50', () => {
    expect(c.criteria.length).toBeGreaterThanOrEqual(6);
    expect(c.criteria.length).toBeLessThanOrEqual(9);
    expect(c.criteria.every((k) => k.defaultWeight === 50)).toBe(true);
  });

  it('asks each criterion as a question', () => {
    for (const k of c.criteria) expect(k.question).toMatch(/\?$/);
  });

  it('assesses every option on every criterion', () => {
    const m = matrixFromCase(c);
    expect(m.scores).toHaveLength(4);
    for (const row of m.scores) expect(row).toHaveLength(c.criteria.length);
  });

  it('gives every option at least three risks and three trade-offs', () => {
    for (const o of c.options) {
      expect(o.risks.length, o.id).toBeGreaterThanOrEqual(3);
      expect(o.tradeOffs.length, o.id).toBeGreaterThanOrEqual(3);
      expect(o.articleWords.length, o.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('has a dated, sourced timeline of at least eight events from Dec 2019 to its as-of date', () => {
    const t = c.context.timeline;
    expect(t.length).toBeGreaterThanOrEqual(8);
    const dates = t.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2019-12-01');
    expect(dates.at(-1)).toBe(c.meta.asOf);
    for (const e of t) {
      expect(e.date >= '2019-12-01' && e.date <= c.meta.asOf).toBe(true);
      expect(e.source.publication.length).toBeGreaterThan(0);
    }
  });

  it('keeps what happened after the as-of date apart from the timeline', () => {
    const after = c.context.afterwards ?? [];
    expect(after.map((e) => e.date)).toContain('2020-03-14');
    for (const e of after) expect(e.date > c.meta.asOf).toBe(true);
  });

  it('gives every cited source a title, and no source a bare ?p= address', () => {
    const sources = [
      ...allEvidence().flatMap((e) => (e.evidence.kind === 'fact' ? [e.evidence.source] : [])),
      ...c.context.timeline.map((e) => e.source),
      ...(c.context.afterwards ?? []).map((e) => e.source),
      ...c.annotations.flatMap((a) => a.sources),
    ];
    const untitled = sources.filter((s) => !s.title && s.publication !== 'Politico Magazine');
    expect(untitled.map((s) => s.publication)).toEqual([]);
    expect(sources.filter((s) => s.url && /[?&]p=\d+/.test(s.url))).toEqual([]);
  });

  it('attributes the article to its author rather than stating the byline as fact', () => {
    expect(c.meta.source?.authorAttributed).toBe(true);
    expect(c.meta.source?.title).toBeUndefined();
  });

  it('names the actors the article turns on, each with a stance on every option', () => {
    const ids = c.actors.map((a) => a.id);
    for (const id of [
      'united-states',
      'congress',
      'kataib-hezbollah',
      'iran',
      'iraqi-government',
      'iraqi-public',
      'isis',
      'coalition',
    ]) {
      expect(ids).toContain(id);
    }
    for (const a of c.actors) {
      expect(Object.keys(a.stances).sort(), a.id).toEqual(c.options.map((o) => o.id).sort());
    }
  });

  it('records that KH, the IRGC and ISIS want the U.S. to leave, as the article says', () => {
    const withdraw = c.options.find((o) => o.id === 'withdraw')!;
    expect(withdraw.favouredBy).toEqual(
      expect.arrayContaining(['kataib-hezbollah', 'iran', 'isis']),
    );
  });

  it('offers equal, author and at least three stakeholder presets', () => {
    const ids = c.presets.map((p) => p.id);
    expect(ids.slice(0, 2)).toEqual(['equal', 'author']);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    for (const p of c.presets) expect(p.rationale.length).toBeGreaterThan(10);
  });

  it('justifies the author’s weight for every criterion', () => {
    const author = c.presets.find((p) => p.id === 'author')!;
    expect(Object.keys(author.justifications ?? {}).sort()).toEqual(
      c.criteria.map((k) => k.id).sort(),
    );
  });

  it('ranks the author’s recommendation first under the author’s priorities', () => {
    const author = c.presets.find((p) => p.id === 'author')!;
    const m = matrixFromCase(c);
    const weights = normaliseWeights(m.criteria.map((k) => author.weights[k] ?? 0));
    const ranking = rankOptions(m.options, weightedTotals(m.scores, weights));
    expect(ranking[0]?.option).toBe('middle-path');
  });

  it('annotates the disputed “British aircraft” claim with both sides', () => {
    const a = c.annotations.find((x) => x.id === 'british-aircraft');
    expect(a?.status).toBe('disputed');
    expect(a?.claim).toContain('British aircraft');
    expect(a?.sources.length).toBeGreaterThanOrEqual(2);
  });

  it('marks the article’s inference about evacuated depots as disputed', () => {
    expect(c.annotations.find((x) => x.id === 'evacuated-weapons')?.status).toBe('disputed');
  });

  it('has at least eight discussion questions and ten glossary terms', () => {
    expect(c.teaching.questions.length).toBeGreaterThanOrEqual(8);
    const terms = c.teaching.glossary.map((g) => g.term);
    expect(terms.length).toBeGreaterThanOrEqual(10);
    for (const t of [
      'KH',
      'CJTF-OIR',
      'PMF',
      'IRGC',
      'Quds Force',
      'C-RAM',
      'Patriot',
      'Camp Taji',
    ]) {
      expect(terms).toContain(t);
    }
  });
});

/** Every string in the case that is our own prose: not a quote, a claim or a source title. */
function ownProse(node: unknown, path = '', out: { path: string; text: string }[] = []) {
  if (typeof node === 'string') out.push({ path, text: node });
  else if (Array.isArray(node)) node.forEach((v, i) => ownProse(v, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'quote' || k === 'claim' || k === 'articleWords' || k === 'title') continue;
      ownProse(v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('Camp Taji wording', () => {
  // No quotation marks in our own prose: a rule for every case, now in the schema.
  it('does not paste long runs of the article into our own prose', () => {
    // Any 8 consecutive words of the article inside a rationale or note would be copying.
    const copied = ownProse(c).filter((p) => {
      const t = tokensOf(p.text);
      for (let i = 0; i + 8 <= t.length; i++) {
        const window = t.slice(i, i + 8);
        if (
          wordCount(window) >= 8 &&
          checkQuoteAgainstFingerprint(window.join(' '), fingerprint).ok
        ) {
          return true;
        }
      }
      return false;
    });
    expect(copied.map((p) => p.path)).toEqual([]);
  });
});

describe('Camp Taji evidence', () => {
  const evidence = allEvidence();

  it('uses all three kinds of evidence', () => {
    const kinds = new Set(evidence.map((e) => e.evidence.kind));
    expect([...kinds].sort()).toEqual(['author', 'fact', 'inference']);
  });

  it('says what every inference rests on', () => {
    const bare = evidence
      .filter((e) => e.evidence.kind === 'inference' && !e.evidence.basis)
      .map((e) => e.path);
    expect(bare).toEqual([]);
  });

  it('dates every fact and uses https for any URL', () => {
    const sources = [
      ...evidence.flatMap((e) => (e.evidence.kind === 'fact' ? [e.evidence.source] : [])),
      ...c.context.timeline.map((e) => e.source),
      ...c.annotations.flatMap((a) => a.sources),
    ];
    for (const s of sources) {
      expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.url) expect(s.url).toMatch(/^https:\/\//);
    }
  });

  it('gives every score a range no wider than it can justify', () => {
    for (const o of c.options) {
      for (const [k, a] of Object.entries(o.assessments)) {
        const [low, high] = a.range;
        expect(high - low, `${o.id}.${k}`).toBeLessThanOrEqual(6);
      }
    }
  });
});
