/**
 * The class API's constants, paths and join-code rule: the parts of the contract (`./contract`,
 * which re-exports all of this) that carry no schema, so client pages can import them without
 * bringing zod into their first-load JavaScript.
 */

/** Join codes: 6 characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
/** The length of a join code. */
export const JOIN_CODE_LENGTH = 6;
/** The longest justification a participant may write, in characters. */
export const JUSTIFICATION_MAX = 280;
/** Small-group threshold bounds and default: below it only counts are shown. */
export const SMALL_GROUP_MIN = 3;
export const SMALL_GROUP_MAX = 50;
export const SMALL_GROUP_DEFAULT = 5;

const codePattern = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * A join code as typed by a person: trimmed and upper-cased, then checked. Returns `null`
 * when it cannot be a code (callers show "That code is not a class code").
 */
export function normaliseJoinCode(input: string): string | null {
  const code = input.trim().toUpperCase().replace(/[\s-]/g, '');
  return codePattern.test(code) ? code : null;
}

/** Machine-readable error codes, one per kind of refusal. */
export const ERROR_CODES = [
  'bad-request', // 400: malformed JSON or a body that fails its schema
  'invalid-stance', // 400: a stance that does not fit the case (unknown or missing ids)
  'unknown-case', // 400/404: no such case
  'invalid-role', // 400: a role that is not a preset of the case, or roles not offered
  'forbidden', // 403: no host secret / participant cookie, or a wrong Origin
  'not-found', // 404: no such session (or it was deleted or purged)
  'conflict', // 409: the session is locked/revealed/closed, or the action does not apply
  'too-large', // 413: the body is over the limit
  'rate-limited', // 429: too many requests; see Retry-After
  'internal', // 500: a server fault (nothing was changed by a failed write)
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * SSE event names on `…/stream`: `session` carries a PublicSession, `results` a ClassResults,
 * and (refinement) `deleted` `{ code }` once the host has deleted the session.
 */
export const STREAM_EVENTS = {
  session: 'session',
  results: 'results',
  deleted: 'deleted',
} as const;

const base = '/api/class/sessions';
const at = (code: string) => `${base}/${encodeURIComponent(code)}`;

/** API paths, so no page builds one by hand. */
export const classApi = {
  sessions: () => base,
  session: at,
  join: (code: string) => `${at(code)}/join`,
  submission: (code: string) => `${at(code)}/submission`,
  host: (code: string) => `${at(code)}/host`,
  hostClaim: (code: string) => `${at(code)}/host/claim`,
  results: (code: string) => `${at(code)}/results`,
  stream: (code: string) => `${at(code)}/stream`,
  exportFile: (code: string, format: 'csv' | 'json') => `${at(code)}/export?format=${format}`,
} as const;

/** Page paths for the class pages. The host link for another device adds `#k=<secret>`. */
export const classPages = {
  join: () => '/join',
  joinCode: (code: string) => `/join/${encodeURIComponent(code)}`,
  host: (code: string) => `/class/${encodeURIComponent(code)}/host`,
  hostLink: (code: string, secret: string) =>
    `/class/${encodeURIComponent(code)}/host#k=${encodeURIComponent(secret)}`,
  projector: (code: string) => `/class/${encodeURIComponent(code)}/projector`,
} as const;
