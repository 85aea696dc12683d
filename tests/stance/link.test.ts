import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeWeights } from '@/lib/explorer/url-codec';
import { LEGACY_CRITERIA_ORDER } from '@/lib/stance/legacy';
import { hrefWithStance, searchFromStance, stanceFromSearch } from '@/lib/stance/link';
import { stanceSchema, type Stance } from '@/lib/stance/schema';
import { getCase } from '@/content';

const criteria = ['protection', 'deterrence', 'escalation', 'long-term'];
const options = ['withdraw', 'low-road', 'high-road'];
const ids = { caseId: 'demo', criteria, options };
const defaults = { protection: 50, deterrence: 30, escalation: 20, 'long-term': 10 };

const points = fc.integer({ min: 0, max: 100 });
const score = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
  fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true }),
);
const tiers = fc.shuffledSubarray(criteria, { minLength: 1 }).chain((order) =>
  fc
    .array(fc.boolean(), { minLength: order.length - 1, maxLength: order.length - 1 })
    .map((cuts) => {
      const out: string[][] = [[order[0]!]];
      cuts.forEach((cut, i) => (cut ? out.push([order[i + 1]!]) : out.at(-1)!.push(order[i + 1]!)));
      return out;
    }),
);
const elicitation = fc.oneof(
  fc.constant({ method: 'direct' as const }),
  tiers.map((t) => ({ method: 'ranking' as const, tiers: t })),
  fc
    .tuple(tiers, fc.dictionary(fc.constantFrom(...criteria), points, { minKeys: 1 }))
    .map(([t, ratings]) => ({ method: 'swing' as const, tiers: t, ratings })),
  fc
    .array(
      fc.record({
        a: fc.constantFrom(...criteria),
        b: fc.constantFrom(...criteria),
        more: fc.constantFrom('a' as const, 'b' as const, 'equal' as const),
        value: fc.integer({ min: 1, max: 9 }),
      }),
      { minLength: 1, maxLength: 6 },
    )
    .map((judgements) => ({ method: 'pairwise' as const, judgements })),
);

/** Any valid stance for the demo case, with no empty sub-records (those are not written). */
const stanceArb: fc.Arbitrary<Stance> = fc
  .record(
    {
      weights: fc.record(Object.fromEntries(criteria.map((k) => [k, points]))),
      disputes: fc.dictionary(
        fc.constantFrom(...options),
        fc.dictionary(fc.constantFrom(...criteria), score, { minKeys: 1 }),
        { minKeys: 1 },
      ),
      minimums: fc.dictionary(fc.constantFrom(...criteria), score, { minKeys: 1 }),
      robustness: fc.record(
        {
          concentration: fc.integer({ min: 0, max: 100 }),
          samples: fc.integer({ min: 100, max: 1_000_000 }),
          seed: fc.integer({ min: 0, max: 4_294_967_295 }),
          sweep: fc.constantFrom(...criteria),
        },
        { requiredKeys: ['samples'] },
      ),
      elicitation,
    },
    { requiredKeys: ['weights'] },
  )
  .map((s) => ({ v: 1 as const, caseId: 'demo', ...s }) as Stance);

describe('searchFromStance and stanceFromSearch', () => {
  it('round-trip a stance: stance → link → the same stance', () => {
    fc.assert(
      fc.property(stanceArb, (stance) => {
        expect(stanceSchema.safeParse(stance).success).toBe(true);
        const read = stanceFromSearch(searchFromStance(stance, criteria), ids, defaults);
        expect(read.status).toBe('ok');
        expect(read.stance).toEqual(stance);
      }),
    );
  });

  it('round-trip a link: link → stance → the same link', () => {
    fc.assert(
      fc.property(stanceArb, (stance) => {
        const link = searchFromStance(stance, criteria);
        const again = searchFromStance(stanceFromSearch(link, ids, defaults).stance, criteria);
        expect(again).toBe(link);
      }),
    );
  });

  it('writes weights in case order with bare punctuation', () => {
    const stance: Stance = {
      v: 1,
      caseId: 'demo',
      weights: { escalation: 20, protection: 80, deterrence: 0, 'long-term': 5 },
      disputes: { 'high-road': { escalation: 3 } },
    };
    expect(searchFromStance(stance, criteria)).toBe(
      'w=protection:80,deterrence:0,escalation:20,long-term:5&d=high-road.escalation:3',
    );
  });

  it('never throws and never returns an invalid stance, whatever the address says', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('w', 'd', 'm', 'r', 'e', 'x'), fc.string()),
        (params) => {
          const read = stanceFromSearch(new URLSearchParams(params), ids, defaults);
          expect(stanceSchema.safeParse(read.stance).success).toBe(true);
          expect(Object.keys(read.stance.weights).sort()).toEqual([...criteria].sort());
        },
      ),
    );
  });
});

describe('empty judgements', () => {
  it('still make a readable link: empty tiers are left out, empty lists read back empty', () => {
    const base: Stance = { v: 1, caseId: 'demo', weights: defaults };
    const cases: [Stance['elicitation'], Stance['elicitation']][] = [
      [
        { method: 'ranking', tiers: [['protection'], [], ['deterrence']] },
        { method: 'ranking', tiers: [['protection'], ['deterrence']] },
      ],
      [
        { method: 'swing', tiers: [], ratings: {} },
        { method: 'swing', tiers: [], ratings: {} },
      ],
      [
        { method: 'pairwise', judgements: [] },
        { method: 'pairwise', judgements: [] },
      ],
    ];
    for (const [written, read] of cases) {
      const r = stanceFromSearch(
        searchFromStance({ ...base, elicitation: written }),
        ids,
        defaults,
      );
      expect(r.status).toBe('ok');
      expect(r.stance.elicitation).toEqual(read);
    }
  });
});

describe('stanceFromSearch', () => {
  it('reports no stance, and the defaults, when the address has none', () => {
    expect(stanceFromSearch('?x=1', ids, defaults)).toEqual({
      stance: { v: 1, caseId: 'demo', weights: defaults },
      status: 'none',
      notice: null,
    });
  });

  it('keeps each weight on its criterion when the case reorders its criteria', () => {
    const link = 'w=protection:80,deterrence:0,escalation:20,long-term:5';
    const reordered = { ...ids, criteria: ['long-term', 'escalation', 'protection', 'deterrence'] };
    const read = stanceFromSearch(link, reordered, defaults);
    expect(read.status).toBe('ok');
    expect(read.stance.weights).toEqual({
      protection: 80,
      deterrence: 0,
      escalation: 20,
      'long-term': 5,
    });
  });

  it('gives a criterion the link lacks its default, and says so', () => {
    const extended = { ...ids, criteria: [...criteria, 'cost'] };
    const read = stanceFromSearch(
      'w=protection:80,deterrence:0,escalation:20,long-term:5',
      extended,
      { ...defaults, cost: 40 },
      { label: (k) => (k === 'cost' ? 'Cost' : k) },
    );
    expect(read.status).toBe('partial');
    expect(read.stance.weights.cost).toBe(40);
    expect(read.stance.weights.protection).toBe(80);
    expect(read.notice).toBe(
      'This link gives no weight for Cost, which the case has added since, so it starts at the default weight.',
    );
  });

  it('leaves out scores and weights for ids the case no longer has', () => {
    const read = stanceFromSearch(
      'w=protection:1,deterrence:2,escalation:3,long-term:4,gone:9&d=nowhere.protection:4,withdraw.escalation:6',
      ids,
      defaults,
    );
    expect(read.status).toBe('partial');
    expect(read.stance.weights).not.toHaveProperty('gone');
    expect(read.stance.disputes).toEqual({ withdraw: { escalation: 6 } });
    expect(read.notice).toMatch(/"gone" and "nowhere".*left out/);
  });

  it.each([
    ['w=protection:80,deterrence', /not name:value/],
    ['w=protection:101,deterrence:1', /run from 0 to 100/],
    ['w=protection:-1', /not a number/],
    ['w=1,2,3', /it has 3 numbers; this case needs 8/],
    ['w=protection:1&d=withdraw.escalation:11', /out of range/],
    ['w=protection:1&e=vote:a', /not a way of setting weights/],
    ['w=', /no weights/],
  ])('rejects %s with a notice and the defaults', (search, notice) => {
    const read = stanceFromSearch(search, ids, defaults, {
      legacyOrder: LEGACY_CRITERIA_ORDER['camp-taji-2020'],
    });
    expect(read.status).toBe('bad');
    expect(read.stance.weights).toEqual(defaults);
    expect(read.notice).toMatch(notice);
    expect(read.notice).toMatch(/default weights/);
  });
});

describe('old positional links', () => {
  const campTaji = getCase('camp-taji-2020')!;
  const taji = {
    caseId: campTaji.meta.id,
    criteria: campTaji.criteria.map((k) => k.id),
    options: campTaji.options.map((o) => o.id),
  };
  const tajiDefaults = Object.fromEntries(campTaji.criteria.map((k) => [k.id, k.defaultWeight]));

  it('decode to the same weights as the old decoder, criterion by criterion', () => {
    fc.assert(
      fc.property(fc.array(points, { minLength: 8, maxLength: 8 }), (pts) => {
        const old = decodeWeights(pts.join(','), taji.criteria.length);
        if (!old.ok) throw new Error('old decoder refused');
        const read = stanceFromSearch(`?w=${pts.join(',')}`, taji, tajiDefaults);
        expect(read.status).toBe('ok');
        expect(taji.criteria.map((k) => read.stance.weights[k])).toEqual(old.points);
      }),
    );
  });

  it('still decode to the criteria they were made for after the case reorders and grows', () => {
    const reordered = { ...taji, criteria: ['cost', ...[...taji.criteria].reverse()] };
    const read = stanceFromSearch('?w=80,100,60,70,40,30,80,40', reordered, {
      ...tajiDefaults,
      cost: 25,
    });
    expect(read.stance.weights).toEqual({
      protection: 80,
      deterrence: 100,
      'iran-influence': 60,
      'counter-isis': 70,
      escalation: 40,
      backlash: 30,
      'long-term': 80,
      feasibility: 40,
      cost: 25,
    });
    expect(read.notice).toMatch(/no weight for cost/);
  });

  it('freeze the order the case had when they were made', () => {
    expect(LEGACY_CRITERIA_ORDER['camp-taji-2020']).toHaveLength(8);
    expect([...LEGACY_CRITERIA_ORDER['camp-taji-2020']!].sort()).toEqual([...taji.criteria].sort());
  });
});

describe('hrefWithStance', () => {
  it('replaces the stance parameters and keeps the others and the hash', () => {
    const stance: Stance = { v: 1, caseId: 'demo', weights: { protection: 1 } };
    expect(hrefWithStance('http://x.test/c?w=1,2&d=a.b:1&q=keep#top', stance)).toBe(
      'http://x.test/c?q=keep&w=protection:1#top',
    );
    expect(hrefWithStance('http://x.test/c?w=1,2&q=keep', null)).toBe('http://x.test/c?q=keep');
  });
});
