import { describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveTheme, themeScript, THEME_STORAGE_KEY } from '@/lib/theme';

describe('parseThemeChoice', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    [null, 'system'],
    [undefined, 'system'],
    ['', 'system'],
    ['DARK', 'system'],
    ['{"corrupt":true}', 'system'],
  ] as const)('reads %j as %s', (stored, expected) => {
    expect(parseThemeChoice(stored)).toBe(expected);
  });
});

describe('resolveTheme', () => {
  it.each([
    ['system', true, 'dark'],
    ['system', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
  ] as const)('resolves %s with prefersDark=%s to %s', (choice, prefersDark, expected) => {
    expect(resolveTheme(choice, prefersDark)).toBe(expected);
  });
});

describe('themeScript', () => {
  it('reads the same storage key as the toggle and is valid JavaScript', () => {
    expect(themeScript).toContain(JSON.stringify(THEME_STORAGE_KEY));
    expect(() => new Function(themeScript)).not.toThrow();
  });
});
