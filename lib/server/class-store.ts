import 'server-only';
import type {
  HostAction,
  OwnSubmission,
  PublicSession,
  SessionSettings,
  SessionState,
} from '@/lib/class/contract';
import type { Stance } from '@/lib/stance/schema';
import type { Database, Queryable } from './db';
import { newJoinCode } from './secrets';

/** A session as stored, with its host-secret hash (never sent to a client). */
export interface StoredSession extends PublicSession {
  /** The state as stored; `state` is the effective one (a past `closesAt` reads as locked). */
  readonly storedState: SessionState;
  readonly hostSecretHash: string;
}

/** One submission as stored; `tokenHash` identifies the participant and is never sent out. */
export interface StoredSubmission extends OwnSubmission {
  readonly tokenHash: string;
}

/** A session as anyone may see it: without the secret's hash or the stored state. */
export function publicSession(s: StoredSession): PublicSession {
  const { hostSecretHash: _h, storedState: _s, ...rest } = s;
  return rest;
}

/** Why a write was refused. */
export type Refusal = 'not-found' | 'forbidden' | 'conflict';

/**
 * Everything the class routes need from storage, and nothing else: the only module that
 * writes SQL. Participants and hosts are known by the SHA-256 hashes of their token and
 * secret only.
 */
export interface ClassStore {
  createSession(input: {
    caseId: string;
    settings: SessionSettings;
    hostSecretHash: string;
  }): Promise<StoredSession>;
  getSession(code: string): Promise<StoredSession | null>;
  /** Records a participant (idempotent); false when the session does not exist. */
  addParticipant(code: string, tokenHash: string): Promise<boolean>;
  isParticipant(code: string, tokenHash: string): Promise<boolean>;
  getSubmission(code: string, tokenHash: string): Promise<OwnSubmission | null>;
  /**
   * Stores or revises a participant's submission while the session is open. A concurrent
   * lock waits for it or makes it fail: an acknowledged submission was made while open.
   */
  submit(
    code: string,
    tokenHash: string,
    input: { stance: Stance; role: string | null; justification: string },
  ): Promise<OwnSubmission | Refusal>;
  /**
   * Changes the settings given (the others are kept) in one statement; `closesAt: null`
   * clears the closing time. Returns the session as it now is, or `not-found`.
   */
  updateSettings(
    code: string,
    settings: Partial<SessionSettings>,
  ): Promise<StoredSession | 'not-found'>;
  /** Applies a host action, or refuses it when it does not apply to the current state. */
  hostAction(code: string, action: HostAction): Promise<StoredSession | Refusal>;
  /** Deletes the session and everything under it; false when there was none. */
  deleteSession(code: string): Promise<boolean>;
  /** Every submission of a session, ordered by the (random) token hash: no time order. */
  listSubmissions(code: string): Promise<StoredSubmission[]>;
  /** Deletes sessions inactive for `days` days or more; returns how many. */
  purgeInactive(days: number): Promise<number>;
}

interface SessionRow {
  code: string;
  case_id: string;
  host_secret_hash: string;
  state: SessionState;
  roles_offered: boolean;
  small_group_threshold: number;
  closes_at: Date | string | null;
  created_at: Date | string;
  joined: number | string;
  submitted: number | string;
}

interface SubmissionRow {
  token_hash: string;
  stance: Stance | string;
  role: string | null;
  justification: string;
  submitted_at: Date | string;
  revised_at: Date | string | null;
}

const iso = (d: Date | string) => new Date(d).toISOString();

function toSession(r: SessionRow, now = Date.now()): StoredSession {
  const closesAt = r.closes_at === null ? null : iso(r.closes_at);
  const closed = closesAt !== null && Date.parse(closesAt) <= now;
  return {
    code: r.code,
    caseId: r.case_id,
    state: r.state === 'open' && closed ? 'locked' : r.state,
    storedState: r.state,
    hostSecretHash: r.host_secret_hash,
    settings: {
      rolesOffered: r.roles_offered,
      smallGroupThreshold: r.small_group_threshold,
      closesAt,
    },
    counts: { joined: Number(r.joined), submitted: Number(r.submitted) },
    createdAt: iso(r.created_at),
    closesAt,
  };
}

function toSubmission(r: SubmissionRow): StoredSubmission {
  return {
    tokenHash: r.token_hash,
    stance: typeof r.stance === 'string' ? (JSON.parse(r.stance) as Stance) : r.stance,
    role: r.role,
    justification: r.justification,
    submittedAt: iso(r.submitted_at),
    revisedAt: r.revised_at === null ? null : iso(r.revised_at),
  };
}

const own = ({ tokenHash: _, ...rest }: StoredSubmission): OwnSubmission => rest;

const SESSION_COLUMNS = `s.code, s.case_id, s.host_secret_hash, s.state, s.roles_offered,
  s.small_group_threshold, s.closes_at, s.created_at,
  (SELECT count(*) FROM class_participants p WHERE p.session_code = s.code) AS joined,
  (SELECT count(*) FROM class_submissions b WHERE b.session_code = s.code) AS submitted`;

async function readSession(q: Queryable, code: string): Promise<StoredSession | null> {
  const [row] = await q.query<SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM class_sessions s WHERE s.code = $1`,
    [code],
  );
  return row ? toSession(row) : null;
}

/** Marks a session active, at most once a minute so busy sessions do not contend on it. */
function touch(q: Queryable, code: string) {
  return q.query(
    `UPDATE class_sessions SET last_active_at = now()
     WHERE code = $1 AND last_active_at < now() - interval '1 minute'`,
    [code],
  );
}

/** Which stored states each host action applies to, and where it leads. */
const TRANSITIONS: Record<HostAction, { from: readonly SessionState[]; to: SessionState }> = {
  lock: { from: ['open'], to: 'locked' },
  reopen: { from: ['locked', 'revealed'], to: 'open' },
  reveal: { from: ['open', 'locked'], to: 'revealed' },
  hide: { from: ['revealed'], to: 'locked' },
};

/** The class store over one database (PGlite or PostgreSQL: the same SQL). */
export function sqlClassStore(db: Database): ClassStore {
  async function isParticipant(code: string, tokenHash: string) {
    const rows = await db.query(
      'SELECT 1 FROM class_participants WHERE session_code = $1 AND token_hash = $2',
      [code, tokenHash],
    );
    return rows.length > 0;
  }

  // This process touched these sessions within the last minute: skip the write.
  const touched = new Map<string, number>();
  async function touchAtMostEveryMinute(code: string) {
    const now = Date.now();
    if (now - (touched.get(code) ?? 0) < 60_000) return;
    touched.set(code, now);
    if (touched.size > 10_000) touched.clear();
    await touch(db, code);
  }

  return {
    async createSession({ caseId, settings, hostSecretHash }) {
      // Codes are unique among all stored sessions (stricter than among open ones); a clash
      // among 25⁶ codes is rare, so a few tries always suffice.
      for (let attempt = 0; attempt < 20; attempt++) {
        const code = newJoinCode();
        const inserted = await db.query<{ code: string }>(
          `INSERT INTO class_sessions
             (code, case_id, host_secret_hash, state, roles_offered, small_group_threshold, closes_at)
           VALUES ($1, $2, $3, 'open', $4, $5, $6)
           ON CONFLICT (code) DO NOTHING RETURNING code`,
          [
            code,
            caseId,
            hostSecretHash,
            settings.rolesOffered,
            settings.smallGroupThreshold,
            settings.closesAt,
          ],
        );
        if (inserted.length > 0) {
          const session = await readSession(db, code);
          if (session) return session;
        }
      }
      throw new Error('Could not find a free join code.');
    },

    getSession: (code) => readSession(db, code),

    async addParticipant(code, tokenHash) {
      const rows = await db.query(
        `INSERT INTO class_participants (session_code, token_hash)
         SELECT code, $2 FROM class_sessions WHERE code = $1
         ON CONFLICT DO NOTHING RETURNING token_hash`,
        [code, tokenHash],
      );
      if (rows.length > 0) {
        await touchAtMostEveryMinute(code);
        return true;
      }
      return isParticipant(code, tokenHash);
    },

    isParticipant,

    async getSubmission(code, tokenHash) {
      const [row] = await db.query<SubmissionRow>(
        `SELECT token_hash, stance, role, justification, submitted_at, revised_at
         FROM class_submissions WHERE session_code = $1 AND token_hash = $2`,
        [code, tokenHash],
      );
      return row ? own(toSubmission(row)) : null;
    },

    async submit(code, tokenHash, input) {
      // One statement, so one round trip and one implicit transaction. FOR SHARE lets
      // submissions run side by side while a host's lock (an UPDATE) waits for them, so an
      // acknowledged submission was always made while the session was open.
      const [row] = await db.query<SubmissionRow>(
        `WITH open_session AS (
           SELECT code FROM class_sessions
           WHERE code = $1 AND state = 'open' AND (closes_at IS NULL OR closes_at > now())
           FOR SHARE
         )
         INSERT INTO class_submissions (session_code, token_hash, stance, role, justification)
         SELECT $1, $2, $3::jsonb, $4, $5
         WHERE EXISTS (SELECT 1 FROM open_session)
           AND EXISTS (SELECT 1 FROM class_participants WHERE session_code = $1 AND token_hash = $2)
         ON CONFLICT (session_code, token_hash) DO UPDATE SET
           stance = excluded.stance, role = excluded.role,
           justification = excluded.justification, revised_at = now()
         RETURNING token_hash, stance, role, justification, submitted_at, revised_at`,
        [code, tokenHash, JSON.stringify(input.stance), input.role, input.justification],
      );
      if (row) {
        await touchAtMostEveryMinute(code);
        return own(toSubmission(row));
      }
      // Refused: say why (rare, so two more reads are fine).
      if (!(await readSession(db, code))) return 'not-found';
      if (!(await isParticipant(code, tokenHash))) return 'forbidden';
      return 'conflict';
    },

    hostAction(code, action) {
      return db.transaction(async (tx) => {
        const [row] = await tx.query<{ state: SessionState; closed: boolean }>(
          `SELECT state, (closes_at IS NOT NULL AND closes_at <= now()) AS closed
           FROM class_sessions WHERE code = $1 FOR UPDATE`,
          [code],
        );
        if (!row) return 'not-found';
        const { from, to } = TRANSITIONS[action];
        // A session past its closing time counts as locked, so it can be reopened (which
        // clears the closing time) but not locked again.
        const effective: SessionState = row.state === 'open' && row.closed ? 'locked' : row.state;
        if (!from.includes(effective)) return 'conflict';
        await tx.query(
          `UPDATE class_sessions SET state = $2, last_active_at = now(),
             closes_at = CASE WHEN $3 AND closes_at <= now() THEN NULL ELSE closes_at END
           WHERE code = $1`,
          [code, to, action === 'reopen'],
        );
        const session = await readSession(tx, code);
        if (!session) throw new Error('The session vanished during a host action.');
        return session;
      });
    },

    updateSettings(code, settings) {
      return db.transaction(async (tx) => {
        // Casts, so both databases type the parameters alike even when they are null.
        const rows = await tx.query(
          `UPDATE class_sessions SET
             roles_offered = COALESCE($2::boolean, roles_offered),
             small_group_threshold = COALESCE($3::integer, small_group_threshold),
             closes_at = CASE WHEN $4::boolean THEN $5::timestamptz ELSE closes_at END,
             last_active_at = now()
           WHERE code = $1 RETURNING code`,
          [
            code,
            settings.rolesOffered ?? null,
            settings.smallGroupThreshold ?? null,
            settings.closesAt !== undefined,
            settings.closesAt ?? null,
          ],
        );
        if (rows.length === 0) return 'not-found';
        const session = await readSession(tx, code);
        if (!session) throw new Error('The session vanished while its settings changed.');
        return session;
      });
    },

    async deleteSession(code) {
      const rows = await db.query('DELETE FROM class_sessions WHERE code = $1 RETURNING code', [
        code,
      ]);
      return rows.length > 0;
    },

    async listSubmissions(code) {
      const rows = await db.query<SubmissionRow>(
        `SELECT token_hash, stance, role, justification, submitted_at, revised_at
         FROM class_submissions WHERE session_code = $1 ORDER BY token_hash`,
        [code],
      );
      return rows.map(toSubmission);
    },

    async purgeInactive(days) {
      const rows = await db.query(
        `DELETE FROM class_sessions
         WHERE last_active_at < now() - make_interval(days => $1::int) RETURNING code`,
        [Math.floor(days)],
      );
      return rows.length;
    },
  };
}
