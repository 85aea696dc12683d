/**
 * Calls the class API from the browser. Every failure becomes a sentence a person can read:
 * the server's own message when it sent one, otherwise a plain description of what went wrong.
 */
export type ApiResult<T> =
  | { readonly ok: true; readonly status: number; readonly data: T }
  | { readonly ok: false; readonly status: number; readonly message: string };

const FALLBACK: Record<number, string> = {
  403: 'This device is not allowed to do that.',
  404: 'No class session has this code. Check the code with your teacher.',
  409: 'The session does not accept that now.',
  413: 'That is too long to send.',
  429: 'Too many requests: wait a few seconds and try again.',
};

export async function callApi<T>(url: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { ...(init.body ? { 'Content-Type': 'application/json' } : {}), ...init.headers },
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: 'Could not reach the server. Check your connection and try again.',
    };
  }
  const body: unknown = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data: body as T };
  const message =
    body && typeof body === 'object' && 'error' in body
      ? (body as { error?: { message?: unknown } }).error?.message
      : undefined;
  return {
    ok: false,
    status: res.status,
    message:
      typeof message === 'string' && message
        ? message
        : (FALLBACK[res.status] ?? `The server refused that (error ${res.status}).`),
  };
}
