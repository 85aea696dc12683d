import Link from 'next/link';

/** The body of a 404 page: what is missing and the way back to the list of cases. */
export function NotFoundMessage({ title, body }: { title: string; body: string }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">Error 404</p>
      <h1 className="text-3xl font-bold">{title}</h1>
      <p className="text-muted">{body}</p>
      <p>
        <Link href="/" className="font-medium text-accent underline">
          Back to the list of cases
        </Link>
      </p>
    </div>
  );
}
