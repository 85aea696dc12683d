/**
 * Where students can reach this app: `PUBLIC_URL` when it is set (its origin only), otherwise
 * the address the request came in on. Pass the request's `Host` (and `X-Forwarded-Proto`, if
 * a proxy set it). Returns an origin without a trailing slash, e.g. `http://192.168.1.20:3000`.
 * An unusable `PUBLIC_URL` is ignored rather than producing a broken link.
 */
export function publicOrigin({
  publicUrl,
  host,
  forwardedProto,
}: {
  publicUrl?: string | null;
  host?: string | null;
  forwardedProto?: string | null;
}): string {
  if (publicUrl) {
    try {
      const url = new URL(publicUrl);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // fall through to the request's host
    }
  }
  const proto = forwardedProto?.split(',')[0]?.trim() === 'https' ? 'https' : 'http';
  return `${proto}://${host || 'localhost'}`;
}

/**
 * True when `origin` names this machine only (localhost, 127.x, ::1, 0.0.0.0), so phones on
 * the network cannot open it. Callers warn the host and suggest the laptop's address.
 */
export function isLocalOrigin(origin: string): boolean {
  let hostname: string;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return true;
  }
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    hostname === '0.0.0.0' ||
    /^127\./.test(hostname)
  );
}
