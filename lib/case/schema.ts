import { z } from 'zod';

/**
 * The one schema every case follows. Types are inferred from it (see the exports at the
 * bottom); never write them by hand. Objects are strict, so a misspelt field name is reported
 * rather than silently dropped. Cross-references (assessments naming criteria, presets,
 * actor ids, unique ids) are checked in `superRefine`, so a defect is reported at its exact path.
 */

/** Lower-case kebab-case identifier, e.g. `middle-path`. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case kebab-case (a-z, 0-9, hyphens)');

/** A calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  // Date.parse rolls 2020-02-31 over to 2 March, so compare the round trip instead.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'must be a real calendar date');

const text = z.string().trim().min(1, 'must not be empty');

/** Where an established fact comes from. */
export const sourceRefSchema = z.strictObject({
  publication: text,
  /** The headline as published; leave it out rather than give one you could not confirm. */
  title: text.optional(),
  date: isoDateSchema,
  author: text.optional(),
  /**
   * True when the author's name comes from an attribution (a repost, a listing) rather than a
   * byline you have seen; the name is then shown as "attributed to …".
   */
  authorAttributed: z.boolean().optional(),
  url: z.url().optional(),
});

/**
 * What a judgement rests on: the article's own words (`author`, with a verbatim quote),
 * an established fact (`fact`, with its source), or our own reading (`inference`).
 */
export const evidenceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('author'),
    quote: text,
  }),
  z.strictObject({
    kind: z.literal('fact'),
    /** The fact in our own words. */
    fact: text,
    source: sourceRefSchema,
  }),
  z.strictObject({
    kind: z.literal('inference'),
    /** What the inference rests on, in our own words (optional beyond the rationale). */
    basis: text.optional(),
  }),
]);

/** A score on the 0–10 scale; higher is always better. */
const score = z
  .number({ error: 'must be a number' })
  .min(0, 'must be between 0 and 10')
  .max(10, 'must be between 0 and 10');

export const assessmentSchema = z
  .object({
    score,
    /** The plausible range of the score, [low, high], containing it. */
    range: z.tuple([score, score]),
    rationale: text,
    evidence: evidenceSchema,
  })
  .superRefine((a, ctx) => {
    const [low, high] = a.range;
    // An out-of-range score is already reported at `score`; saying the range misses it too is noise.
    if (a.score < 0 || a.score > 10) return;
    if (low > high) {
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: `low must not exceed high (got ${low}–${high})`,
      });
    } else if (a.score < low || a.score > high) {
      ctx.addIssue({
        code: 'custom',
        path: ['range'],
        message: `must contain the score ${a.score} (got ${low}–${high})`,
      });
    }
  });

/** A 1–5 level of a risk's likelihood or impact, worded by the case's risk scales. */
const level = z
  .number()
  .int('must be a whole number from 1 to 5')
  .min(1, 'must be a whole number from 1 to 5')
  .max(5, 'must be a whole number from 1 to 5');

/** One step of a 1–5 risk scale: a short label and what it means. */
export const scaleStepSchema = z.strictObject({ label: text, meaning: text });

/** Five steps, index 0 = level 1. */
const fiveSteps = z.array(scaleStepSchema).length(5, 'must word all five levels, from 1 to 5');

/**
 * A case's own words for the 1–5 risk scales (optional; each defaults to LIKELIHOOD_SCALE or
 * IMPACT_SCALE). Word impact for what is at stake in the case: "loss of life or of a core U.S.
 * aim" suits one case and not another.
 */
export const riskScalesSchema = z.strictObject({
  likelihood: fiveSteps.optional(),
  impact: fiveSteps.optional(),
});

/** Default words for the 1–5 likelihood scale of a risk, index 0 = level 1. */
export const LIKELIHOOD_SCALE = [
  { level: 1, label: 'Rare', meaning: 'would surprise most observers' },
  { level: 2, label: 'Unlikely', meaning: 'possible, but less likely than not' },
  { level: 3, label: 'Possible', meaning: 'about as likely as not' },
  { level: 4, label: 'Likely', meaning: 'more likely than not' },
  { level: 5, label: 'Almost certain', meaning: 'expected unless something changes' },
] as const;

/** Default words for the 1–5 impact scale of a risk, index 0 = level 1. */
export const IMPACT_SCALE = [
  { level: 1, label: 'Minimal', meaning: 'a passing setback, easily absorbed' },
  { level: 2, label: 'Minor', meaning: 'a setback that costs time or standing' },
  { level: 3, label: 'Moderate', meaning: 'a lasting setback to one aim' },
  { level: 4, label: 'Major', meaning: 'serious, lasting harm to a core aim' },
  { level: 5, label: 'Severe', meaning: 'the worst outcome the case considers' },
] as const;

/** One step of a risk scale as shown: its level, label and meaning. */
export interface RiskScaleStep {
  readonly level: number;
  readonly label: string;
  readonly meaning: string;
}

/** The words for a case's 1–5 risk scales: its own where it gives them, else the defaults. */
export function riskScalesOf(c: { riskScales?: RiskScales | undefined }): {
  likelihood: readonly RiskScaleStep[];
  impact: readonly RiskScaleStep[];
} {
  const steps = (
    own: readonly { label: string; meaning: string }[] | undefined,
    fallback: readonly RiskScaleStep[],
  ) => (own ? own.map((s, i) => ({ level: i + 1, label: s.label, meaning: s.meaning })) : fallback);
  return {
    likelihood: steps(c.riskScales?.likelihood, LIKELIHOOD_SCALE),
    impact: steps(c.riskScales?.impact, IMPACT_SCALE),
  };
}

export const riskSchema = z.strictObject({
  id: idSchema,
  description: text,
  likelihood: level,
  impact: level,
  evidence: evidenceSchema,
});

export const tradeOffSchema = z.strictObject({
  gains: text,
  givesUp: text,
  evidence: evidenceSchema,
});

/**
 * Where an option comes from: one the source article names (`article-option`), the article
 * author's own recommendation (`author-recommendation`), or neither (`option`: yours, or a
 * course's). The first two need a source article (`meta.source`).
 */
export const optionKindSchema = z.enum(['option', 'article-option', 'author-recommendation']);

export const optionSchema = z.strictObject({
  id: idSchema,
  label: text,
  /**
   * A short name for sentences, rankings and narrow columns ("The middle path"); the label is
   * used where there is room. Defaults to the label.
   */
  shortLabel: text.max(24, 'must be at most 24 characters').optional(),
  summary: text,
  kind: optionKindSchema,
  /**
   * Who recommends this option, if anyone other than the article's author, as it reads after
   * "Recommended by": e.g. `the course instructor`. Leave it out when no one does.
   */
  recommendedBy: text.optional(),
  /** The concrete actions the option involves. */
  actions: z.array(text).min(1, 'must list at least one action'),
  /** Actor ids of those who favour it. */
  favouredBy: z.array(idSchema),
  /** The article's own words on this option: short verbatim quotes (none without a source). */
  articleWords: z.array(text),
  risks: z.array(riskSchema).min(1, 'must list at least one risk'),
  tradeOffs: z.array(tradeOffSchema).min(1, 'must list at least one trade-off'),
  /** One assessment per criterion, keyed by criterion id. */
  assessments: z.record(z.string(), assessmentSchema),
});

export const criterionSchema = z.strictObject({
  id: idSchema,
  label: text,
  /** A one-sentence question phrased so that a higher score is better. */
  question: text,
  /** Words for the ends and middle of the 0–10 scale. */
  scale: z.strictObject({ 0: text, 5: text, 10: text }),
  group: text,
  /** Default importance points, 0–100 (normalised before use). */
  defaultWeight: z
    .number()
    .min(0, 'must be between 0 and 100')
    .max(100, 'must be between 0 and 100'),
});

export const actorStanceSchema = z.strictObject({
  effect: z.enum(['serves', 'harms', 'mixed']),
  note: text,
});

export const actorSchema = z.strictObject({
  id: idSchema,
  name: text,
  wants: text,
  /** How each option serves or harms this actor, keyed by option id. */
  stances: z.record(z.string(), actorStanceSchema),
});

export const timelineEventSchema = z.strictObject({
  date: isoDateSchema,
  event: text,
  source: sourceRefSchema,
});

export const presetSchema = z.strictObject({
  id: idSchema,
  label: text,
  rationale: text,
  /** Importance points per criterion id (normalised before use). */
  weights: z.record(z.string(), z.number({ error: 'must be a number' })),
  /** Optional per-criterion justification, keyed by criterion id. */
  justifications: z
    .record(z.string(), z.strictObject({ reason: text, evidence: evidenceSchema }))
    .optional(),
});

export const annotationSchema = z.strictObject({
  id: idSchema,
  /** The article's words being annotated (verbatim). */
  claim: text,
  status: z.enum(['disputed', 'qualified', 'context']),
  note: text,
  sources: z.array(sourceRefSchema).min(1, 'must cite at least one source'),
});

export const discussionQuestionSchema = z.strictObject({
  id: idSchema,
  question: text,
  /** Option or criterion ids the question turns on (optional). */
  relatesTo: z.array(idSchema).optional(),
});

export const glossaryEntrySchema = z.strictObject({
  term: text,
  /** The expansion of an abbreviation, if it is one. */
  expansion: text.optional(),
  definition: text,
});

export const caseMetaSchema = z.strictObject({
  id: idSchema,
  title: text,
  question: text,
  decider: text,
  asOf: isoDateSchema,
  /**
   * The published argument the case is drawn from, if any. Without one, the case has no
   * `author` evidence, article words, annotations or `author` preset, and every option is of
   * kind `option`.
   */
  source: sourceRefSchema.optional(),
});

const baseCaseSchema = z.strictObject({
  meta: caseMetaSchema,
  context: z.strictObject({
    summary: z.array(text).min(1, 'must have at least one paragraph'),
    timeline: z.array(timelineEventSchema),
    /**
     * What happened after the case's `asOf` date, kept apart from the timeline so that a class
     * can test the argument against events without the case pretending to know them.
     */
    afterwards: z.array(timelineEventSchema).optional(),
  }),
  actors: z.array(actorSchema),
  criteria: z.array(criterionSchema).min(2, 'must have at least two criteria'),
  riskScales: riskScalesSchema.optional(),
  options: z.array(optionSchema).min(2, 'must have at least two options'),
  presets: z.array(presetSchema).min(1, 'must have at least one preset'),
  annotations: z.array(annotationSchema),
  teaching: z.strictObject({
    questions: z.array(discussionQuestionSchema),
    glossary: z.array(glossaryEntrySchema),
  }),
});

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function reportDuplicates(
  ids: readonly string[],
  path: (i: number) => Path,
  what: string,
  ctx: Ctx,
) {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: path(i),
        message: `duplicate ${what} id "${id}" (first used at index ${first})`,
      });
  });
}

function reportUnknownKeys(
  keys: readonly string[],
  known: ReadonlySet<string>,
  path: (k: string) => Path,
  what: string,
  ctx: Ctx,
) {
  for (const k of keys) {
    if (!known.has(k))
      ctx.addIssue({ code: 'custom', path: path(k), message: `names unknown ${what} "${k}"` });
  }
}

/** The id of the preset that weighs every criterion the same; every case has one. */
export const EQUAL_PRESET_ID = 'equal';
/** The id of the preset holding the source author's priorities, as the case reads them. */
export const AUTHOR_PRESET = 'author';

type BaseCase = z.infer<typeof baseCaseSchema>;

/** Every case has an `equal` preset; an `author` preset exactly when the source has an author. */
function reportPresetRules(c: BaseCase, ctx: Ctx) {
  const equalAt = c.presets.findIndex((p) => p.id === EQUAL_PRESET_ID);
  if (equalAt < 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['presets'],
      message: `must include a preset with id "${EQUAL_PRESET_ID}" that weighs every criterion the same`,
    });
  } else {
    const weights = c.criteria.map((k) => c.presets[equalAt]!.weights[k.id]);
    if (weights.some((w) => w !== weights[0])) {
      ctx.addIssue({
        code: 'custom',
        path: ['presets', equalAt, 'weights'],
        message: `the "${EQUAL_PRESET_ID}" preset must give every criterion the same weight (got ${weights.join(', ')})`,
      });
    }
  }
  const authorAt = c.presets.findIndex((p) => p.id === AUTHOR_PRESET);
  const hasAuthor = Boolean(c.meta.source?.author);
  if (authorAt >= 0 && !hasAuthor) {
    ctx.addIssue({
      code: 'custom',
      path: ['presets', authorAt, 'id'],
      message: `an "${AUTHOR_PRESET}" preset needs a source article with an author (meta.source.author); rename it`,
    });
  } else if (authorAt < 0 && hasAuthor) {
    ctx.addIssue({
      code: 'custom',
      path: ['presets'],
      message: `must include a preset with id "${AUTHOR_PRESET}": the author's priorities as you read them, which the explorer compares the reader's weights with`,
    });
  }
}

/** Without a source article there is nothing to quote, annotate or attribute options to. */
function reportSourceRules(c: BaseCase, ctx: Ctx) {
  const hasSource = c.meta.source !== undefined;
  const authorEvidence = (e: Evidence, path: Path) => {
    if (!hasSource && e.kind === 'author')
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'kind'],
        message:
          'is "author", but the case has no source article (meta.source): use "fact" or "inference"',
      });
  };
  c.options.forEach((o, i) => {
    if (!hasSource && o.kind !== 'option')
      ctx.addIssue({
        code: 'custom',
        path: ['options', i, 'kind'],
        message: `is "${o.kind}", but the case has no source article (meta.source): use "option" (and recommendedBy, if someone recommends it)`,
      });
    if (o.kind === 'author-recommendation' && o.recommendedBy !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['options', i, 'recommendedBy'],
        message:
          'must be left out: an author-recommendation is recommended by the article’s author',
      });
    if (!hasSource && o.articleWords.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['options', i, 'articleWords'],
        message: 'must be empty: the case has no source article (meta.source) to quote',
      });
    for (const [k, a] of Object.entries(o.assessments))
      authorEvidence(a.evidence, ['options', i, 'assessments', k, 'evidence']);
    o.risks.forEach((r, j) => authorEvidence(r.evidence, ['options', i, 'risks', j, 'evidence']));
    o.tradeOffs.forEach((t, j) =>
      authorEvidence(t.evidence, ['options', i, 'tradeOffs', j, 'evidence']),
    );
  });
  c.presets.forEach((p, i) => {
    for (const [k, j] of Object.entries(p.justifications ?? {}))
      authorEvidence(j.evidence, ['presets', i, 'justifications', k, 'evidence']);
  });
  if (!hasSource && c.annotations.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['annotations'],
      message: 'must be empty: annotations note claims in a source article, and the case has none',
    });
}

/** Fields that hold someone else's words or a published title; quotation marks belong there. */
const QUOTED_FIELDS = new Set(['quote', 'claim', 'articleWords', 'title']);
const QUOTATION_MARK = /["“”«»„]/;

/**
 * Our own prose carries no quotation marks: the article's words go in an `author` quote, where
 * they are checked and shown as a quote. (Apostrophes are fine.)
 */
function reportQuotationMarks(node: unknown, path: Path, ctx: Ctx) {
  if (typeof node === 'string') {
    if (QUOTATION_MARK.test(node))
      ctx.addIssue({
        code: 'custom',
        path,
        message:
          'must be in our own words, without quotation marks: put the article’s words in an "author" quote',
      });
  } else if (Array.isArray(node)) {
    node.forEach((v, i) => reportQuotationMarks(v, [...path, i], ctx));
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (!QUOTED_FIELDS.has(k)) reportQuotationMarks(v, [...path, k], ctx);
    }
  }
}

/**
 * The full case schema, with cross-reference checks. Parse with `caseSchema.safeParse` and
 * format issues with `formatCaseIssues` (lib/case/validate.ts) for path-precise messages.
 */
export const caseSchema = baseCaseSchema.superRefine((c, ctx) => {
  const criterionIds = new Set(c.criteria.map((k) => k.id));
  const optionIds = new Set(c.options.map((o) => o.id));
  const actorIds = new Set(c.actors.map((a) => a.id));

  reportDuplicates(
    c.criteria.map((k) => k.id),
    (i) => ['criteria', i, 'id'],
    'criterion',
    ctx,
  );
  reportDuplicates(
    c.options.map((o) => o.id),
    (i) => ['options', i, 'id'],
    'option',
    ctx,
  );
  reportDuplicates(
    c.actors.map((a) => a.id),
    (i) => ['actors', i, 'id'],
    'actor',
    ctx,
  );
  reportDuplicates(
    c.presets.map((p) => p.id),
    (i) => ['presets', i, 'id'],
    'preset',
    ctx,
  );
  reportDuplicates(
    c.annotations.map((a) => a.id),
    (i) => ['annotations', i, 'id'],
    'annotation',
    ctx,
  );
  reportDuplicates(
    c.teaching.questions.map((q) => q.id),
    (i) => ['teaching', 'questions', i, 'id'],
    'question',
    ctx,
  );

  // Options and criteria share one namespace (a question's relatesTo may name either), and
  // actors join them so that a stance or favouredBy can never be read as the wrong thing.
  const owner = new Map<string, string>();
  const claim = (id: string, what: string, path: Path) => {
    const first = owner.get(id);
    if (first === undefined) owner.set(id, what);
    else if (first !== what)
      ctx.addIssue({
        code: 'custom',
        path,
        message: `id "${id}" is already used by ${first === 'actor' ? 'an' : 'a'} ${first}; ids of options, criteria and actors must differ`,
      });
  };
  c.criteria.forEach((k, i) => claim(k.id, 'criterion', ['criteria', i, 'id']));
  c.options.forEach((o, i) => claim(o.id, 'option', ['options', i, 'id']));
  c.actors.forEach((a, i) => claim(a.id, 'actor', ['actors', i, 'id']));

  reportPresetRules(c, ctx);
  reportSourceRules(c, ctx);
  reportQuotationMarks(c, [], ctx);

  if (c.criteria.every((k) => k.defaultWeight === 0)) {
    ctx.addIssue({
      code: 'custom',
      path: ['criteria'],
      message: 'default weights must not all be zero',
    });
  }

  c.options.forEach((o, i) => {
    reportDuplicates(
      o.risks.map((r) => r.id),
      (j) => ['options', i, 'risks', j, 'id'],
      'risk',
      ctx,
    );
    for (const k of c.criteria) {
      if (!(k.id in o.assessments)) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'assessments', k.id],
          message: `missing assessment for criterion "${k.id}"`,
        });
      }
    }
    reportUnknownKeys(
      Object.keys(o.assessments),
      criterionIds,
      (k) => ['options', i, 'assessments', k],
      'criterion',
      ctx,
    );
    o.favouredBy.forEach((a, j) => {
      if (!actorIds.has(a))
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'favouredBy', j],
          message: `names unknown actor "${a}"`,
        });
    });
  });

  c.actors.forEach((a, i) => {
    reportUnknownKeys(
      Object.keys(a.stances),
      optionIds,
      (k) => ['actors', i, 'stances', k],
      'option',
      ctx,
    );
  });

  c.presets.forEach((p, i) => {
    reportUnknownKeys(
      Object.keys(p.weights),
      criterionIds,
      (k) => ['presets', i, 'weights', k],
      'criterion',
      ctx,
    );
    for (const k of c.criteria) {
      if (!(k.id in p.weights)) {
        ctx.addIssue({
          code: 'custom',
          path: ['presets', i, 'weights', k.id],
          message: `missing weight for criterion "${k.id}"`,
        });
      }
    }
    for (const [k, w] of Object.entries(p.weights)) {
      if (w < 0)
        ctx.addIssue({
          code: 'custom',
          path: ['presets', i, 'weights', k],
          message: `must not be negative (got ${w})`,
        });
    }
    if (Object.values(p.weights).every((w) => w <= 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['presets', i, 'weights'],
        message: 'must not all be zero',
      });
    }
    if (p.justifications) {
      reportUnknownKeys(
        Object.keys(p.justifications),
        criterionIds,
        (k) => ['presets', i, 'justifications', k],
        'criterion',
        ctx,
      );
    }
  });

  c.teaching.questions.forEach((q, i) => {
    q.relatesTo?.forEach((id, j) => {
      if (!optionIds.has(id) && !criterionIds.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['teaching', 'questions', i, 'relatesTo', j],
          message: `names unknown option or criterion "${id}"`,
        });
      }
    });
  });
});

export type SourceRef = z.infer<typeof sourceRefSchema>;
export type RiskScales = z.infer<typeof riskScalesSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type EvidenceKind = Evidence['kind'];
export type Assessment = z.infer<typeof assessmentSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type TradeOff = z.infer<typeof tradeOffSchema>;
export type OptionKind = z.infer<typeof optionKindSchema>;
export type CaseOption = z.infer<typeof optionSchema>;
export type Criterion = z.infer<typeof criterionSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Preset = z.infer<typeof presetSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type DiscussionQuestion = z.infer<typeof discussionQuestionSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type CaseMeta = z.infer<typeof caseMetaSchema>;
/** A validated case. */
export type Case = z.infer<typeof caseSchema>;
/** A case as written in a content file, before validation (same shape). */
export type CaseInput = z.input<typeof caseSchema>;

// The parts of a case as written, one per file of a case folder (content/<case-id>/), so each
// file can check itself with `satisfies` before the case is put together.
/** A cited source as written. */
export type SourceRefInput = z.input<typeof sourceRefSchema>;
/** `meta` as written. */
export type CaseMetaInput = z.input<typeof caseMetaSchema>;
/** `context` as written: summary, timeline and what happened next. */
export type CaseContextInput = CaseInput['context'];
/** One actor as written. */
export type ActorInput = z.input<typeof actorSchema>;
/** One criterion as written. */
export type CriterionInput = z.input<typeof criterionSchema>;
/** One option as written. */
export type OptionInput = z.input<typeof optionSchema>;
/** A case's own risk-scale words as written. */
export type RiskScalesInput = z.input<typeof riskScalesSchema>;
/** One weight preset as written. */
export type PresetInput = z.input<typeof presetSchema>;
/** One annotation of a claim in the source, as written. */
export type AnnotationInput = z.input<typeof annotationSchema>;
/** `teaching` as written: discussion questions and glossary. */
export type TeachingInput = CaseInput['teaching'];
