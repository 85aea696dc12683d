'use client';

import { useMemo, useState } from 'react';
import { swingWeights } from '@/lib/decision/elicitation';
import { OrderList } from './order-list';
import { orderFromTiers, tiersOf } from './order';
import { DEFAULT_RATING } from './defaults';
import type { MethodProps, SwingElicitation, SwingScale } from './types';
import { ApplyButton, WeightsPreview } from './weights-preview';

/**
 * The rating every criterion actually gets: the top tier 100, every other tier the rating of
 * its first criterion (tied criteria share one rating).
 */
export function effectiveRatings(
  tiers: readonly (readonly string[])[],
  ratings: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  tiers.forEach((tier, t) => {
    const r = t === 0 ? 100 : (ratings[tier[0] ?? ''] ?? DEFAULT_RATING);
    for (const id of tier) out[id] = r;
  });
  return out;
}

/**
 * Pairs (lower, higher) where a swing ranked lower is rated above one ranked higher: the order
 * and the ratings disagree.
 */
export function ratingConflicts(
  tiers: readonly (readonly string[])[],
  ratings: Readonly<Record<string, number>>,
): [string, string][] {
  const out: [string, string][] = [];
  for (let t = 1; t < tiers.length; t++) {
    const above = tiers[t - 1]![0]!;
    const here = tiers[t]![0]!;
    if ((ratings[here] ?? 0) > (ratings[above] ?? 0)) out.push([here, above]);
  }
  return out;
}

/**
 * Swing weighting: order the swings from each criterion's worst to its best score, give the
 * top swing 100 and rate the others against it; weights are the ratings over their sum.
 */
export function SwingMethod({
  criteria,
  scales,
  value,
  onChange,
  onApply,
}: MethodProps<SwingElicitation> & { scales: Readonly<Record<string, SwingScale>> }) {
  const ids = useMemo(() => criteria.map((k) => k.id), [criteria]);
  const labels = new Map(criteria.map((k) => [k.id, k.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const order = orderFromTiers(value.tiers, ids);
  const tiers = tiersOf(order);
  const ratings = effectiveRatings(tiers, value.ratings);
  const conflicts = ratingConflicts(tiers, ratings);
  // The top swing is always 100, so the ratings never all vanish.
  const weights = swingWeights(ratings);

  const setRating = (id: string, r: number) =>
    onChange({ ...value, tiers, ratings: { ...value.ratings, [id]: r } });

  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">
        Imagine each criterion moving from its worst score (0) to its best (10). Put these swings in
        order, the one you would most want first. The top swing is worth 100; rate each of the
        others against it, from 0 (worth nothing) to 100 (worth as much).
      </p>
      <OrderList
        label="Your order of swings"
        order={order}
        onChange={(o) => onChange({ ...value, tiers: tiersOf(o) })}
        labelOf={labelOf}
        extra={(id, tier) => {
          const scale = scales[id];
          const head = tiers[tier]?.[0] === id;
          return (
            <div className="mt-1 space-y-1 text-sm">
              {scale && (
                <p className="text-muted">
                  <span className="font-semibold text-ink">From</span> {scale.worst}{' '}
                  <span className="font-semibold text-ink">to</span> {scale.best}
                </p>
              )}
              {tier === 0 ? (
                <p>
                  Worth <strong>100</strong> (the top swing)
                </p>
              ) : head ? (
                <RatingField
                  label={`${labelOf(id)}: swing worth (0–100)`}
                  value={ratings[id] ?? DEFAULT_RATING}
                  onChange={(r) => setRating(id, r)}
                />
              ) : (
                <p>Worth {ratings[id]} (tied with the one above)</p>
              )}
            </div>
          );
        }}
      />
      {conflicts.length > 0 && (
        <p className="rounded-md border border-warn p-3 text-sm">
          {conflicts
            .map(
              ([lo, hi]) =>
                `${labelOf(lo)} is rated above ${labelOf(hi)}, which you put before it.`,
            )
            .join(' ')}{' '}
          The ratings decide the weights; reorder the swings if the order is what you meant.
        </p>
      )}
      <WeightsPreview label="Weights from your swings" criteria={criteria} weights={weights} />
      <ApplyButton onClick={() => onApply(weights, { method: 'swing', tiers, ratings })} />
    </div>
  );
}

/** A 0–100 field that lets the reader clear and retype; whole numbers in range are committed. */
function RatingField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <label className="flex items-center gap-2">
      Worth
      <input
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        step={1}
        value={draft ?? String(value)}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const n = Number(text);
          if (text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100)
            onChange(Math.round(n));
        }}
        onBlur={() => setDraft(null)}
        aria-label={label}
        className="h-11 w-20 rounded-md border border-line bg-canvas px-2 text-right text-ink tabular-nums lg:h-8"
      />
      of 100
    </label>
  );
}
