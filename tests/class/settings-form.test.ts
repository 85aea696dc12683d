import { describe, expect, it } from 'vitest';
import {
  settingsFormValues,
  settingsFromForm,
  toLocalDateTimeInput,
  type SettingsFormValues,
} from '@/lib/class/settings-form';

const NOW = new Date(2026, 10, 25, 14, 0).getTime();
const form = (patch: Partial<SettingsFormValues> = {}): SettingsFormValues => ({
  rolesOffered: false,
  threshold: '5',
  closes: '',
  noClosingTime: true,
  ...patch,
});

describe('settingsFromForm', () => {
  it.each([
    ['2', 'below the minimum'],
    ['51', 'above the maximum'],
    ['4.5', 'not whole'],
    ['', 'empty'],
    ['five', 'not a number'],
  ])('refuses a threshold of %j (%s)', (threshold) => {
    expect(settingsFromForm(form({ threshold }), { now: NOW, allowPast: true })).toEqual({
      ok: false,
      message: 'The small-group threshold must be a whole number from 3 to 50.',
    });
  });

  it('sends every setting, the closing time as an ISO instant of the local time typed', () => {
    const result = settingsFromForm(
      form({
        rolesOffered: true,
        threshold: ' 3 ',
        closes: '2026-11-25T15:30',
        noClosingTime: false,
      }),
      { now: NOW, allowPast: false },
    );
    expect(result).toEqual({
      ok: true,
      settings: {
        rolesOffered: true,
        smallGroupThreshold: 3,
        closesAt: new Date(2026, 10, 25, 15, 30).toISOString(),
      },
    });
  });

  it('ignores the time when "No closing time" is chosen', () => {
    const result = settingsFromForm(form({ closes: '2026-11-25T15:30', noClosingTime: true }), {
      now: NOW,
      allowPast: false,
    });
    expect(result.ok && result.settings.closesAt).toBeNull();
  });

  it('refuses a past time at creation but accepts it for a running session', () => {
    const past = form({ closes: '2026-11-25T13:59', noClosingTime: false });
    expect(settingsFromForm(past, { now: NOW, allowPast: false })).toEqual({
      ok: false,
      message: 'The closing time must be in the future.',
    });
    expect(settingsFromForm(past, { now: NOW, allowPast: true }).ok).toBe(true);
  });

  it('refuses an empty time without "No closing time" rather than reading it as none', () => {
    const result = settingsFromForm(form({ noClosingTime: false }), { now: NOW, allowPast: true });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/No closing time/) });
  });
});

describe('settingsFormValues', () => {
  it('round-trips a stored closing time through the local datetime field', () => {
    const closesAt = new Date(2026, 10, 25, 9, 5).toISOString();
    const values = settingsFormValues({ rolesOffered: true, smallGroupThreshold: 7, closesAt });
    expect(values).toEqual({
      rolesOffered: true,
      threshold: '7',
      closes: '2026-11-25T09:05',
      noClosingTime: false,
    });
    const back = settingsFromForm(values, { now: NOW, allowPast: true });
    expect(back.ok && back.settings.closesAt).toBe(closesAt);
  });

  it('gives an empty field and "No closing time" for none', () => {
    expect(toLocalDateTimeInput(null)).toBe('');
    expect(
      settingsFormValues({ rolesOffered: false, smallGroupThreshold: 5, closesAt: null }),
    ).toMatchObject({ closes: '', noClosingTime: true });
  });
});
