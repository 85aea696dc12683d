export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-surface text-sm text-muted print:bg-transparent">
      <div className="mx-auto max-w-7xl space-y-2 px-4 py-6">
        <p>
          Each case names its source, if it has one, on its own page. Quotations are the
          source&apos;s, checked word for word; scores, summaries and inferences are
          Counterweight&apos;s own and are labelled as such.
        </p>
        <p>Counterweight makes no request to any third party: no fonts, analytics or trackers.</p>
      </div>
    </footer>
  );
}
