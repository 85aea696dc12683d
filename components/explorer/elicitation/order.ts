/**
 * An ordered list of criteria with ties, as the ranking and swing methods edit it: `ids` most
 * important first, and `tied` the ids that share a place with the one above. Converts to and
 * from the stance's tiers without loss (empty tiers are dropped).
 */
export interface Order {
  readonly ids: readonly string[];
  readonly tied: ReadonlySet<string>;
}

/**
 * The order described by `tiers`, restricted to `known` ids; known ids the tiers leave out
 * are appended untied, so a stance made before a criterion was added still opens.
 */
export function orderFromTiers(
  tiers: readonly (readonly string[])[],
  known: readonly string[],
): Order {
  const valid = new Set(known);
  const seen = new Set<string>();
  const ids: string[] = [];
  const tied = new Set<string>();
  for (const tier of tiers) {
    let first = true;
    for (const id of tier) {
      if (!valid.has(id) || seen.has(id)) continue;
      seen.add(id);
      if (!first && ids.length > 0) tied.add(id);
      ids.push(id);
      first = false;
    }
  }
  for (const id of known) if (!seen.has(id)) ids.push(id);
  return { ids, tied };
}

/** The tiers of an order, most important first; the first id can never be tied. */
export function tiersOf(order: Order): string[][] {
  const tiers: string[][] = [];
  order.ids.forEach((id, i) => {
    const last = tiers[tiers.length - 1];
    if (i > 0 && last && order.tied.has(id)) last.push(id);
    else tiers.push([id]);
  });
  return tiers;
}

/**
 * Moves `id` to position `to` (clamped). A moved criterion takes a place of its own: its tie is
 * cleared, and so are the ties of the criteria that now follow its old and new places, whose
 * neighbour above changed.
 */
export function moveTo(order: Order, id: string, to: number): Order {
  const from = order.ids.indexOf(id);
  if (from < 0) return order;
  const target = Math.max(0, Math.min(order.ids.length - 1, to));
  if (target === from) return order;
  const ids = order.ids.filter((x) => x !== id);
  const afterOld = ids[from];
  ids.splice(target, 0, id);
  const tied = new Set(order.tied);
  tied.delete(id);
  if (afterOld !== undefined) tied.delete(afterOld);
  const afterNew = ids[target + 1];
  if (afterNew !== undefined) tied.delete(afterNew);
  return { ids, tied };
}

/** Moves `id` up (`-1`) or down (`+1`) one place. */
export function moveBy(order: Order, id: string, delta: -1 | 1): Order {
  return moveTo(order, id, order.ids.indexOf(id) + delta);
}

/** Ties `id` with the criterion above it, or unties it. The first criterion cannot be tied. */
export function setTied(order: Order, id: string, tied: boolean): Order {
  const i = order.ids.indexOf(id);
  if (i <= 0) return order;
  const next = new Set(order.tied);
  if (tied) next.add(id);
  else next.delete(id);
  return { ids: order.ids, tied: next };
}
