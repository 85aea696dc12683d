import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeWeights,
  describeWeightsProblem,
  encodeWeights,
  hrefWithWeights,
  weightsFromSearch,
  type DecodedWeights,
} from '@/lib/explorer/url-codec';

describe('decodeWeights', () => {
  const cases: [string, string, number, DecodedWeights][] = [
    ['valid', '50,80,20', 3, { ok: true, points: [50, 80, 20] }],
    ['bounds', '0,100,0', 3, { ok: true, points: [0, 100, 0] }],
    ['spaces around entries', ' 50 , 80,20 ', 3, { ok: true, points: [50, 80, 20] }],
    ['decimals round to whole points', '12.4,12.6,0', 3, { ok: true, points: [12, 13, 0] }],
    ['too few', '50,80', 3, { ok: false, problem: { kind: 'count', expected: 3, got: 2 } }],
    ['too many', '1,2,3,4', 3, { ok: false, problem: { kind: 'count', expected: 3, got: 4 } }],
    [
      'trailing comma',
      '50,80,20,',
      3,
      { ok: false, problem: { kind: 'count', expected: 3, got: 4 } },
    ],
    [
      'doubled comma',
      '50,,20',
      3,
      { ok: false, problem: { kind: 'not-a-number', position: 2, value: '' } },
    ],
    [
      'NaN',
      '50,NaN,20',
      3,
      { ok: false, problem: { kind: 'not-a-number', position: 2, value: 'NaN' } },
    ],
    [
      'Infinity',
      'Infinity,1,2',
      3,
      { ok: false, problem: { kind: 'not-a-number', position: 1, value: 'Infinity' } },
    ],
    [
      'hex',
      '0x10,1,2',
      3,
      { ok: false, problem: { kind: 'not-a-number', position: 1, value: '0x10' } },
    ],
    [
      'exponent',
      '1e2,1,2',
      3,
      { ok: false, problem: { kind: 'not-a-number', position: 1, value: '1e2' } },
    ],
    ['garbage', 'hello', 3, { ok: false, problem: { kind: 'count', expected: 3, got: 1 } }],
    [
      'garbage of the right length',
      'a,b,c',
      3,
      { ok: false, problem: { kind: 'not-a-number', position: 1, value: 'a' } },
    ],
    [
      'negative',
      '50,-1,20',
      3,
      { ok: false, problem: { kind: 'out-of-range', position: 2, value: -1 } },
    ],
    [
      'over 100',
      '50,80,101',
      3,
      { ok: false, problem: { kind: 'out-of-range', position: 3, value: 101 } },
    ],
    ['empty', '', 3, { ok: false, problem: { kind: 'empty' } }],
    ['only spaces', '   ', 3, { ok: false, problem: { kind: 'empty' } }],
  ];
  it.each(cases)('%s: %j', (_name, value, count, expected) => {
    expect(decodeWeights(value, count)).toEqual(expected);
  });

  it('round-trips any whole points 0–100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 }),
        (points) => {
          expect(decodeWeights(encodeWeights(points), points.length)).toEqual({ ok: true, points });
        },
      ),
    );
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 10 }), (value, count) => {
        const result = decodeWeights(value, count);
        if (result.ok) {
          expect(result.points).toHaveLength(count);
          result.points.forEach((p) => expect(p >= 0 && p <= 100).toBe(true));
        }
      }),
    );
  });
});

describe('encodeWeights', () => {
  it('writes whole numbers clamped to 0–100, so the link always decodes', () => {
    expect(encodeWeights([50.4, -3, 250, Number.NaN])).toBe('50,0,100,0');
  });
});

describe('weightsFromSearch', () => {
  it('is null when the address has no w', () => {
    expect(weightsFromSearch('?x=1', 3)).toBeNull();
    expect(weightsFromSearch('', 3)).toBeNull();
  });
  it('reads w with or without the question mark, and with an encoded comma', () => {
    expect(weightsFromSearch('?w=1,2,3', 3)).toEqual({ ok: true, points: [1, 2, 3] });
    expect(weightsFromSearch('w=1%2C2%2C3&x=1', 3)).toEqual({ ok: true, points: [1, 2, 3] });
  });
  it('reports an empty w as a problem, not as null', () => {
    expect(weightsFromSearch('?w=', 3)).toEqual({ ok: false, problem: { kind: 'empty' } });
  });
});

describe('hrefWithWeights', () => {
  it('sets w with bare commas and keeps other parameters and the hash', () => {
    expect(hrefWithWeights('http://x.test/cases/a?theme=1#matrix', [1, 2, 3])).toBe(
      'http://x.test/cases/a?theme=1&w=1,2,3#matrix',
    );
  });
  it('replaces an existing w and removes it for null', () => {
    expect(hrefWithWeights('http://x.test/a?w=bad', [4, 5])).toBe('http://x.test/a?w=4,5');
    expect(hrefWithWeights('http://x.test/a?w=bad', null)).toBe('http://x.test/a');
  });
});

describe('describeWeightsProblem', () => {
  it.each([
    [{ kind: 'empty' } as const, /no weights/],
    [{ kind: 'count', expected: 8, got: 3 } as const, /it has 3 numbers; this case needs 8/],
    [{ kind: 'count', expected: 8, got: 1 } as const, /it has 1 number;/],
    [
      { kind: 'not-a-number', position: 2, value: 'abcdefghijklmnop' } as const,
      /entry 2, "abcdefghijk…", is not a number/,
    ],
    [
      { kind: 'out-of-range', position: 3, value: 101 } as const,
      /entry 3 is 101; weights run from 0 to 100/,
    ],
  ])('explains %j and says what happens instead', (problem, pattern) => {
    const text = describeWeightsProblem(problem);
    expect(text).toMatch(pattern);
    expect(text).toMatch(/default weights/);
  });
});
