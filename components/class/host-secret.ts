/**
 * The host secret of a session, kept in this tab's session storage so the host page can show
 * the host link for another device. Never sent anywhere but the claim request.
 */
const key = (code: string) => `counterweight:class-host:${code}`;

export function rememberHostSecret(code: string, secret: string): void {
  try {
    window.sessionStorage.setItem(key(code), secret);
  } catch {
    // Private mode or storage disabled: the host link just is not shown.
  }
}

export function recallHostSecret(code: string): string | null {
  try {
    return window.sessionStorage.getItem(key(code));
  } catch {
    return null;
  }
}
