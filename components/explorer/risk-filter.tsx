'use client';

import { useId, type ReactNode } from 'react';
import { ALL_OPTIONS } from '@/lib/explorer/store';
import { useCaseModel, useExplorer } from './use-explorer';

/**
 * Filters the server-rendered risk grid and list by option. The risks themselves never
 * re-render: a scoped style rule hides every element whose `data-risk-option` is another
 * option's. Option ids are kebab-case (checked by the schema), so they are safe in a selector.
 */
export function RiskFilter({ children }: { children: ReactNode }) {
  const model = useCaseModel();
  const filter = useExplorer((s) => s.riskFilter);
  const setRiskFilter = useExplorer((s) => s.setRiskFilter);
  const id = useId();
  const scope = `risks-${model.caseId}`;
  const label = model.options.find((o) => o.id === filter)?.label;

  return (
    <div id={scope} className="space-y-4">
      <div className="flex flex-wrap items-end gap-3 print:hidden">
        <div className="w-full sm:w-auto">
          <label htmlFor={id} className="block text-sm font-medium">
            Show the risks of
          </label>
          <select
            id={id}
            value={filter}
            onChange={(e) => setRiskFilter(e.target.value)}
            className="mt-1 h-11 w-full rounded-md border border-line bg-canvas px-2 text-ink sm:w-auto"
          >
            <option value={ALL_OPTIONS}>All options</option>
            {model.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <p role="status" className="pb-2 text-sm text-muted">
          {label ? `Showing the risks of ${label} only.` : 'Showing every option’s risks.'}
        </p>
      </div>
      {filter !== ALL_OPTIONS && /^[a-z0-9-]+$/.test(filter) && (
        <style>{`#${scope} [data-risk-option]:not([data-risk-option="${filter}"]){display:none}`}</style>
      )}
      {children}
    </div>
  );
}
