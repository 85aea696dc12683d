import Link from 'next/link';

export default function CaseNotFound() {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-12 text-center">
      <p className="text-sm font-semibold tracking-wide text-muted uppercase">Error 404</p>
      <h1 className="text-3xl font-bold">No such case</h1>
      <p className="text-muted">There is no case or option at this address.</p>
      <p>
        <Link href="/" className="font-medium text-accent underline">
          Back to the list of cases
        </Link>
      </p>
    </div>
  );
}
