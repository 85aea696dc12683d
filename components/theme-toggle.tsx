'use client';

import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { parseThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from '@/lib/theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return parseThemeChoice(document.documentElement.dataset.theme);
  }
}

function apply(choice: ThemeChoice) {
  const dark = resolveTheme(choice, window.matchMedia(DARK_QUERY).matches) === 'dark';
  const root = document.documentElement;
  root.classList.toggle('dark', dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
  root.dataset.theme = choice;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const OPTIONS: { value: ThemeChoice; label: string; icon: string }[] = [
  { value: 'system', label: 'System', icon: '◐' },
  { value: 'light', label: 'Light', icon: '☀' },
  { value: 'dark', label: 'Dark', icon: '☾' },
];

/** Three-way theme switch (system, light, dark), remembered across visits. */
export function ThemeToggle() {
  const choice = useSyncExternalStore(subscribe, readChoice, () => 'system' as ThemeChoice);

  useEffect(() => {
    if (choice !== 'system') return;
    const media = window.matchMedia(DARK_QUERY);
    const follow = () => apply('system');
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, [choice]);

  const choose = useCallback((next: ThemeChoice) => {
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage may be unavailable (private mode); the theme still applies for this page.
    }
    apply(next);
    listeners.forEach((l) => l());
  }, []);

  return (
    <div
      role="group"
      aria-label="Colour theme"
      className="no-print flex rounded-md border border-line p-0.5"
    >
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={choice === o.value}
          title={`${o.label} theme`}
          onClick={() => choose(o.value)}
          className="min-h-10 min-w-10 rounded px-2 py-1 text-sm text-muted hover:text-ink aria-pressed:bg-surface-2 aria-pressed:text-ink sm:min-h-0 sm:min-w-0"
        >
          <span aria-hidden="true">{o.icon}</span>
          <span className="sr-only sm:not-sr-only sm:ml-1">{o.label}</span>
        </button>
      ))}
    </div>
  );
}
