import { RulesLoader, SensitivityLoader, UncertaintyLoader } from './robustness-loaders';
import styles from './robustness.module.css';

function Part({
  id,
  title,
  children,
  panel,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  panel: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="render-when-visible space-y-4">
      <h3 id={id} className="text-xl font-semibold">
        {title}
      </h3>
      <div className="max-w-3xl space-y-2">{children}</div>
      {panel}
    </section>
  );
}

/**
 * "How robust is this?": sensitivity to each weight, SMAA-2 under uncertainty, and other
 * decision rules. A server component: the headings and explanations render into the page's
 * HTML, and the interactive panels load afterwards in their own chunks. It reads the explorer
 * store, so it must sit inside `ExplorerProvider`.
 */
export function RobustnessSection() {
  return (
    <section
      aria-labelledby="robustness-heading"
      className={`relative render-when-visible space-y-10 print:break-before-page ${styles.root}`}
    >
      <div className="space-y-1">
        <h2 id="robustness-heading" className="text-2xl font-semibold">
          How robust is this?
        </h2>
        <p className="max-w-3xl text-muted">
          A ranking worked out from one set of weights can look more certain than it is: the scores
          are judgements and the weights are guesses. Here you can see how far your weights can move
          before another option wins, how often each option wins when you are unsure, and whether
          other reasonable ways of deciding agree.
        </p>
      </div>

      <Part id="robustness-sensitivity" title="If one weight changed" panel={<SensitivityLoader />}>
        <p>
          Each chart takes one criterion and slides its share of the weight from 0% to 100%, keeping
          the other criteria in the same proportions to one another. Every option&apos;s total then
          moves along a straight line. Where the top two lines cross, the lead changes hands: these
          flip points are labelled along the top. The shading shows who leads in each stretch, and
          the solid vertical line marks your weight now.
        </p>
      </Part>

      <Part
        id="robustness-uncertainty"
        title="If you are unsure of the weights and the scores"
        panel={<UncertaintyLoader />}
      >
        <p>
          Rather than one set of weights, this draws thousands of them, and for each draw picks
          every score from the range its assessment gives (most often near the score itself). It
          then counts how often each option came first, second, third and last. The method is called
          SMAA-2 (stochastic multicriteria acceptability analysis). The slider says how far the
          drawn weights may stray from yours, from &ldquo;exactly my weights&rdquo; to &ldquo;any
          weights at all&rdquo;.
        </p>
      </Part>

      <Part id="robustness-rules" title="Under other decision rules" panel={<RulesLoader />}>
        <p>
          The weighted sum lets a strength on one criterion make up for a weakness on another. Other
          sensible rules do not: maximin judges each option by its worst score, minimax regret by
          how far it falls behind the best option on any criterion, and satisficing rules out
          anything below a minimum you set. When they pick a different winner, the reason is given.
        </p>
      </Part>

      <noscript>
        <p className="text-muted">The robustness charts and tables need JavaScript.</p>
      </noscript>
    </section>
  );
}
