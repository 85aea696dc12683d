// Constants and types only: the explorer's "Run this case in class" uses this, and zod must
// stay out of the explorer's first load.
import { SMALL_GROUP_MAX, SMALL_GROUP_MIN } from './constants';
import type { SessionSettings, SettingsInput } from './contract';

/** A settings form's fields as typed: the threshold and closing time as the inputs hold them. */
export interface SettingsFormValues {
  readonly rolesOffered: boolean;
  /** The number input's text. */
  readonly threshold: string;
  /** A `datetime-local` value (`YYYY-MM-DDTHH:mm`, the browser's local time), or `''`. */
  readonly closes: string;
  /** "No closing time": `closes` is then ignored. */
  readonly noClosingTime: boolean;
}

/** The settings to send, or the sentence explaining what to fix. */
export type SettingsFormResult =
  | { readonly ok: true; readonly settings: Required<SettingsInput> }
  | { readonly ok: false; readonly message: string };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A stored instant as a `datetime-local` value in the runtime's local time zone (`''` for
 * `null`). Call it only in the browser: on the server the time zone is the server's, so the
 * value would differ from the one the browser renders.
 */
export function toLocalDateTimeInput(iso: string | null): string {
  if (iso === null) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A form's values for the stored settings (the closing time in local time; see above). */
export function settingsFormValues(settings: SessionSettings): SettingsFormValues {
  return {
    rolesOffered: settings.rolesOffered,
    threshold: String(settings.smallGroupThreshold),
    closes: toLocalDateTimeInput(settings.closesAt),
    noClosingTime: settings.closesAt === null,
  };
}

/**
 * Checks a settings form against the API's bounds and turns it into the request's settings
 * (the closing time as an ISO instant). A closing time in the past is refused unless
 * `allowPast` (changing a running session: it then locks at once); an empty closing time
 * without "No closing time" is refused rather than silently read as none.
 */
export function settingsFromForm(
  values: SettingsFormValues,
  { now, allowPast }: { now: number; allowPast: boolean },
): SettingsFormResult {
  const n = Number(values.threshold);
  if (
    values.threshold.trim() === '' ||
    !Number.isInteger(n) ||
    n < SMALL_GROUP_MIN ||
    n > SMALL_GROUP_MAX
  ) {
    return {
      ok: false,
      message: `The small-group threshold must be a whole number from ${SMALL_GROUP_MIN} to ${SMALL_GROUP_MAX}.`,
    };
  }
  let closesAt: string | null = null;
  if (!values.noClosingTime) {
    const at = values.closes ? new Date(values.closes) : null;
    if (!at || Number.isNaN(at.getTime())) {
      return {
        ok: false,
        message: 'Give a closing time (date and time), or choose "No closing time".',
      };
    }
    if (!allowPast && at.getTime() <= now) {
      return { ok: false, message: 'The closing time must be in the future.' };
    }
    closesAt = at.toISOString();
  }
  return {
    ok: true,
    settings: { rolesOffered: values.rolesOffered, smallGroupThreshold: n, closesAt },
  };
}
