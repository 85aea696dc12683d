/** The reader's theme choice; `system` follows the operating system. */
export type ThemeChoice = 'system' | 'light' | 'dark';

/** The localStorage key holding the reader's ThemeChoice. */
export const THEME_STORAGE_KEY = 'counterweight:theme';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * Reads a stored theme choice. Anything unrecognised (a corrupt value, null) means `system`,
 * so a bad stored value can never lock a reader into an unreadable theme.
 */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return CHOICES.find((c) => c === stored) ?? 'system';
}

/**
 * Resolves a choice to the theme actually shown. `prefersDark` is the system preference
 * (`matchMedia('(prefers-color-scheme: dark)').matches`); it only matters for `system`.
 */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): 'light' | 'dark' {
  if (choice === 'system') return prefersDark ? 'dark' : 'light';
  return choice;
}

/**
 * The inline script that applies the stored theme before first paint (no flash). It must stay
 * self-contained: it runs before any bundle loads, so it cannot import the helpers above.
 */
export const themeScript = `(function(){try{var k=${JSON.stringify(THEME_STORAGE_KEY)};var c=localStorage.getItem(k);if(c!=='light'&&c!=='dark')c='system';var d=c==='dark'||(c==='system'&&matchMedia('(prefers-color-scheme: dark)').matches);var r=document.documentElement;r.classList.toggle('dark',d);r.style.colorScheme=d?'dark':'light';r.dataset.theme=c;}catch(e){}})();`;
