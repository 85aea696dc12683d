import Link from 'next/link';
import type { ReactNode } from 'react';

/** The explorer's links to teaching: the teaching kit, and (when given) a class-session action. */
export function TeachingLinks({ caseId, children }: { caseId: string; children?: ReactNode }) {
  return (
    <nav aria-label="Teaching" className="flex flex-wrap items-center gap-3 print:hidden">
      <Link
        href={`/cases/${encodeURIComponent(caseId)}/teach`}
        className="inline-flex min-h-11 items-center font-medium text-accent underline"
      >
        Teach this case
      </Link>
      {children}
    </nav>
  );
}
