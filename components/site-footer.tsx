export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface text-sm text-muted print:bg-transparent">
      <div className="mx-auto max-w-7xl space-y-2 px-4 py-6">
        <p>
          The Camp Taji case is drawn from an argument published in <cite>Politico Magazine</cite>{' '}
          on 13 March 2020, attributed to Michael Knights of the Washington Institute for Near East
          Policy. Quotations are the article&apos;s; scores, summaries and inferences are
          Counterweight&apos;s own and are labelled as such.
        </p>
        <p>Counterweight makes no request to any third party: no fonts, analytics or trackers.</p>
      </div>
    </footer>
  );
}
