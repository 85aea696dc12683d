import { formatShare } from '@/lib/explorer/format';
import type { MethodCriterion } from './types';

/** The weights a method would give, as shares, in the case's criteria order. */
export function WeightsPreview({
  label,
  criteria,
  weights,
}: {
  label: string;
  criteria: readonly MethodCriterion[];
  weights: Readonly<Record<string, number>> | null;
}) {
  return (
    <div className="space-y-1">
      <h4 className="text-sm font-semibold">{label}</h4>
      <ul aria-label={label} className="space-y-0.5 text-sm">
        {criteria.map((k) => {
          const w = weights?.[k.id];
          return (
            <li key={k.id} className="flex items-baseline justify-between gap-3">
              <span className="min-w-0">{k.label}</span>
              <span className="font-semibold tabular-nums">
                {w === undefined ? '—' : formatShare(w)}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The button every method ends with. */
export function ApplyButton({ onClick, disabled }: { onClick: () => void; disabled?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={disabled}
      className="h-11 rounded-md bg-accent px-4 font-semibold text-accent-ink hover:opacity-90 disabled:opacity-50"
    >
      Apply these weights
    </button>
  );
}
