import * as z from 'zod/mini';
import { stanceSchema } from '@/lib/stance/schema';
import { JUSTIFICATION_MAX, SMALL_GROUP_MAX, SMALL_GROUP_MIN } from './constants';

/**
 * The class-session API contract, shared by the route handlers (`app/api/class/…`) and the
 * class pages. Built with `zod/mini` so the browser can import it. Owned by the `server`
 * branch; any refinement of the agreed shape is noted on the item it changes.
 *
 * Every error is `{ error: { code, message } }` with status 400/403/404/409/413/429; `code`
 * is one of `ERROR_CODES`, `message` is a sentence a person can read.
 */

export * from './constants';

/** A session's lifecycle. A past `closesAt` behaves as `locked` (see `effectiveState`). */
export const sessionStateSchema = z.enum(['open', 'locked', 'revealed']);
export type SessionState = z.infer<typeof sessionStateSchema>;

/** Host actions: lock (open→locked), reopen (locked|revealed→open), reveal (open|locked→revealed), hide (revealed→locked). */
export const hostActionSchema = z.enum(['lock', 'reopen', 'reveal', 'hide']);
export type HostAction = z.infer<typeof hostActionSchema>;

/** A session's settings as stored and returned (defaults filled in). */
export const sessionSettingsSchema = z.object({
  rolesOffered: z.boolean(),
  smallGroupThreshold: z
    .number()
    .check(z.int(), z.minimum(SMALL_GROUP_MIN), z.maximum(SMALL_GROUP_MAX)),
  /** ISO 8601 instant, or `null` for no closing time. */
  closesAt: z.nullable(z.iso.datetime({ offset: true })),
});
export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

/** Settings as a request gives them: each one optional, within the stored bounds. */
const settingsInputSchema = z.strictObject({
  rolesOffered: z.optional(z.boolean()),
  smallGroupThreshold: z.optional(
    z.number().check(z.int(), z.minimum(SMALL_GROUP_MIN), z.maximum(SMALL_GROUP_MAX)),
  ),
  closesAt: z.optional(z.nullable(z.iso.datetime({ offset: true }))),
});
export type SettingsInput = z.infer<typeof settingsInputSchema>;

/** `POST /api/class/sessions` body. Every setting is optional. */
export const createSessionBodySchema = z.strictObject({
  caseId: z.string().check(z.minLength(1), z.maxLength(64)),
  settings: z.optional(settingsInputSchema),
});
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

/**
 * `PATCH /api/class/sessions/<code>` body (host only): the settings to change, the others kept.
 * Same bounds as at creation. `closesAt: null` clears the closing time; a closing time in the
 * past is accepted and locks the session at once (reopening clears it again). Returns the
 * PublicSession.
 */
export const updateSettingsBodySchema = z.strictObject({ settings: settingsInputSchema });
export type UpdateSettingsBody = z.infer<typeof updateSettingsBodySchema>;

/** What anyone with the code may see of a session. */
export const publicSessionSchema = z.object({
  code: z.string(),
  caseId: z.string(),
  /** The effective state: `locked` once `closesAt` has passed, even if stored as `open`. */
  state: sessionStateSchema,
  settings: sessionSettingsSchema,
  counts: z.object({ joined: z.number(), submitted: z.number() }),
  createdAt: z.string(),
  closesAt: z.nullable(z.string()),
});
export type PublicSession = z.infer<typeof publicSessionSchema>;

/** `POST /api/class/sessions` 201 response. `hostSecret` is shown once; keep it. */
export const createSessionResponseSchema = z.object({
  code: z.string(),
  hostSecret: z.string(),
  session: publicSessionSchema,
});
export type CreateSessionResponse = z.infer<typeof createSessionResponseSchema>;

/** `PUT …/submission` body. `role` is one of the case's preset ids (only when roles are offered). */
export const submissionBodySchema = z.strictObject({
  stance: stanceSchema,
  role: z.optional(z.nullable(z.string().check(z.maxLength(64)))),
  justification: z.optional(z.string().check(z.maxLength(JUSTIFICATION_MAX))),
});
export type SubmissionBody = z.infer<typeof submissionBodySchema>;

/** A participant's own submission. `justification` is `''` when none was given. */
export const ownSubmissionSchema = z.object({
  stance: stanceSchema,
  role: z.nullable(z.string()),
  justification: z.string(),
  submittedAt: z.string(),
  revisedAt: z.nullable(z.string()),
});
export type OwnSubmission = z.infer<typeof ownSubmissionSchema>;

/** `POST …/join` response. */
export const joinResponseSchema = z.object({
  session: publicSessionSchema,
  submission: z.nullable(ownSubmissionSchema),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

/** `POST …/host` body. */
export const hostActionBodySchema = z.strictObject({ action: hostActionSchema });
export type HostActionBody = z.infer<typeof hostActionBodySchema>;

const optionCount = z.object({ optionId: z.string(), count: z.number() });

/**
 * The class's pooled results. Distributions are present only when `suppressed` is false
 * (at least `threshold` submissions); below it, only counts and the reason.
 *
 * - `firstChoices`: per option, how many participants' own weights (with their own disputed
 *   scores, if any) rank it first; a participant whose top is tied counts once for each tied
 *   option, so counts can sum to more than `submitted`. Options in case order.
 * - `meanWeights`: mean of each participant's normalised weights (shares sum to 1).
 * - `meanRanking`: the case's scores (the class's disputes ignored) under `meanWeights`.
 * - `spread`: each criterion's normalised shares, sorted ascending (not linkable to a person),
 *   with min, quartiles (linear interpolation between order statistics, R type 7) and max.
 * - `rankAcceptability`: `shares[k]` is the fraction of participants for whom the option
 *   ranks (k+1)-th under their own weights and disputes (ties share the better rank).
 * - `disagreement`: criteria by widest IQR first; options by the variance of their rank.
 * - `byRole`: one row per role used (`null` = no role), each with its count. A role group
 *   smaller than the threshold has `suppressed: true` and empty `firstChoices` (refinement:
 *   `suppressed` added so a group of one cannot be identified by its choice).
 * - `you`: for a participant with a cookie and a submission, their own first choices and how
 *   many *other* participants share at least one of them; `null` otherwise.
 */
export const classResultsSchema = z.object({
  code: z.string(),
  caseId: z.string(),
  state: sessionStateSchema,
  counts: z.object({ joined: z.number(), submitted: z.number() }),
  threshold: z.number(),
  suppressed: z.boolean(),
  suppressedReason: z.nullable(z.string()),
  firstChoices: z.optional(z.array(optionCount)),
  meanWeights: z.optional(z.array(z.object({ criterionId: z.string(), share: z.number() }))),
  meanRanking: z.optional(
    z.array(z.object({ optionId: z.string(), total: z.number(), rank: z.number() })),
  ),
  spread: z.optional(
    z.array(
      z.object({
        criterionId: z.string(),
        shares: z.array(z.number()),
        min: z.number(),
        q1: z.number(),
        median: z.number(),
        q3: z.number(),
        max: z.number(),
      }),
    ),
  ),
  rankAcceptability: z.optional(
    z.array(z.object({ optionId: z.string(), shares: z.array(z.number()) })),
  ),
  disagreement: z.optional(
    z.object({ criteria: z.array(z.string()), options: z.array(z.string()) }),
  ),
  byRole: z.optional(
    z.array(
      z.object({
        role: z.nullable(z.string()),
        count: z.number(),
        suppressed: z.boolean(),
        firstChoices: z.array(optionCount),
      }),
    ),
  ),
  you: z.optional(
    z.nullable(z.object({ firstChoices: z.array(z.string()), sameAsYou: z.number() })),
  ),
});
export type ClassResults = z.infer<typeof classResultsSchema>;

/** Every error response body. */
export const apiErrorSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
