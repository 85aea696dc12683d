import Link from 'next/link';

export const metadata = { title: 'Page not found' };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">Error 404</p>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-muted">
        There is no page at this address. It may have been mistyped, or the case may have moved.
      </p>
      <p>
        <Link href="/" className="font-medium text-accent underline">
          Back to the list of cases
        </Link>
      </p>
    </div>
  );
}
