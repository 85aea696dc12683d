import 'server-only';
import { headers } from 'next/headers';
import { getCase } from '@/content';
import type { Case } from '@/lib/case/schema';
import {
  classApi,
  classPages,
  normaliseJoinCode,
  publicSessionSchema,
  type PublicSession,
} from '@/lib/class/contract';
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

/**
 * What the host and projector pages need from a path's raw code: the session, its case, and
 * the join link students can reach; null when the code names no session of a known case.
 */
export async function findClassPage(rawCode: string): Promise<{
  code: string;
  session: PublicSession;
  c: Case;
  origin: string;
  local: boolean;
  joinUrl: string;
} | null> {
  const code = normaliseJoinCode(decodeURIComponent(rawCode));
  const session = code ? await findSession(code) : null;
  const c = session ? getCase(session.caseId) : undefined;
  if (!code || !session || !c) return null;
  const { origin, local } = await studentOrigin();
  return { code, session, c, origin, local, joinUrl: `${origin}${classPages.joinCode(code)}` };
}
