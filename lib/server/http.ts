import 'server-only';
import type { ErrorCode } from '@/lib/class/contract';
import type { ServerConfig } from './config';

/** A refusal that becomes `{ error: { code, message } }` with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const NO_STORE = { 'Cache-Control': 'no-store' };

/** A JSON response that no cache keeps. */
export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json; charset=utf-8');
  h.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** The JSON error response for `error`; anything but an HttpError is a 500 with no detail. */
export function errorResponse(error: unknown): Response {
  if (error instanceof HttpError) {
    return json({ error: { code: error.code, message: error.message } }, error.status, {
      ...NO_STORE,
      ...error.headers,
    });
  }
  console.error('class API error', error);
  return json(
    { error: { code: 'internal', message: 'Something went wrong on the server. Try again.' } },
    500,
  );
}

/** The request's cookies by name (the last of duplicate names wins). */
export function cookies(request: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name) out.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return out;
}

/** Whether the request reached us over HTTPS (directly or, with trusted proxies, before them). */
function isHttps(request: Request, config: ServerConfig): boolean {
  if (new URL(request.url).protocol === 'https:') return true;
  return config.trustedProxies > 0 && request.headers.get('x-forwarded-proto') === 'https';
}

/**
 * A `Set-Cookie` value: httpOnly, SameSite=Strict, whole site, `Secure` over HTTPS.
 * `maxAge` in seconds; 0 deletes the cookie.
 */
export function cookieHeader(
  request: Request,
  config: ServerConfig,
  name: string,
  value: string,
  maxAge: number,
): string {
  const secure = isHttps(request, config) ? '; Secure' : '';
  return `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`;
}

/**
 * Refuses a state-changing request whose `Origin` names another site. Browsers send Origin
 * on every POST/PUT/DELETE; a request without one (curl, a script) carries no ambient
 * cookie risk worth refusing, and SameSite=Strict cookies guard the rest.
 */
export function checkOrigin(request: Request, config: ServerConfig): void {
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const allowed = new Set<string>();
  const hosts = [request.headers.get('host')];
  if (config.trustedProxies > 0) hosts.push(request.headers.get('x-forwarded-host'));
  for (const host of hosts) {
    if (host) allowed.add(`http://${host}`).add(`https://${host}`);
  }
  allowed.add(new URL(request.url).origin);
  if (config.publicUrl) {
    try {
      allowed.add(new URL(config.publicUrl).origin);
    } catch {
      // A malformed PUBLIC_URL adds nothing.
    }
  }
  if (!allowed.has(origin)) {
    throw new HttpError(403, 'forbidden', 'This request came from another site and was refused.');
  }
}

/**
 * The client's address, for rate limits only (never stored): the entry of X-Forwarded-For
 * added by the nearest untrusted hop. Without a proxy Next fills it from the socket, but a
 * client can send its own, so per-session limits back this one up.
 */
export function clientAddress(request: Request, config: ServerConfig): string {
  const list = (request.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list[Math.max(0, list.length - 1 - config.trustedProxies)] ?? 'unknown';
}

/**
 * The request body parsed as JSON, refusing more than `limit` bytes (413) before reading it
 * all, and malformed JSON (400).
 */
export async function readJson(request: Request, limit: number): Promise<unknown> {
  const tooLarge = () =>
    new HttpError(413, 'too-large', `The request body is over the ${limit}-byte limit.`);
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'bad-request', 'The request body is not valid JSON.');
  }
}

/** Throws 429 with Retry-After when `wait` (seconds, from RateLimiter.hit) is over 0. */
export function refuseIfLimited(wait: number): void {
  if (wait > 0) {
    throw new HttpError(
      429,
      'rate-limited',
      `Too many requests. Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
      { 'Retry-After': String(wait) },
    );
  }
}
