import { campTaji2020 } from '@/content/camp-taji-2020';
import { caseSchema } from '@/lib/case/schema';
import { caseLabel, formatPath, validateCase } from '@/lib/case/validate';

type Json = Record<string, unknown> | unknown[];

/** A deep copy of the flagship case, free to mutate. */
function fresh(): Json {
  return structuredClone(campTaji2020) as unknown as Json;
}

/** Walks a dotted path (`options.2.assessments.escalation.score`) to the parent and key. */
function parentOf(root: Json, path: string): [Json, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node: unknown = root;
  for (const k of keys) node = (node as Record<string, unknown>)[k];
  return [node as Json, last];
}

const set = (path: string, value: unknown) => (c: Json) => {
  const [parent, key] = parentOf(c, path);
  (parent as Record<string, unknown>)[key] = value;
};

const del = (path: string) => (c: Json) => {
  const [parent, key] = parentOf(c, path);
  delete (parent as Record<string, unknown>)[key];
};

function errorsAfter(mutate: (c: Json) => void, label?: string): string[] {
  const c = fresh();
  mutate(c);
  const result = validateCase(c, label);
  return result.ok ? [] : result.errors;
}

describe('validateCase', () => {
  it('accepts the Camp Taji case', () => {
    const result = validateCase(campTaji2020);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.value.meta.id).toBe('camp-taji-2020');
    expect(result.value.options.map((o) => o.id)).toEqual([
      'withdraw',
      'low-road',
      'high-road',
      'middle-path',
    ]);
  });

  it('agrees with the raw schema on the Camp Taji case', () => {
    expect(caseSchema.safeParse(campTaji2020).success).toBe(true);
  });

  // Each row breaks one thing and names the exact line an author would see.
  const defects: [string, (c: Json) => void, string][] = [
    [
      'a score above 10',
      set('options.2.assessments.escalation.score', 12),
      'camp-taji-2020: options[high-road].assessments.escalation.score: must be between 0 and 10 (got 12)',
    ],
    [
      'a negative score',
      set('options.0.assessments.protection.score', -1),
      'camp-taji-2020: options[withdraw].assessments.protection.score: must be between 0 and 10 (got -1)',
    ],
    [
      'a range bound outside 0–10',
      set('options.0.assessments.protection.range', [6, 11]),
      'camp-taji-2020: options[withdraw].assessments.protection.range[1]: must be between 0 and 10 (got 11)',
    ],
    [
      'a range that does not contain the score',
      set('options.0.assessments.protection.range', [1, 3]),
      'camp-taji-2020: options[withdraw].assessments.protection.range: must contain the score 8 (got 1–3)',
    ],
    [
      'a range whose low exceeds its high',
      set('options.0.assessments.protection.range', [9, 6]),
      'camp-taji-2020: options[withdraw].assessments.protection.range: low must not exceed high (got 9–6)',
    ],
    [
      'a score given as text',
      set('options.0.assessments.protection.score', '8'),
      'camp-taji-2020: options[withdraw].assessments.protection.score: must be a number (got string)',
    ],
    [
      'a missing assessment',
      del('options.1.assessments.feasibility'),
      'camp-taji-2020: options[low-road].assessments.feasibility: missing assessment for criterion "feasibility"',
    ],
    [
      'an assessment naming an unknown criterion',
      set('options.3.assessments.morale', {
        score: 5,
        range: [4, 6],
        rationale: 'x',
        evidence: { kind: 'inference' },
      }),
      'camp-taji-2020: options[middle-path].assessments.morale: names unknown criterion "morale"',
    ],
    [
      'a preset naming an unknown criterion',
      set('presets.0.weights.morale', 10),
      'camp-taji-2020: presets[equal].weights.morale: names unknown criterion "morale"',
    ],
    [
      'a preset missing a criterion',
      del('presets.2.weights.escalation'),
      'camp-taji-2020: presets[force-protection].weights.escalation: missing weight for criterion "escalation"',
    ],
    [
      'a preset justification naming an unknown criterion',
      set('presets.1.justifications.morale', {
        reason: 'x',
        evidence: { kind: 'inference' },
      }),
      'camp-taji-2020: presets[author].justifications.morale: names unknown criterion "morale"',
    ],
    [
      'a preset with a negative weight',
      set('presets.1.weights.protection', -5),
      'camp-taji-2020: presets[author].weights.protection: must not be negative (got -5)',
    ],
    [
      'a preset with all-zero weights',
      set('presets.0.weights', Object.fromEntries(campTaji2020.criteria.map((k) => [k.id, 0]))),
      'camp-taji-2020: presets[equal].weights: must not all be zero',
    ],
    [
      'a duplicate option id',
      set('options.1.id', 'withdraw'),
      'camp-taji-2020: options[1].id: duplicate option id "withdraw" (first used at index 0)',
    ],
    [
      'a duplicate criterion id',
      set('criteria.7.id', 'protection'),
      'camp-taji-2020: criteria[7].id: duplicate criterion id "protection" (first used at index 0)',
    ],
    [
      'a duplicate risk id within an option',
      set('options.0.risks.1.id', 'drawn-back'),
      'camp-taji-2020: options[withdraw].risks[1].id: duplicate risk id "drawn-back" (first used at index 0)',
    ],
    [
      'a duplicate preset id',
      set('presets.5.id', 'equal'),
      'camp-taji-2020: presets[5].id: duplicate preset id "equal" (first used at index 0)',
    ],
    [
      'a duplicate actor id',
      set('actors.1.id', 'united-states'),
      'camp-taji-2020: actors[1].id: duplicate actor id "united-states" (first used at index 0)',
    ],
    [
      'a duplicate annotation id',
      set('annotations.1.id', 'british-aircraft'),
      'camp-taji-2020: annotations[1].id: duplicate annotation id "british-aircraft" (first used at index 0)',
    ],
    [
      'a duplicate question id',
      set('teaching.questions.1.id', 'high-road-deterrence'),
      'camp-taji-2020: teaching.questions[1].id: duplicate question id "high-road-deterrence" (first used at index 0)',
    ],
    [
      '`author` evidence with an empty quote',
      set('options.0.assessments.deterrence.evidence.quote', ''),
      'camp-taji-2020: options[withdraw].assessments.deterrence.evidence.quote: must not be empty',
    ],
    [
      '`author` evidence with a blank quote',
      set('options.0.assessments.deterrence.evidence.quote', '   '),
      'camp-taji-2020: options[withdraw].assessments.deterrence.evidence.quote: must not be empty',
    ],
    [
      '`author` evidence with no quote',
      del('options.0.assessments.deterrence.evidence.quote'),
      'camp-taji-2020: options[withdraw].assessments.deterrence.evidence.quote: is required',
    ],
    [
      '`fact` evidence with no source',
      del('options.0.assessments.backlash.evidence.source'),
      'camp-taji-2020: options[withdraw].assessments.backlash.evidence.source: is required',
    ],
    [
      'an unknown evidence kind',
      set('options.0.assessments.protection.evidence', { kind: 'opinion' }),
      'camp-taji-2020: options[withdraw].assessments.protection.evidence.kind: must be one of "author", "fact", "inference" (got "opinion")',
    ],
    ['a missing required field', del('meta.title'), 'camp-taji-2020: meta.title: is required'],
    [
      'a misspelt field name',
      set('options.0.favoredBy', []),
      'camp-taji-2020: options[withdraw]: has unknown field "favoredBy"',
    ],
    [
      'a risk likelihood off the 1–5 scale',
      set('options.0.risks.0.likelihood', 6),
      'camp-taji-2020: options[withdraw].risks[drawn-back].likelihood: must be a whole number from 1 to 5 (got 6)',
    ],
    [
      'a fractional risk impact',
      set('options.0.risks.0.impact', 2.5),
      'camp-taji-2020: options[withdraw].risks[drawn-back].impact: must be a whole number from 1 to 5 (got 2.5)',
    ],
    [
      'a date in the wrong format',
      set('context.timeline.0.date', '27 Dec 2019'),
      'camp-taji-2020: context.timeline[0].date: must be a date written YYYY-MM-DD (got "27 Dec 2019")',
    ],
    [
      'a date that does not exist',
      set('context.timeline.0.date', '2020-02-31'),
      'camp-taji-2020: context.timeline[0].date: must be a real calendar date (got "2020-02-31")',
    ],
    [
      'an id that is not kebab-case',
      set('options.0.id', 'Withdraw'),
      'camp-taji-2020: options[0].id: must be lower-case kebab-case (a-z, 0-9, hyphens) (got "Withdraw")',
    ],
    [
      'an option favoured by an unknown actor',
      set('options.0.favouredBy', ['nobody']),
      'camp-taji-2020: options[withdraw].favouredBy[0]: names unknown actor "nobody"',
    ],
    [
      'an actor stance on an unknown option',
      set('actors.0.stances.stay-forever', { effect: 'serves', note: 'x' }),
      'camp-taji-2020: actors[united-states].stances["stay-forever"]: names unknown option "stay-forever"',
    ],
    [
      'an unknown stance effect',
      set('actors.0.stances.withdraw.effect', 'helps'),
      'camp-taji-2020: actors[united-states].stances.withdraw.effect: must be one of "serves", "harms", "mixed" (got "helps")',
    ],
    [
      'a question related to an unknown id',
      set('teaching.questions.0.relatesTo', ['nope']),
      'camp-taji-2020: teaching.questions[high-road-deterrence].relatesTo[0]: names unknown option or criterion "nope"',
    ],
    [
      'an option with no risks',
      set('options.2.risks', []),
      'camp-taji-2020: options[high-road].risks: must list at least one risk',
    ],
    [
      'a source URL that is not a URL',
      set('context.timeline.0.source.url', 'csis missile threat'),
      'camp-taji-2020: context.timeline[0].source.url: must be a valid url (got "csis missile threat")',
    ],
    [
      'a default weight above 100',
      set('criteria.0.defaultWeight', 120),
      'camp-taji-2020: criteria[protection].defaultWeight: must be between 0 and 100 (got 120)',
    ],
    [
      'a case without an equal preset',
      set('presets.0.id', 'neutral'),
      'camp-taji-2020: presets: must include a preset with id "equal" that weighs every criterion the same',
    ],
    [
      'an equal preset that is not equal',
      set('presets.0.weights.protection', 60),
      'camp-taji-2020: presets[equal].weights: the "equal" preset must give every criterion the same weight (got 60, 50, 50, 50, 50, 50, 50, 50)',
    ],
    [
      'a source with an author but no author preset',
      set('presets.1.id', 'authors-view'),
      'camp-taji-2020: presets: must include a preset with id "author": the author\'s priorities as you read them, which the explorer compares the reader\'s weights with',
    ],
    [
      'an author preset without a source',
      del('meta.source'),
      'camp-taji-2020: presets[author].id: an "author" preset needs a source article with an author (meta.source.author); rename it',
    ],
    [
      'an article option without a source',
      del('meta.source'),
      'camp-taji-2020: options[withdraw].kind: is "article-option", but the case has no source article (meta.source): use "option" (and recommendedBy, if someone recommends it)',
    ],
    [
      'author evidence without a source',
      del('meta.source'),
      'camp-taji-2020: options[withdraw].assessments.deterrence.evidence.kind: is "author", but the case has no source article (meta.source): use "fact" or "inference"',
    ],
    [
      'an author recommendation that also names who recommends it',
      set('options.3.recommendedBy', 'the course instructor'),
      'camp-taji-2020: options[middle-path].recommendedBy: must be left out: an author-recommendation is recommended by the article’s author',
    ],
    [
      'quotation marks in our own words',
      set('options.0.assessments.protection.rationale', 'As the article puts it, “leave”.'),
      'camp-taji-2020: options[withdraw].assessments.protection.rationale: must be in our own words, without quotation marks: put the article’s words in an "author" quote',
    ],
    [
      'an option sharing its id with a criterion',
      set('options.0.id', 'protection'),
      'camp-taji-2020: options[protection].id: id "protection" is already used by a criterion; ids of options, criteria and actors must differ',
    ],
    [
      'risk scale words for only four levels',
      set('riskScales.impact', [
        { label: 'a', meaning: 'b' },
        { label: 'c', meaning: 'd' },
        { label: 'e', meaning: 'f' },
        { label: 'g', meaning: 'h' },
      ]),
      'camp-taji-2020: riskScales.impact: must word all five levels, from 1 to 5',
    ],
  ];

  it.each(defects)('rejects %s with a precise message', (_name, mutate, expected) => {
    expect(errorsAfter(mutate)).toContain(expected);
  });

  it('reports a defect once, not again as a range that misses the bad score', () => {
    const errors = errorsAfter(set('options.2.assessments.escalation.score', 12));
    expect(errors).toEqual([
      'camp-taji-2020: options[high-road].assessments.escalation.score: must be between 0 and 10 (got 12)',
    ]);
  });

  it('reports independent defects together', () => {
    const errors = errorsAfter((c) => {
      set('options.2.assessments.escalation.score', 12)(c);
      set('presets.1.weights.protection', -5)(c);
      del('options.1.assessments.feasibility')(c);
    });
    expect(errors).toHaveLength(3);
  });

  it('falls back to "(unknown case)" when meta.id is unreadable', () => {
    const errors = errorsAfter(del('meta.id'));
    expect(errors).toContain('(unknown case): meta.id: is required');
  });

  it('uses the given label when meta.id is unreadable', () => {
    const errors = errorsAfter(set('meta', 'oops'), 'broken.json');
    expect(errors).toEqual(['broken.json: meta: must be an object (got string)']);
  });

  it('rejects input that is not an object at all', () => {
    const result = validateCase(null);
    expect(result).toEqual({
      ok: false,
      errors: ['(unknown case): (case): must be an object (got null)'],
    });
  });
});

describe('formatPath', () => {
  it.each([
    [
      ['options', 2, 'assessments', 'escalation', 'score'],
      'options[2].assessments.escalation.score',
    ],
    [['options', 0, 'assessments', 'counter-isis'], 'options[0].assessments["counter-isis"]'],
    [[], '(case)'],
    [[0, 'a'], '[0].a'],
  ] as const)('writes %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('caseLabel', () => {
  it('reads meta.id when it is text', () => {
    expect(caseLabel({ meta: { id: 'x' } })).toBe('x');
  });

  it.each([null, 'text', {}, { meta: null }, { meta: { id: 3 } }, { meta: { id: ' ' } }])(
    'falls back for %j',
    (input) => {
      expect(caseLabel(input, 'fallback')).toBe('fallback');
    },
  );
});
