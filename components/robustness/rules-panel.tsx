'use client';

import { memo, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DecisionMatrix } from '@/lib/decision';
import { allRules } from '@/lib/decision/rules';
import { explainDisagreement, explainRule } from '@/lib/words/rules';
import { nameOf } from '@/lib/words/names';
import {
  DEFAULT_MINIMUM,
  MINIMUM_RANGE,
  RULE_HEADINGS,
  RULE_QUESTIONS,
  activeThresholds,
  ruleOrder,
  ruleWinner,
} from '@/lib/robustness/rules-view';
import { useCaseModel, useExplorer } from '@/components/explorer/use-explorer';
import { LagBoundary, useDeferredWeights } from '@/components/explorer/lagging';
import { useNames, type RobustnessNames } from './use-names';

interface Labelled {
  readonly id: string;
  readonly label: string;
}

export interface RulesViewProps {
  readonly matrix: DecisionMatrix;
  /** Normalised weights, criteria order. */
  readonly weights: readonly number[];
  readonly criteria: readonly Labelled[];
  readonly names: RobustnessNames;
  /** The reader's minimum per criterion id; a criterion without one uses DEFAULT_MINIMUM. */
  readonly minimums: Readonly<Record<string, number>>;
  /** Sets one criterion's minimum (null: back to the default). */
  readonly onMinimumChange: (criterionId: string, value: number | null) => void;
  /** Puts every minimum back to the default. */
  readonly onResetMinimums: () => void;
}

/**
 * The decision-rules table: winner, full order and one-sentence reason under the weighted sum,
 * maximin, minimax regret and satisficing, with the reader's minimum scores for satisficing
 * and a short account of why the rules disagree.
 */
export function RulesView({
  matrix,
  weights,
  criteria,
  names,
  minimums: chosen,
  onMinimumChange,
  onResetMinimums,
}: RulesViewProps) {
  const id = useId();
  const minimums = useMemo(
    () => criteria.map((k) => chosen[k.id] ?? DEFAULT_MINIMUM),
    [chosen, criteria],
  );
  // While the reader types, a field shows their text; a valid number is applied at once.
  const [drafts, setDrafts] = useState<Readonly<Record<number, string>>>({});

  const results = useMemo(
    () =>
      allRules(matrix, {
        weights,
        thresholds: activeThresholds(
          criteria.map((k) => k.id),
          minimums,
        ),
      }),
    [matrix, weights, criteria, minimums],
  );
  const satisficing = results.find((r) => r.rule === 'satisficing');
  const noneSurvives = satisficing !== undefined && satisficing.winners.length === 0;

  const setMinimum = (k: number, text: string) => {
    setDrafts((d) => ({ ...d, [k]: text }));
    const v = Number(text);
    if (text.trim() === '' || !Number.isFinite(v)) return;
    if (v < MINIMUM_RANGE.min || v > MINIMUM_RANGE.max) return;
    const criterion = criteria[k];
    if (criterion) onMinimumChange(criterion.id, v === DEFAULT_MINIMUM ? null : v);
  };
  const clearDraft = (k: number) =>
    setDrafts((d) => {
      const next = { ...d };
      delete next[k];
      return next;
    });

  return (
    <div className="space-y-5">
      <fieldset className="space-y-3 rounded-lg border border-line bg-surface p-3 sm:p-4 print:hidden">
        <legend className="px-1 font-semibold">Your minimum scores, for satisficing</legend>
        <p className="text-sm text-muted">
          Satisficing rules out any option scoring below your minimum on any criterion (0–10). They
          start at {DEFAULT_MINIMUM}, which rules out only near-worst outcomes; 0 means no minimum.
        </p>
        <div className="grid max-w-4xl gap-x-8 gap-y-2 sm:grid-cols-2">
          {criteria.map((k, index) => (
            <div key={k.id} className="flex items-center justify-between gap-3">
              <label htmlFor={`${id}-min-${index}`} className="min-w-0 text-sm">
                Minimum on {k.label}
              </label>
              <input
                id={`${id}-min-${index}`}
                type="number"
                inputMode="decimal"
                min={MINIMUM_RANGE.min}
                max={MINIMUM_RANGE.max}
                step={0.5}
                value={drafts[index] ?? String(minimums[index] ?? 0)}
                onChange={(e) => setMinimum(index, e.currentTarget.value)}
                onBlur={() => clearDraft(index)}
                className="h-11 w-20 shrink-0 rounded-md border border-line bg-canvas px-2 text-right text-ink tabular-nums"
              />
            </div>
          ))}
        </div>
        <button
          type="button"
          onClick={() => {
            onResetMinimums();
            setDrafts({});
          }}
          className="h-11 rounded-md border border-line px-4 font-medium hover:bg-surface-2"
        >
          Reset minimums
        </button>
      </fieldset>

      <p role="status" className={noneSurvives ? 'font-semibold text-bad' : 'sr-only'}>
        {noneSurvives
          ? 'No option survives your minimum scores: every option falls below at least one of them. Lower a minimum to let an option through.'
          : ''}
      </p>

      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left font-semibold">
          Winner and order under each rule, at your weights
        </caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="w-24 py-2 pr-3 font-medium sm:w-1/3">
              Rule
            </th>
            <th scope="col" className="py-2 font-medium">
              Winner, order and why
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.rule} className="break-inside-avoid border-b border-line align-top">
              <th scope="row" className="py-3 pr-3 text-left font-normal">
                <span className="block font-semibold">{RULE_HEADINGS[r.rule]}</span>
                <span className="hidden text-muted sm:block">{RULE_QUESTIONS[r.rule]}</span>
              </th>
              <td className="space-y-2 py-3">
                {/* On a phone the question moves here, where there is room for it. */}
                <p className="text-muted sm:hidden">{RULE_QUESTIONS[r.rule]}</p>
                <p>
                  <span className="text-muted">Winner: </span>
                  <strong className={r.winners.length === 0 ? 'text-bad' : ''}>
                    {ruleWinner(r, names.prose)}
                  </strong>
                </p>
                <ol aria-label={`Order under ${RULE_HEADINGS[r.rule].toLowerCase()}`}>
                  {ruleOrder(r, names.short).map((row) => (
                    <li key={row.option} className="flex gap-2">
                      <span className="w-7 shrink-0 tabular-nums">
                        {row.place === null ? '–' : row.place}
                      </span>
                      <span className={row.place === null ? 'text-muted' : ''}>
                        {nameOf(names.short.options, row.option)}
                        <span className="text-muted">: {row.value}</span>
                      </span>
                    </li>
                  ))}
                </ol>
                <p>{explainRule(r, names.prose)}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="space-y-1">
        <h4 className="font-semibold">Why the rules agree or disagree</h4>
        <p>{explainDisagreement(results, names.prose)}</p>
      </div>
    </div>
  );
}

// Re-renders only when the deferred weights arrive, not on every keypress.
const MemoRulesView = memo(RulesView);

/** The rules table on the explorer's live weights, a frame or two behind them. */
export function RulesPanel() {
  const model = useCaseModel();
  const { matrix, weights } = useDeferredWeights();
  const names = useNames(model);
  const { minimums, setMinimum, resetMinimums } = useExplorer(
    useShallow((s) => ({
      minimums: s.minimums,
      setMinimum: s.setMinimum,
      resetMinimums: s.resetMinimums,
    })),
  );
  return (
    <LagBoundary>
      <MemoRulesView
        matrix={matrix}
        weights={weights}
        criteria={model.criteria}
        names={names}
        minimums={minimums}
        onMinimumChange={setMinimum}
        onResetMinimums={resetMinimums}
      />
    </LagBoundary>
  );
}
