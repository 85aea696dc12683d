export default function HomePage() {
  return (
    <div className="space-y-10">
      <section className="max-w-3xl space-y-4">
        <h1 className="text-3xl font-bold sm:text-4xl">Weigh the options, see the trade-offs</h1>
        <p className="text-lg text-muted">
          Counterweight lays out the options of a real policy dilemma side by side. Set how much
          each criterion matters to you and watch the ranking, the risks and the trade-offs respond.
          Every score says where it comes from: the author&apos;s own words, an established fact, or
          our inference, labelled as such.
        </p>
      </section>
      <section aria-labelledby="cases-heading" className="space-y-4">
        <h2 id="cases-heading" className="text-2xl font-semibold">
          Cases
        </h2>
        <p className="text-muted">No cases are published yet.</p>
      </section>
    </div>
  );
}
