import 'server-only';
import { headers } from 'next/headers';
import { classApi, publicSessionSchema, type PublicSession } from '@/lib/class/contract';
import { handlers } from '@/lib/server/routes';
import { isLocalOrigin, publicOrigin } from '@/lib/teaching/public-origin';

/**
 * A session as anyone with its code may see it, through the API's own handler (so pages and
 * API agree), or null when there is no such session.
 */
export async function findSession(code: string): Promise<PublicSession | null> {
  const res = await handlers.getSession(
    new Request(`http://server${classApi.session(code)}`),
    code,
  );
  if (!res.ok) return null;
  const parsed = publicSessionSchema.safeParse(await res.json());
  return parsed.success ? parsed.data : null;
}

/** The origin students can reach (PUBLIC_URL or this request's host) and whether it is local. */
export async function studentOrigin(): Promise<{ origin: string; local: boolean }> {
  const h = await headers();
  const origin = publicOrigin({
    publicUrl: process.env.PUBLIC_URL,
    host: h.get('x-forwarded-host') ?? h.get('host'),
    forwardedProto: h.get('x-forwarded-proto'),
  });
  return { origin, local: isLocalOrigin(origin) };
}
