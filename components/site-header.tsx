import Link from 'next/link';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface print:border-none print:bg-transparent">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-2 font-semibold text-ink no-underline">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="h-7 w-7">
            <rect width="32" height="32" rx="6" className="fill-accent" />
            <path
              d="M6 20h20M16 8v12M9 20l-3 5h6zM23 20l-3 5h6z"
              className="stroke-accent-ink"
              strokeWidth="2.2"
              fill="none"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>Counterweight</span>
          <span className="sr-only">, home</span>
        </Link>
        <ThemeToggle />
      </div>
    </header>
  );
}
