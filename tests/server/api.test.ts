import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  SMALL_GROUP_DEFAULT,
  type ClassResults,
  type PublicSession,
} from '@/lib/class/contract';
import { classHandlers, type Handler } from '@/lib/server/api';
import { readConfig } from '@/lib/server/config';
import { migrate } from '@/lib/server/db';
import { RateLimiter } from '@/lib/server/rate-limit';
import type { ClassRuntime } from '@/lib/server/runtime';
import {
  CASE_ID,
  CRITERIA,
  Jar,
  OPTIONS,
  PRESETS,
  freshPgDatabase,
  stance,
  tempDir,
  testRuntime,
} from './helpers';

const pgUrl = inject('pgUrl');

interface Backend {
  readonly name: string;
  open(
    overrides?: Record<string, string>,
  ): Promise<{ rt: ClassRuntime; done: () => Promise<void> }>;
}

let dbCounter = 0;
const backends: Backend[] = [
  {
    name: 'PGlite',
    async open(overrides) {
      const dir = tempDir('cw-pglite-');
      const rt = await testRuntime({ dataDir: dir.path }, overrides);
      return { rt, done: async () => (await rt.close(), dir.remove()) };
    },
  },
];
if (pgUrl) {
  backends.push({
    name: 'PostgreSQL',
    async open(overrides) {
      const url = await freshPgDatabase(pgUrl, `cw_api_${process.pid}_${dbCounter++}`);
      const rt = await testRuntime({ databaseUrl: url }, overrides);
      return { rt, done: () => rt.close() };
    },
  });
} else {
  it.skip(`PostgreSQL API tests skipped: ${inject('pgSkipReason')}`, () => {});
}

const BASE = 'http://localhost:3000/api/class/sessions';

interface CallOptions {
  body?: unknown;
  raw?: string;
  jar?: Jar;
  headers?: Record<string, string>;
  query?: string;
}

/** Calls a handler as Next would, with the path's code, collecting cookies into `jar`. */
async function call(
  handler: Handler,
  method: string,
  code: string | undefined,
  suffix = '',
  options: CallOptions = {},
): Promise<Response> {
  const headers = new Headers(options.headers);
  if (options.jar) headers.set('cookie', options.jar.header());
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers.set('content-type', 'application/json');
  const url = `${BASE}${code ? `/${code}` : ''}${suffix}${options.query ?? ''}`;
  const response = await handler(new Request(url, { method, headers, body }), code);
  options.jar?.take(response);
  return response;
}

for (const backend of backends) {
  describe(`class API on ${backend.name}`, () => {
    let rt: ClassRuntime;
    let done: () => Promise<void>;
    let h: ReturnType<typeof classHandlers>;

    beforeAll(async () => {
      ({ rt, done } = await backend.open());
      h = classHandlers(() => Promise.resolve(rt));
    });
    afterAll(() => done());

    /** Every stored row, to prove a refused request changed nothing. */
    async function snapshot() {
      const rows = async (sql: string) => JSON.stringify(await rt.db.query(sql));
      return [
        await rows('SELECT * FROM class_sessions ORDER BY code'),
        await rows('SELECT * FROM class_participants ORDER BY session_code, token_hash'),
        await rows('SELECT * FROM class_submissions ORDER BY session_code, token_hash'),
      ].join('\n');
    }

    async function createSession(settings?: Record<string, unknown>) {
      const host = new Jar();
      const res = await call(h.createSession, 'POST', undefined, '', {
        body: { caseId: CASE_ID, ...(settings ? { settings } : {}) },
        jar: host,
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { code: string; hostSecret: string };
      return { ...body, host, bearer: { authorization: `Bearer ${body.hostSecret}` } };
    }

    async function joinAndSubmit(
      code: string,
      points: number[],
      extra: Record<string, unknown> = {},
    ) {
      const jar = new Jar();
      expect((await call(h.join, 'POST', code, '/join', { jar })).status).toBe(200);
      const res = await call(h.putSubmission, 'PUT', code, '/submission', {
        jar,
        body: { stance: stance(points), ...extra },
      });
      return { jar, res };
    }

    it('creates a session with a 6-character code and a secret stored only as a hash', async () => {
      const { code, hostSecret, host } = await createSession();
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
      expect(Buffer.from(hostSecret, 'base64url').length).toBeGreaterThanOrEqual(16);
      expect(host.cookies.get(`cw_h_${code}`)).toBeTruthy();
      const [row] = await rt.db.query<{ host_secret_hash: string }>(
        'SELECT host_secret_hash FROM class_sessions WHERE code = $1',
        [code],
      );
      expect(row?.host_secret_hash).toBe(createHash('sha256').update(hostSecret).digest('hex'));
      expect(await snapshot()).not.toContain(hostSecret);
    });

    it('sets httpOnly SameSite=Strict cookies and stores only the token hash', async () => {
      const { code } = await createSession();
      const res = await call(h.join, 'POST', code, '/join');
      const cookie = res.headers.getSetCookie()[0] ?? '';
      expect(cookie).toMatch(new RegExp(`^cw_p_${code}=`));
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      const token = decodeURIComponent(cookie.split(';')[0]?.split('=')[1] ?? '');
      expect(await snapshot()).not.toContain(token);
    });

    it('reuses a participant on rejoin and counts them once', async () => {
      const { code } = await createSession();
      const jar = new Jar();
      await call(h.join, 'POST', code, '/join', { jar });
      const first = jar.cookies.get(`cw_p_${code}`);
      const again = await call(h.join, 'POST', code, '/join', { jar });
      expect(jar.cookies.get(`cw_p_${code}`)).toBe(first);
      const body = (await again.json()) as { session: { counts: { joined: number } } };
      expect(body.session.counts.joined).toBe(1);
    });

    it('answers 404 for unknown and malformed codes', async () => {
      for (const code of ['ACDEFG', 'nope', '0O0O0O']) {
        const res = await call(h.getSession, 'GET', code);
        expect(res.status).toBe(404);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not-found');
        expect((await call(h.join, 'POST', code, '/join')).status).toBe(404);
      }
    });

    it('stores a submission, lets its owner revise it and read it back', async () => {
      const { code } = await createSession();
      const { jar, res } = await joinAndSubmit(code, [10, 20, 30], { justification: 'Because.' });
      expect(res.status).toBe(200);
      const first = (await res.json()) as { submittedAt: string; revisedAt: string | null };
      expect(first.revisedAt).toBeNull();
      const revised = await call(h.putSubmission, 'PUT', code, '/submission', {
        jar,
        body: { stance: stance([90, 0, 0]) },
      });
      expect(revised.status).toBe(200);
      const mine = (await (
        await call(h.getSubmission, 'GET', code, '/submission', { jar })
      ).json()) as {
        stance: { weights: Record<string, number> };
        revisedAt: string | null;
        submittedAt: string;
      };
      expect(mine.stance.weights[CRITERIA[0] ?? '']).toBe(90);
      expect(mine.revisedAt).not.toBeNull();
      expect(mine.submittedAt).toBe(first.submittedAt);
      const session = (await (await call(h.getSession, 'GET', code)).json()) as {
        counts: { submitted: number };
      };
      expect(session.counts.submitted).toBe(1);
    });

    it('treats replayed requests as the same request: no duplicate participant or submission', async () => {
      const { code, bearer } = await createSession();
      const jar = new Jar();
      const joinRequest = () => call(h.join, 'POST', code, '/join', { jar });
      await joinRequest();
      const put = () =>
        call(h.putSubmission, 'PUT', code, '/submission', {
          jar,
          body: { stance: stance([4, 5, 6]) },
        });
      expect((await put()).status).toBe(200);
      expect((await put()).status).toBe(200);
      await joinRequest();
      const session = (await (await call(h.getSession, 'GET', code)).json()) as {
        counts: { joined: number; submitted: number };
      };
      expect(session.counts).toEqual({ joined: 1, submitted: 1 });
      // A replayed host action that no longer applies is refused and changes nothing.
      const lock = () =>
        call(h.hostAction, 'POST', code, '/host', { body: { action: 'lock' }, headers: bearer });
      expect((await lock()).status).toBe(200);
      const before = await snapshot();
      expect((await lock()).status).toBe(409);
      expect((await put()).status).toBe(409);
      expect(await snapshot()).toBe(before);
    });

    it('refuses stances that do not fit the case, and bad roles, changing nothing', async () => {
      const { code } = await createSession({ rolesOffered: true });
      const jar = new Jar();
      await call(h.join, 'POST', code, '/join', { jar });
      const before = await snapshot();
      const missing = stance();
      delete missing.weights[CRITERIA[0] ?? ''];
      const cases: [unknown, string][] = [
        [{ stance: missing }, 'invalid-stance'],
        [{ stance: { ...stance(), weights: { ...stance().weights, bogus: 5 } } }, 'invalid-stance'],
        [{ stance: stance([], { disputes: { nowhere: {} } }) }, 'invalid-stance'],
        [{ stance: { ...stance(), caseId: 'another-case' } }, 'invalid-stance'],
        [{ stance: stance(), role: 'not-a-preset' }, 'invalid-role'],
        [{ stance: { ...stance(), weights: { [CRITERIA[0] ?? '']: 101 } } }, 'bad-request'],
        [{ stance: stance(), justification: 'x'.repeat(281) }, 'bad-request'],
        [{ stance: stance(), extra: true }, 'bad-request'],
        [[], 'bad-request'],
      ];
      for (const [body, errorCode] of cases) {
        const res = await call(h.putSubmission, 'PUT', code, '/submission', { jar, body });
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(errorCode);
      }
      expect(await snapshot()).toBe(before);
      const ok = await call(h.putSubmission, 'PUT', code, '/submission', {
        jar,
        body: { stance: stance(), role: PRESETS[0] },
      });
      expect(ok.status).toBe(200);
    });

    it('refuses a role when the session offers none', async () => {
      const { code } = await createSession();
      const { res } = await joinAndSubmit(code, [], { role: PRESETS[0] });
      expect(res.status).toBe(400);
    });

    it('refuses malformed, oversized and cross-site requests with their status', async () => {
      const { code, bearer } = await createSession();
      const jar = new Jar();
      await call(h.join, 'POST', code, '/join', { jar });
      const before = await snapshot();
      const bad = async (res: Response, status: number, errorCode: string) => {
        expect(res.status).toBe(status);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(errorCode);
      };
      await bad(
        await call(h.putSubmission, 'PUT', code, '/submission', { jar, raw: '{"stance":' }),
        400,
        'bad-request',
      );
      await bad(
        await call(h.putSubmission, 'PUT', code, '/submission', {
          jar,
          body: { stance: stance(), justification: 'x'.repeat(20_000) },
        }),
        413,
        'too-large',
      );
      await bad(
        await call(h.putSubmission, 'PUT', code, '/submission', {
          jar,
          body: { stance: stance() },
          headers: { origin: 'https://evil.example' },
        }),
        403,
        'forbidden',
      );
      await bad(
        await call(h.hostAction, 'POST', code, '/host', {
          body: { action: 'reveal' },
          headers: { ...bearer, origin: 'https://evil.example' },
        }),
        403,
        'forbidden',
      );
      await bad(
        await call(h.hostAction, 'POST', code, '/host', {
          body: { action: 'explode' },
          headers: bearer,
        }),
        400,
        'bad-request',
      );
      await bad(
        await call(h.createSession, 'POST', undefined, '', { body: { caseId: 'no-such-case' } }),
        400,
        'unknown-case',
      );
      expect(await snapshot()).toBe(before);
      // The same request from the app's own origin goes through.
      const same = await call(h.putSubmission, 'PUT', code, '/submission', {
        jar,
        body: { stance: stance() },
        headers: { origin: 'http://localhost:3000' },
      });
      expect(same.status).toBe(200);
    });

    it('refuses missing, fabricated and stolen participant tokens', async () => {
      const a = await createSession();
      const b = await createSession();
      const { jar: alice } = await joinAndSubmit(a.code, [10, 10, 10]);
      const before = await snapshot();
      const put = (jar: Jar | undefined) =>
        call(h.putSubmission, 'PUT', a.code, '/submission', {
          jar,
          body: { stance: stance([99]) },
        });
      expect((await put(undefined)).status).toBe(403);
      const forged = new Jar();
      forged.cookies.set(`cw_p_${a.code}`, 'made-up-token');
      expect((await put(forged)).status).toBe(403);
      expect(
        (await call(h.getSubmission, 'GET', a.code, '/submission', { jar: forged })).status,
      ).toBe(403);
      // Alice's token carried to another session is no one there.
      const stolen = new Jar();
      stolen.cookies.set(`cw_p_${b.code}`, alice.cookies.get(`cw_p_${a.code}`) ?? '');
      expect(
        (
          await call(h.putSubmission, 'PUT', b.code, '/submission', {
            jar: stolen,
            body: { stance: stance() },
          })
        ).status,
      ).toBe(403);
      expect(await snapshot()).toBe(before);
    });

    it('lets only the host act, by bearer secret or host cookie', async () => {
      const { code, host, bearer } = await createSession();
      const act = (action: string, options: CallOptions = {}) =>
        call(h.hostAction, 'POST', code, '/host', { body: { action }, ...options });
      expect((await act('lock')).status).toBe(403);
      expect((await act('lock', { headers: { authorization: 'Bearer wrong' } })).status).toBe(403);
      const other = await createSession();
      expect((await act('lock', { headers: other.bearer })).status).toBe(403);
      expect(
        (await call(h.exportFile, 'GET', code, '/export', { query: '?format=csv' })).status,
      ).toBe(403);
      expect((await call(h.deleteSession, 'DELETE', code)).status).toBe(403);
      expect(
        (await (await call(h.getSession, 'GET', code)).json()) as { state: string },
      ).toMatchObject({
        state: 'open',
      });
      expect((await act('lock', { jar: host })).status).toBe(200);
      expect((await act('reveal', { headers: bearer })).status).toBe(200);
    });

    it('moves through lock, reveal, hide and reopen, refusing what does not apply', async () => {
      const { code, bearer } = await createSession();
      const { jar } = await joinAndSubmit(code, [1, 2, 3]);
      const act = async (action: string) =>
        call(h.hostAction, 'POST', code, '/host', { body: { action }, headers: bearer });
      expect((await act('hide')).status).toBe(409);
      expect((await act('reopen')).status).toBe(409);
      const locked = await act('lock');
      expect(((await locked.json()) as { state: string }).state).toBe('locked');
      const before = await snapshot();
      const late = await call(h.putSubmission, 'PUT', code, '/submission', {
        jar,
        body: { stance: stance([7]) },
      });
      expect(late.status).toBe(409);
      expect(await snapshot()).toBe(before);
      expect((await act('lock')).status).toBe(409);
      expect(((await (await act('reveal')).json()) as { state: string }).state).toBe('revealed');
      expect((await act('reveal')).status).toBe(409);
      expect(((await (await act('hide')).json()) as { state: string }).state).toBe('locked');
      expect(((await (await act('reopen')).json()) as { state: string }).state).toBe('open');
      const again = await call(h.putSubmission, 'PUT', code, '/submission', {
        jar,
        body: { stance: stance([7]) },
      });
      expect(again.status).toBe(200);
    });

    it('treats a past closing time as locked, and lets the host reopen it', async () => {
      const { code, bearer } = await createSession({
        closesAt: new Date(Date.now() + 60_000).toISOString(),
      });
      await rt.db.query(
        "UPDATE class_sessions SET closes_at = now() - interval '1 second' WHERE code = $1",
        [code],
      );
      const session = (await (await call(h.getSession, 'GET', code)).json()) as { state: string };
      expect(session.state).toBe('locked');
      const { res } = await joinAndSubmit(code, []);
      expect(res.status).toBe(409);
      const reopened = await call(h.hostAction, 'POST', code, '/host', {
        body: { action: 'reopen' },
        headers: bearer,
      });
      expect((await reopened.json()) as { state: string; closesAt: string | null }).toMatchObject({
        state: 'open',
        closesAt: null,
      });
    });

    it('lets only the host change settings, refusing bad bodies and changing nothing then', async () => {
      const { code, bearer } = await createSession();
      const patch = (body: unknown, options: CallOptions = {}) =>
        call(h.updateSettings, 'PATCH', code, '', { body, ...options });
      const bad = async (res: Response, status: number, errorCode: string) => {
        expect(res.status).toBe(status);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe(errorCode);
      };
      const before = await snapshot();
      const roles = { settings: { rolesOffered: true } };
      await bad(await patch(roles), 403, 'forbidden');
      await bad(
        await patch(roles, { headers: { authorization: 'Bearer wrong' } }),
        403,
        'forbidden',
      );
      await bad(await patch(roles, { headers: (await createSession()).bearer }), 403, 'forbidden');
      const refusedBefore = await snapshot();
      expect(refusedBefore).not.toBe(before); // the other session was created
      for (const body of [
        {},
        { settings: { smallGroupThreshold: 2 } },
        { settings: { smallGroupThreshold: 51 } },
        { settings: { smallGroupThreshold: 4.5 } },
        { settings: { closesAt: 'tomorrow' } },
        { settings: { rolesOffered: 'yes' } },
        { settings: { colour: 'red' } },
        { settings: {}, state: 'open' },
      ]) {
        await bad(await patch(body, { headers: bearer }), 400, 'bad-request');
      }
      await bad(
        await call(h.updateSettings, 'PATCH', code, '', { raw: '{"settings":', headers: bearer }),
        400,
        'bad-request',
      );
      await bad(
        await patch(roles, { headers: { ...bearer, origin: 'https://evil.example' } }),
        403,
        'forbidden',
      );
      await bad(
        await patch(
          { settings: { rolesOffered: true }, pad: 'x'.repeat(20_000) },
          { headers: bearer },
        ),
        413,
        'too-large',
      );
      await bad(
        await call(h.updateSettings, 'PATCH', 'ACDEFG', '', { body: roles, headers: bearer }),
        404,
        'not-found',
      );
      expect(await snapshot()).toBe(refusedBefore);
      const stored = (await (await call(h.getSession, 'GET', code)).json()) as {
        settings: unknown;
      };
      expect(stored.settings).toEqual({
        rolesOffered: false,
        smallGroupThreshold: SMALL_GROUP_DEFAULT,
        closesAt: null,
      });
    });

    it('changes settings for the host, tells watchers, and keeps what is not named', async () => {
      const { code, host, bearer } = await createSession();
      let changes = 0;
      const unsubscribe = rt.feed.subscribe(code, () => changes++);
      const patch = async (settings: Record<string, unknown>, options: CallOptions = {}) => {
        const res = await call(h.updateSettings, 'PATCH', code, '', {
          body: { settings },
          headers: bearer,
          ...options,
        });
        expect(res.status).toBe(200);
        return (await res.json()) as PublicSession;
      };

      const later = new Date(Date.now() + 3_600_000);
      const changed = await patch({
        rolesOffered: true,
        smallGroupThreshold: 3,
        closesAt: later.toISOString().replace('Z', '+00:00'),
      });
      expect(changed).toMatchObject({
        state: 'open',
        settings: { rolesOffered: true, smallGroupThreshold: 3, closesAt: later.toISOString() },
        closesAt: later.toISOString(),
      });
      expect(await (await call(h.getSession, 'GET', code)).json()).toEqual(changed);
      await vi.waitFor(() => expect(changes).toBeGreaterThan(0));
      // Roles are now offered: a role is accepted.
      expect((await joinAndSubmit(code, [], { role: PRESETS[0] })).res.status).toBe(200);

      // Only the named setting changes; the host cookie works as well as the secret.
      const cleared = await patch({ closesAt: null }, { headers: {}, jar: host });
      expect(cleared.settings).toEqual({
        rolesOffered: true,
        smallGroupThreshold: 3,
        closesAt: null,
      });
      expect((await patch({ rolesOffered: false })).settings.rolesOffered).toBe(false);
      expect((await joinAndSubmit(code, [], { role: PRESETS[0] })).res.status).toBe(400);

      // A closing time in the past locks the session at once.
      const locked = await patch({ closesAt: new Date(Date.now() - 1000).toISOString() });
      expect(locked.state).toBe('locked');
      expect((await joinAndSubmit(code, [])).res.status).toBe(409);
      unsubscribe();
    });

    it('shows results to the host, suppressed below the threshold, and to participants after reveal', async () => {
      const { code, bearer } = await createSession({ smallGroupThreshold: 3 });
      const a = await joinAndSubmit(code, [100, 0, 0, 0, 0, 0, 0, 0]);
      expect((await call(h.results, 'GET', code, '/results', { jar: a.jar })).status).toBe(403);
      const early = (await (
        await call(h.results, 'GET', code, '/results', { headers: bearer })
      ).json()) as ClassResults;
      expect(early).toMatchObject({ suppressed: true, threshold: 3, counts: { submitted: 1 } });
      expect(early.firstChoices).toBeUndefined();
      await joinAndSubmit(code, [100, 0, 0, 0, 0, 0, 0, 0]);
      await joinAndSubmit(code, [0, 100, 0, 0, 0, 0, 0, 0]);
      const host = (await (
        await call(h.results, 'GET', code, '/results', { headers: bearer })
      ).json()) as ClassResults;
      expect(host.suppressed).toBe(false);
      expect(host.firstChoices?.map((f) => f.optionId)).toEqual(OPTIONS);
      expect(host.firstChoices?.reduce((n, f) => n + f.count, 0)).toBeGreaterThanOrEqual(3);
      expect(host.spread?.[0]?.shares).toHaveLength(3);
      expect(host.you).toBeNull();
      expect((await call(h.results, 'GET', code, '/results', { jar: a.jar })).status).toBe(403);
      await call(h.hostAction, 'POST', code, '/host', {
        body: { action: 'reveal' },
        headers: bearer,
      });
      const mine = (await (
        await call(h.results, 'GET', code, '/results', { jar: a.jar })
      ).json()) as ClassResults;
      expect(mine.state).toBe('revealed');
      expect(mine.you?.sameAsYou).toBeGreaterThanOrEqual(1);
    });

    it('exports CSV with formula injection defused, and JSON, to the host only', async () => {
      const { code, bearer } = await createSession();
      await joinAndSubmit(code, [5], { justification: '=HYPERLINK("http://evil","x")' });
      await joinAndSubmit(code, [6], { justification: 'plain, with "quotes"\nand a newline' });
      const csv = await call(h.exportFile, 'GET', code, '/export', {
        query: '?format=csv',
        headers: bearer,
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-disposition')).toMatch(
        /^attachment; filename="counterweight-.+\.csv"$/,
      );
      const text = await csv.text();
      expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
      expect(text).toContain('"plain, with ""quotes""\nand a newline"');
      expect(text.split('\n')[0]).toBe(
        [
          'participant',
          'role',
          'first_choice',
          ...CRITERIA.map((k) => `points_${k}`),
          'justification',
        ]
          .map((c) => `"${c}"`)
          .join(','),
      );
      const json = await call(h.exportFile, 'GET', code, '/export', {
        query: '?format=json',
        headers: bearer,
      });
      const body = (await json.json()) as { submissions: unknown[] };
      expect(body.submissions).toHaveLength(2);
      expect(JSON.stringify(body)).not.toMatch(/token|secret/i);
      expect(
        (
          await call(h.exportFile, 'GET', code, '/export', {
            query: '?format=xls',
            headers: bearer,
          })
        ).status,
      ).toBe(400);
    });

    it('claims the host role on another device only with the right secret', async () => {
      const { code, hostSecret } = await createSession();
      const device = new Jar();
      expect(
        (
          await call(h.hostClaim, 'POST', code, '/host/claim', {
            jar: device,
            headers: { authorization: 'Bearer nope' },
          })
        ).status,
      ).toBe(403);
      expect(device.cookies.size).toBe(0);
      const ok = await call(h.hostClaim, 'POST', code, '/host/claim', {
        jar: device,
        headers: { authorization: `Bearer ${hostSecret}` },
      });
      expect(ok.status).toBe(204);
      expect((await call(h.exportFile, 'GET', code, '/export', { jar: device })).status).toBe(200);
    });

    it('deletes a session and every row under it', async () => {
      const { code, bearer } = await createSession();
      await joinAndSubmit(code, [1]);
      expect((await call(h.deleteSession, 'DELETE', code, '', { headers: bearer })).status).toBe(
        204,
      );
      expect((await call(h.getSession, 'GET', code)).status).toBe(404);
      const left = await rt.db.query(
        'SELECT 1 FROM class_submissions WHERE session_code = $1 UNION ALL SELECT 1 FROM class_participants WHERE session_code = $1',
        [code],
      );
      expect(left).toHaveLength(0);
      expect((await call(h.deleteSession, 'DELETE', code, '', { headers: bearer })).status).toBe(
        404,
      );
    });

    it('purges sessions inactive for longer than the configured days', async () => {
      const old = await createSession();
      const fresh = await createSession();
      await rt.db.query(
        "UPDATE class_sessions SET last_active_at = now() - interval '31 days' WHERE code = $1",
        [old.code],
      );
      expect(await rt.store.purgeInactive(30)).toBeGreaterThanOrEqual(1);
      expect(await rt.store.getSession(old.code)).toBeNull();
      expect(await rt.store.getSession(fresh.code)).not.toBeNull();
    });

    it('applies migrations once: running them again changes nothing', async () => {
      expect(await migrate(rt.db)).toEqual([]);
      const rows = await rt.db.query<{ id: number }>('SELECT id FROM class_migrations');
      expect(rows.map((r) => r.id)).toEqual([1]);
    });

    it('streams the session at once and again after a submission; results to the host only', async () => {
      const { code, bearer } = await createSession({ smallGroupThreshold: 3 });
      const open = async (headers: Record<string, string> = {}) => {
        const controller = new AbortController();
        const res = await h.stream(
          new Request(`${BASE}/${code}/stream`, { headers, signal: controller.signal }),
          code,
        );
        expect(res.headers.get('content-type')).toContain('text/event-stream');
        const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        const next = async (event: string, until: (data: Record<string, unknown>) => boolean) => {
          for (;;) {
            const frames = buffer.split('\n\n');
            buffer = frames.pop() ?? '';
            for (const f of frames) {
              const name = /^event: (.+)$/m.exec(f)?.[1];
              const data = /^data: (.+)$/m.exec(f)?.[1];
              if (name === event && data && until(JSON.parse(data) as Record<string, unknown>)) {
                buffer =
                  frames.slice(frames.indexOf(f) + 1).join('\n\n') +
                  (buffer ? `\n\n${buffer}` : '');
                return JSON.parse(data) as Record<string, unknown>;
              }
            }
            const { value, done: ended } = await reader.read();
            if (ended) throw new Error('stream ended');
            buffer += value;
          }
        };
        return { next, close: () => controller.abort() };
      };
      const student = await open();
      const host = await open(bearer);
      await student.next('session', (s) => (s.counts as { submitted: number }).submitted === 0);
      await host.next('results', () => true);
      await joinAndSubmit(code, [3, 3, 3]);
      await student.next('session', (s) => (s.counts as { submitted: number }).submitted === 1);
      const results = await host.next(
        'results',
        (r) => (r.counts as { submitted: number }).submitted === 1,
      );
      expect(results.suppressed).toBe(true);
      student.close();
      host.close();
    });

    it('limits joins per address with 429 and Retry-After', async () => {
      // The same database, with a configuration that allows two joins per address a minute.
      const limited: ClassRuntime = {
        ...rt,
        config: readConfig({ COUNTERWEIGHT_RATE_JOIN_PER_ADDRESS: '2' }),
        limiter: new RateLimiter(),
      };
      const lh = classHandlers(() => Promise.resolve(limited));
      const { code } = await createSession();
      const headers = { 'x-forwarded-for': '203.0.113.9' };
      expect((await call(lh.join, 'POST', code, '/join', { headers })).status).toBe(200);
      expect((await call(lh.join, 'POST', code, '/join', { headers })).status).toBe(200);
      const before = await snapshot();
      const third = await call(lh.join, 'POST', code, '/join', { headers });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(((await third.json()) as { error: { code: string } }).error.code).toBe('rate-limited');
      expect(await snapshot()).toBe(before);
      const other = await call(lh.join, 'POST', code, '/join', {
        headers: { 'x-forwarded-for': '203.0.113.10' },
      });
      expect(other.status).toBe(200);
    });
  });
}

if (pgUrl) {
  describe('migrations on PostgreSQL', () => {
    it('run from two processes at once apply each migration exactly once', async () => {
      const url = await freshPgDatabase(pgUrl, `cw_mig_${process.pid}`);
      const [a, b] = await Promise.all([
        testRuntime({ databaseUrl: url }),
        testRuntime({ databaseUrl: url }),
      ]);
      const rows = await a.db.query<{ id: number }>('SELECT id FROM class_migrations');
      expect(rows.map((r) => r.id)).toEqual([1]);
      await a.close();
      await b.close();
    });
  });
}
