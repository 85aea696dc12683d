import 'server-only';
import { stringify } from 'csv-stringify/sync';
import * as z from 'zod/mini';
import {
  SMALL_GROUP_DEFAULT,
  createSessionBodySchema,
  hostActionBodySchema,
  normaliseJoinCode,
  submissionBodySchema,
  updateSettingsBodySchema,
  type CreateSessionResponse,
  type JoinResponse,
} from '@/lib/class/contract';
import { checkStanceForCase } from '@/lib/stance/schema';
import { classCase } from './case-info';
import { publicSession, type StoredSession } from './class-store';
import {
  HttpError,
  checkOrigin,
  clientAddress,
  cookieHeader,
  cookies,
  errorResponse,
  json,
  readJson,
  refuseIfLimited,
} from './http';
import { computeResults, resultsFor } from './results';
import type { ClassRuntime } from './runtime';
import { hashSecret, newSecret, secretMatches } from './secrets';
import { openStream } from './stream';

/** One route's work: the request, and the join code from the path when there is one. */
export type Handler = (request: Request, code?: string) => Promise<Response>;

const THIRTY_DAYS = 30 * 24 * 3600;
const participantCookie = (code: string) => `cw_p_${code}`;
const hostCookie = (code: string) => `cw_h_${code}`;

function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new HttpError(
    400,
    'bad-request',
    `The request body is not what this route expects${where}: ${issue?.message ?? 'invalid'}.`,
  );
}

function validCode(raw: string | undefined): string {
  const code = raw === undefined ? null : normaliseJoinCode(decodeURIComponent(raw));
  if (!code) throw new HttpError(404, 'not-found', 'There is no class session with that code.');
  return code;
}

const notFound = () =>
  new HttpError(
    404,
    'not-found',
    'There is no class session with that code. Check it and try again.',
  );

/**
 * The class API's route handlers over a runtime. Route files in `app/api/class` only call
 * these; tests call them directly with `Request`s. Every refusal is a JSON error and leaves
 * stored data as it was.
 */
export function classHandlers(runtime: () => Promise<ClassRuntime>) {
  const guarded =
    (fn: (rt: ClassRuntime, request: Request, code?: string) => Promise<Response>): Handler =>
    async (request, code) => {
      try {
        return await fn(await runtime(), request, code);
      } catch (error) {
        return errorResponse(error);
      }
    };

  async function loadSession(rt: ClassRuntime, code: string): Promise<StoredSession> {
    const session = await rt.store.getSession(code);
    if (!session) throw notFound();
    return session;
  }

  function isHost(request: Request, session: StoredSession): boolean {
    const auth = request.headers.get('authorization');
    const bearer = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : null;
    if (bearer !== null) return secretMatches(bearer, session.hostSecretHash);
    return secretMatches(cookies(request).get(hostCookie(session.code)), session.hostSecretHash);
  }

  function requireHost(request: Request, session: StoredSession): void {
    if (!isHost(request, session)) {
      throw new HttpError(
        403,
        'forbidden',
        'Only the host of this session can do that: open the host link, or send the host secret.',
      );
    }
  }

  /** The participant's token hash when their cookie names a participant of this session. */
  async function participant(rt: ClassRuntime, request: Request, code: string) {
    const token = cookies(request).get(participantCookie(code));
    if (!token) return null;
    const tokenHash = hashSecret(token);
    return (await rt.store.isParticipant(code, tokenHash)) ? { token, tokenHash } : null;
  }

  const noParticipant = () =>
    new HttpError(403, 'forbidden', 'Join this session first (your browser has no place in it).');

  return {
    createSession: guarded(async (rt, request) => {
      checkOrigin(request, rt.config);
      const body = await readJson(request, rt.config.maxBodyBytes);
      const address = clientAddress(request, rt.config);
      refuseIfLimited(
        rt.limiter.hit(`create:${address}`, rt.config.rates.createPerAddress.perMinute),
      );
      const input = parse(createSessionBodySchema, body);
      if (!classCase(input.caseId)) {
        throw new HttpError(400, 'unknown-case', `There is no case "${input.caseId}".`);
      }
      const hostSecret = newSecret();
      const session = await rt.store.createSession({
        caseId: input.caseId,
        hostSecretHash: hashSecret(hostSecret),
        settings: {
          rolesOffered: input.settings?.rolesOffered ?? false,
          smallGroupThreshold: input.settings?.smallGroupThreshold ?? SMALL_GROUP_DEFAULT,
          closesAt: input.settings?.closesAt
            ? new Date(input.settings.closesAt).toISOString()
            : null,
        },
      });
      const response: CreateSessionResponse = {
        code: session.code,
        hostSecret,
        session: publicSession(session),
      };
      return json(response, 201, {
        'Set-Cookie': cookieHeader(
          request,
          rt.config,
          hostCookie(session.code),
          hostSecret,
          THIRTY_DAYS,
        ),
      });
    }),

    getSession: guarded(async (rt, _request, raw) => {
      return json(publicSession(await loadSession(rt, validCode(raw))));
    }),

    join: guarded(async (rt, request, raw) => {
      checkOrigin(request, rt.config);
      const code = validCode(raw);
      const address = clientAddress(request, rt.config);
      refuseIfLimited(rt.limiter.hit(`join:${address}`, rt.config.rates.joinPerAddress.perMinute));
      const existing = await participant(rt, request, code);
      let token = existing?.token;
      let submission = null;
      if (existing) {
        submission = await rt.store.getSubmission(code, existing.tokenHash);
      } else {
        refuseIfLimited(
          rt.limiter.hit(`join-session:${code}`, rt.config.rates.joinPerSession.perMinute),
        );
        token = newSecret();
        // Refused (false) when there is no such session.
        if (!(await rt.store.addParticipant(code, hashSecret(token)))) throw notFound();
        await rt.feed.publish(code);
      }
      const response: JoinResponse = {
        session: publicSession(await loadSession(rt, code)),
        submission,
      };
      return json(response, 200, {
        'Set-Cookie': cookieHeader(
          request,
          rt.config,
          participantCookie(code),
          token ?? '',
          THIRTY_DAYS,
        ),
      });
    }),

    getSubmission: guarded(async (rt, request, raw) => {
      const code = validCode(raw);
      await loadSession(rt, code);
      const me = await participant(rt, request, code);
      if (!me) throw noParticipant();
      return json(await rt.store.getSubmission(code, me.tokenHash));
    }),

    putSubmission: guarded(async (rt, request, raw) => {
      checkOrigin(request, rt.config);
      const code = validCode(raw);
      const body = await readJson(request, rt.config.maxBodyBytes);
      const address = clientAddress(request, rt.config);
      refuseIfLimited(
        rt.limiter.hit(`submit:${address}`, rt.config.rates.submitPerAddress.perMinute),
      );
      const input = parse(submissionBodySchema, body);
      const session = await loadSession(rt, code);
      const token = cookies(request).get(participantCookie(code));
      if (!token) throw noParticipant();
      const me = { tokenHash: hashSecret(token) };
      refuseIfLimited(
        rt.limiter.hit(`submit-session:${code}`, rt.config.rates.submitPerSession.perMinute),
      );
      const info = classCase(session.caseId);
      if (!info) throw notFound();
      const problems = checkStanceForCase(input.stance, info.ids);
      if (problems.length > 0) {
        const first = problems[0];
        const detail =
          first?.kind === 'missing-criterion'
            ? `every criterion must be weighed ("${first.id}" is missing)`
            : first?.kind === 'other-case'
              ? `it is about another case ("${first.caseId}")`
              : `it names an unknown id ("${first?.id ?? ''}")`;
        throw new HttpError(400, 'invalid-stance', `These weights do not fit the case: ${detail}.`);
      }
      const role = input.role ?? null;
      if (role !== null && (!session.settings.rolesOffered || !info.presetIds.includes(role))) {
        throw new HttpError(
          400,
          'invalid-role',
          session.settings.rolesOffered
            ? `"${role}" is not one of this case's roles.`
            : 'This session does not offer roles.',
        );
      }
      const result = await rt.store.submit(code, me.tokenHash, {
        stance: input.stance,
        role,
        justification: input.justification ?? '',
      });
      if (result === 'not-found') throw notFound();
      if (result === 'forbidden') throw noParticipant();
      if (result === 'conflict') {
        throw new HttpError(
          409,
          'conflict',
          'Submissions are closed for this session: the host has locked it or it has closed.',
        );
      }
      await rt.feed.publish(code);
      return json(result);
    }),

    hostAction: guarded(async (rt, request, raw) => {
      checkOrigin(request, rt.config);
      const code = validCode(raw);
      const body = await readJson(request, rt.config.maxBodyBytes);
      const { action } = parse(hostActionBodySchema, body);
      requireHost(request, await loadSession(rt, code));
      const result = await rt.store.hostAction(code, action);
      if (result === 'not-found') throw notFound();
      if (result === 'conflict' || result === 'forbidden') {
        throw new HttpError(
          409,
          'conflict',
          `"${action}" does not apply to the session as it is now.`,
        );
      }
      await rt.feed.publish(code);
      return json(publicSession(result));
    }),

    updateSettings: guarded(async (rt, request, raw) => {
      checkOrigin(request, rt.config);
      const code = validCode(raw);
      const body = await readJson(request, rt.config.maxBodyBytes);
      const { settings } = parse(updateSettingsBodySchema, body);
      requireHost(request, await loadSession(rt, code));
      const result = await rt.store.updateSettings(code, {
        ...settings,
        ...(settings.closesAt ? { closesAt: new Date(settings.closesAt).toISOString() } : {}),
      });
      if (result === 'not-found') throw notFound();
      await rt.feed.publish(code);
      return json(publicSession(result));
    }),

    hostClaim: guarded(async (rt, request, raw) => {
      checkOrigin(request, rt.config);
      const code = validCode(raw);
      const session = await loadSession(rt, code);
      const auth = request.headers.get('authorization');
      const secret = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : '';
      if (!secretMatches(secret, session.hostSecretHash)) {
        throw new HttpError(403, 'forbidden', 'That host link is not valid for this session.');
      }
      return new Response(null, {
        status: 204,
        headers: {
          'Cache-Control': 'no-store',
          'Set-Cookie': cookieHeader(request, rt.config, hostCookie(code), secret, THIRTY_DAYS),
        },
      });
    }),

    deleteSession: guarded(async (rt, request, raw) => {
      checkOrigin(request, rt.config);
      const code = validCode(raw);
      requireHost(request, await loadSession(rt, code));
      if (!(await rt.store.deleteSession(code))) throw notFound();
      await rt.feed.publish(code);
      return new Response(null, {
        status: 204,
        headers: {
          'Cache-Control': 'no-store',
          'Set-Cookie': cookieHeader(request, rt.config, hostCookie(code), '', 0),
        },
      });
    }),

    results: guarded(async (rt, request, raw) => {
      const code = validCode(raw);
      const session = await loadSession(rt, code);
      if (!isHost(request, session) && session.state !== 'revealed') {
        throw new HttpError(
          403,
          'forbidden',
          'The results are hidden until the host reveals them.',
        );
      }
      const me = await participant(rt, request, code);
      return json(resultsFor(await computeResults(rt.store, session), me?.tokenHash ?? null));
    }),

    stream: guarded(async (rt, request, raw) => {
      const code = validCode(raw);
      const session = await loadSession(rt, code);
      const me = await participant(rt, request, code);
      const body = openStream(rt, code, {
        host: isHost(request, session),
        tokenHash: me?.tokenHash ?? null,
        signal: request.signal,
      });
      return new Response(body, {
        headers: {
          'Content-Type': 'text/event-stream; charset=utf-8',
          'Cache-Control': 'no-store, no-transform',
          Connection: 'keep-alive',
          'X-Accel-Buffering': 'no',
        },
      });
    }),

    exportFile: guarded(async (rt, request, raw) => {
      const code = validCode(raw);
      const session = await loadSession(rt, code);
      requireHost(request, session);
      const format = new URL(request.url).searchParams.get('format') ?? 'csv';
      if (format !== 'csv' && format !== 'json') {
        throw new HttpError(400, 'bad-request', 'Export as "csv" or "json".');
      }
      const info = classCase(session.caseId);
      if (!info) throw notFound();
      const computed = await computeResults(rt.store, session);
      const submissions = await rt.store.listSubmissions(code);
      // Rows are ordered by the random token hash and numbered 1…n: no time, no token.
      const rows = submissions.map((s, i) => ({
        participant: i + 1,
        role: s.role,
        firstChoices: [...(computed.aggregate.firstChoiceSets[i] ?? [])],
        weights: Object.fromEntries(info.ids.criteria.map((k) => [k, s.stance.weights[k] ?? 0])),
        disputes: s.stance.disputes ?? {},
        justification: s.justification,
      }));
      const name = `counterweight-${code}`;
      if (format === 'json') {
        return new Response(
          JSON.stringify(
            { session: publicSession(session), results: computed.base, submissions: rows },
            null,
            2,
          ),
          {
            headers: {
              'Content-Type': 'application/json; charset=utf-8',
              'Content-Disposition': `attachment; filename="${name}.json"`,
              'Cache-Control': 'no-store',
            },
          },
        );
      }
      return new Response(exportCsv(info.ids.criteria, rows), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}.csv"`,
          'Cache-Control': 'no-store',
        },
      });
    }),
  };
}

/** Cells a spreadsheet would read as a formula get a leading apostrophe (OWASP's advice). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The export's CSV: one row per participant, every field quoted, untrusted text (role,
 * justification) defused against formula injection.
 */
export function exportCsv(
  criteria: readonly string[],
  rows: readonly {
    participant: number;
    role: string | null;
    firstChoices: readonly string[];
    weights: Record<string, number>;
    justification: string;
  }[],
): string {
  return stringify(
    rows.map((r) => [
      r.participant,
      r.role ?? '',
      r.firstChoices.join(' '),
      ...criteria.map((k) => r.weights[k] ?? 0),
      r.justification,
    ]),
    {
      header: true,
      columns: [
        'participant',
        'role',
        'first_choice',
        ...criteria.map((k) => `points_${k}`),
        'justification',
      ],
      quoted: true,
      cast: { string: (value) => (FORMULA_START.test(value) ? `'${value}` : value) },
    },
  );
}
