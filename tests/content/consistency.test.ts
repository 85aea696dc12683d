import { caseIds, getCase } from '@/content/index';
import { ANCHOR_TOLERANCE, scaleMismatches } from '@/lib/case/consistency';
import type { Case } from '@/lib/case/schema';

const ids = caseIds();

describe.each(ids)('scores and rationales of %s', (id) => {
  const c = getCase(id)!;

  it('keeps every score inside its own stated range', () => {
    const outside = c.options.flatMap((o) =>
      Object.entries(o.assessments)
        .filter(([, a]) => a.score < a.range[0] || a.score > a.range[1])
        .map(([k]) => `${o.id}.${k}`),
    );
    expect(outside).toEqual([]);
  });

  it(`scores within ${ANCHOR_TOLERANCE} of any scale anchor its rationale names`, () => {
    expect(scaleMismatches(c)).toEqual([]);
  });
});

/** A two-option case whose second rationale describes the status quo under a score of 2. */
function sample(rationale: string, score: number): Case {
  const base = getCase(ids[0]!)!;
  const k = base.criteria[0]!;
  const o = base.options[0]!;
  return {
    ...base,
    criteria: [k],
    options: [
      {
        ...o,
        assessments: { [k.id]: { ...o.assessments[k.id]!, rationale, score, range: [0, 10] } },
      },
    ],
  };
}

describe('scaleMismatches', () => {
  const k = getCase(ids[0]!)!.criteria[0]!;

  it('flags a rationale that repeats the words for 5 under a score of 2', () => {
    const found = scaleMismatches(sample(`In short: ${k.scale[5].toLowerCase()}.`, 2));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ anchor: 5, score: 2 });
    expect(found[0]!.path).toMatch(/^options\[[a-z-]+\]\.assessments\[[a-z-]+\]$/);
  });

  it('accepts the same words under a score within one point of 5', () => {
    expect(scaleMismatches(sample(`In short: ${k.scale[5]}.`, 4))).toEqual([]);
    expect(scaleMismatches(sample(`In short: ${k.scale[5]}.`, 6))).toEqual([]);
  });

  it('flags the words for 10 under a score of 7', () => {
    expect(scaleMismatches(sample(k.scale[10], 7))).toMatchObject([{ anchor: 10 }]);
  });

  it('leaves a rationale that names no anchor alone', () => {
    expect(scaleMismatches(sample('Our own reasons, in other words.', 0))).toEqual([]);
  });
});
