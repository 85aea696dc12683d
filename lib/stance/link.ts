import { decodeWeights, describeWeightsProblem } from '@/lib/explorer/url-codec';
import { defaultStance, fitStanceToCase, type PointsById } from './fit';
import { LEGACY_CRITERIA_ORDER } from './legacy';
import {
  stanceSchema,
  STANCE_VERSION,
  type Elicitation,
  type Stance,
  type StanceCaseIds,
} from './schema';

/**
 * The share-link format. Every value is keyed by id, never by position, and uses only
 * characters a query may hold unescaped (ids are `a-z0-9-`), so links stay readable:
 *
 * - `w=protection:80,deterrence:100,…` importance points per criterion (always written);
 * - `d=high-road.escalation:3,…` the reader's own scores, `option.criterion:score`;
 * - `m=backlash:3,…` satisficing minimums;
 * - `r=c:50,n:20000,s:7,k:escalation` robustness settings (certainty 0–100, draws, seed,
 *   the sensitivity chart's criterion);
 * - `e=rank:a~b,c` (tiers most important first, `~` joins ties), `e=swing:a~b,c;a:100,b:100,c:60`,
 *   `e=pair:a.b.a3,a.c.e1` (pair `a.b`, then `a`, `b` or `e`qual and Saaty's value), `e=direct`.
 *
 * A `w` whose entries have no `:` is a positional link from before this format: it is read in
 * the case's frozen legacy order (see `LEGACY_CRITERIA_ORDER`).
 */

/** The query parameters the stance owns; every other parameter in an address is left alone. */
export const STANCE_PARAMS = ['w', 'd', 'm', 'r', 'e'] as const;

/** How a query string's stance was read. */
export type LinkStatus =
  /** The address carries no stance: fall back to storage, then the defaults. */
  | 'none'
  /** Read in full. */
  | 'ok'
  /** Read, but something had to be filled in or left out: `notice` says what. */
  | 'partial'
  /** Unusable: `stance` is the defaults, `notice` says why. */
  | 'bad';

/** The stance a query string gives, what happened, and a sentence for the reader (or null). */
export interface StanceFromSearch {
  readonly stance: Stance;
  readonly status: LinkStatus;
  readonly notice: string | null;
}

/** Optional helpers for `stanceFromSearch`. */
export interface StanceLinkOptions {
  /** Order of positional `?w=` links (defaults to `LEGACY_CRITERIA_ORDER`, then the case's). */
  readonly legacyOrder?: readonly string[];
  /** A reader-facing name for a criterion or option id, for notices (defaults to the id). */
  readonly label?: (id: string) => string;
}

const NUMBER = /^\d+(?:\.\d+)?(?:e-?\d+)?$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class LinkError extends Error {}

function fail(message: string): never {
  throw new LinkError(message);
}

function list(value: string, what: string): string[] {
  const parts = value.split(',').map((s) => s.trim());
  if (value.trim() === '' || parts.some((p) => p === '')) fail(`its ${what} have an empty entry`);
  return parts;
}

function id(text: string, what: string): string {
  if (!ID.test(text)) fail(`"${truncate(text)}" is not a ${what}`);
  return text;
}

function number(text: string, what: string): number {
  if (!NUMBER.test(text)) fail(`${what} "${truncate(text)}" is not a number`);
  return Number(text);
}

function keyed(entry: string, what: string): [string, string] {
  const at = entry.lastIndexOf(':');
  if (at <= 0) fail(`${what} entry "${truncate(entry)}" is not name:value`);
  return [entry.slice(0, at), entry.slice(at + 1)];
}

function tiers(text: string): string[][] {
  if (text === '') return [];
  return list(text, 'ranking').map((tier) => tier.split('~').map((k) => id(k, 'criterion')));
}

function decodeElicitation(value: string): Elicitation {
  if (value === 'direct') return { method: 'direct' };
  const colon = value.indexOf(':');
  const method = value.slice(0, colon);
  const body = value.slice(colon + 1);
  if (colon > 0 && method === 'rank') return { method: 'ranking', tiers: tiers(body) };
  if (colon > 0 && method === 'swing') {
    const [order = '', ratings = ''] = body.split(';');
    return {
      method: 'swing',
      tiers: tiers(order),
      ratings: Object.fromEntries(
        (ratings === '' ? [] : list(ratings, 'swing ratings')).map((e) => {
          const [k, v] = keyed(e, 'swing');
          return [id(k, 'criterion'), number(v, 'a swing rating')];
        }),
      ),
    };
  }
  if (colon > 0 && method === 'pair') {
    return {
      method: 'pairwise',
      judgements: (body === '' ? [] : list(body, 'comparisons')).map((e) => {
        const m = /^([a-z0-9-]+)\.([a-z0-9-]+)\.([abe])(\d)$/.exec(e);
        if (!m) fail(`comparison "${truncate(e)}" is not criterion.criterion.a1–9`);
        const [, a = '', b = '', more = 'e', v = '1'] = m;
        return { a, b, more: more === 'e' ? 'equal' : (more as 'a' | 'b'), value: Number(v) };
      }),
    };
  }
  return fail(`"${truncate(value)}" is not a way of setting weights`);
}

function decodeWeightsParam(value: string, legacyOrder: readonly string[]): Record<string, number> {
  if (value.trim() !== '' && !value.includes(':')) {
    const legacy = decodeWeights(value, legacyOrder.length);
    if (!legacy.ok) throw new LinkError(describeWeightsProblem(legacy.problem));
    return Object.fromEntries(legacyOrder.map((k, j) => [k, legacy.points[j] ?? 0]));
  }
  if (value.trim() === '') throw new LinkError(describeWeightsProblem({ kind: 'empty' }));
  return Object.fromEntries(
    list(value, 'weights').map((e) => {
      const [k, v] = keyed(e, 'weight');
      const points = number(v, 'weight');
      if (points > 100) fail(`the weight of ${k} is ${v}; weights run from 0 to 100`);
      return [id(k, 'criterion'), Math.round(points)];
    }),
  );
}

function decode(params: URLSearchParams, caseId: string, legacyOrder: readonly string[]): Stance {
  const w = params.get('w');
  const raw: Record<string, unknown> = { v: STANCE_VERSION, caseId, weights: {} };
  if (w !== null) raw.weights = decodeWeightsParam(w, legacyOrder);
  const d = params.get('d');
  if (d !== null) {
    const disputes: Record<string, Record<string, number>> = {};
    for (const e of list(d, 'scores')) {
      const [cell, v] = keyed(e, 'score');
      const [o = '', k = '', ...extra] = cell.split('.');
      if (extra.length > 0) fail(`score "${truncate(e)}" is not option.criterion:score`);
      (disputes[id(o, 'option')] ??= {})[id(k, 'criterion')] = number(v, 'score');
    }
    raw.disputes = disputes;
  }
  const m = params.get('m');
  if (m !== null) {
    raw.minimums = Object.fromEntries(
      list(m, 'minimums').map((e) => {
        const [k, v] = keyed(e, 'minimum');
        return [id(k, 'criterion'), number(v, 'minimum')];
      }),
    );
  }
  const r = params.get('r');
  if (r !== null) {
    const names = { c: 'concentration', n: 'samples', s: 'seed' } as const;
    const robustness: Record<string, number | string> = {};
    for (const e of list(r, 'settings')) {
      const [k, v] = keyed(e, 'setting');
      if (k === 'k') robustness.sweep = id(v, 'criterion');
      else if (k === 'c' || k === 'n' || k === 's') robustness[names[k]] = number(v, 'setting');
      else fail(`"${truncate(k)}" is not a setting`);
    }
    raw.robustness = robustness;
  }
  const e = params.get('e');
  if (e !== null) raw.elicitation = decodeElicitation(e);
  const parsed = stanceSchema.safeParse(raw);
  if (!parsed.success) fail('a value is out of range');
  return parsed.data;
}

/**
 * Reads a stance from a query string (`location.search` with or without `?`, or parsed
 * params) for one case. Never throws. No stance parameter at all gives `status: 'none'` and the
 * defaults. Any malformed or out-of-range part makes the whole link `bad` (defaults, with a
 * notice naming the problem): a half-read link could mislead. Ids the case does not know are
 * left out and criteria the link does not weigh get `defaults`, both with a notice
 * (`partial`); nothing is ever moved to another id. Pure and server-safe.
 */
export function stanceFromSearch(
  search: string | URLSearchParams,
  ids: StanceCaseIds,
  defaults: PointsById,
  options: StanceLinkOptions = {},
): StanceFromSearch {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const fallback = defaultStance(ids.caseId, defaults);
  if (!STANCE_PARAMS.some((p) => params.has(p))) {
    return { stance: fallback, status: 'none', notice: null };
  }
  const legacyOrder = options.legacyOrder ?? LEGACY_CRITERIA_ORDER[ids.caseId] ?? ids.criteria;
  let stance: Stance;
  try {
    stance = decode(params, ids.caseId, legacyOrder);
  } catch (error) {
    const why = error instanceof LinkError ? error.message : 'it could not be read';
    const notice = why.endsWith('.')
      ? why
      : `This link could not be used (${why}). Showing the default weights instead.`;
    return { stance: fallback, status: 'bad', notice };
  }
  const fitted = fitStanceToCase(stance, ids, defaults);
  const label = options.label ?? ((x: string) => x);
  const notice = fitNotice('This link', fitted.missing.map(label), fitted.unknown.map(label));
  return { stance: fitted.stance, status: notice ? 'partial' : 'ok', notice };
}

/**
 * One or two sentences on what was filled in or left out when a stance was fitted to a case,
 * or null when nothing was. `subject` starts the sentences ("This link", "Your saved choices").
 */
export function fitNotice(
  subject: string,
  missing: readonly string[],
  unknown: readonly string[],
): string | null {
  const parts: string[] = [];
  if (missing.length > 0) {
    parts.push(
      `${subject} gives no weight for ${joinAnd(missing)}, which the case has added since, so ${missing.length === 1 ? 'it starts' : 'they start'} at the default weight.`,
    );
  }
  if (unknown.length > 0) {
    parts.push(
      `${subject} mentions ${joinAnd(unknown.map((u) => `"${u}"`))}, which this case no longer has; ${unknown.length === 1 ? 'that part was' : 'those parts were'} left out.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function tiersText(t: readonly (readonly string[])[]): string {
  // An empty tier carries no judgement; writing it would make the link unreadable.
  return t
    .filter((tier) => tier.length > 0)
    .map((tier) => tier.join('~'))
    .join(',');
}

function encodeElicitation(e: Elicitation): string {
  switch (e.method) {
    case 'direct':
      return 'direct';
    case 'ranking':
      return `rank:${tiersText(e.tiers)}`;
    case 'swing':
      return `swing:${tiersText(e.tiers)};${Object.entries(e.ratings)
        .map(([k, v]) => `${k}:${v}`)
        .join(',')}`;
    case 'pairwise':
      return `pair:${e.judgements
        .map((j) => `${j.a}.${j.b}.${j.more === 'equal' ? 'e' : j.more}${j.value}`)
        .join(',')}`;
  }
}

/**
 * Writes a stance as a query string without the `?` (`w=…&d=…`), weights in `order` (the
 * case's criteria order; other ids follow). Reading it back with `stanceFromSearch` gives the
 * same stance, as long as it was valid (`stanceSchema`); empty ranking or swing tiers are left
 * out. The case id is not written: the address already names the case.
 */
export function searchFromStance(stance: Stance, order: readonly string[] = []): string {
  const rank = new Map(order.map((k, j) => [k, j]));
  const weights = Object.entries(stance.weights).sort(
    ([a], [b]) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity),
  );
  const parts = [`w=${weights.map(([k, v]) => `${k}:${v}`).join(',')}`];
  const disputes = Object.entries(stance.disputes ?? {}).flatMap(([o, cells]) =>
    Object.entries(cells).map(([k, v]) => `${o}.${k}:${v}`),
  );
  if (disputes.length > 0) parts.push(`d=${disputes.join(',')}`);
  const minimums = Object.entries(stance.minimums ?? {});
  if (minimums.length > 0) parts.push(`m=${minimums.map(([k, v]) => `${k}:${v}`).join(',')}`);
  const r = stance.robustness;
  if (r) {
    const settings = [
      r.concentration !== undefined && `c:${r.concentration}`,
      r.samples !== undefined && `n:${r.samples}`,
      r.seed !== undefined && `s:${r.seed}`,
      r.sweep !== undefined && `k:${r.sweep}`,
    ].filter((x): x is string => typeof x === 'string');
    if (settings.length > 0) parts.push(`r=${settings.join(',')}`);
  }
  if (stance.elicitation) parts.push(`e=${encodeElicitation(stance.elicitation)}`);
  return parts.join('&');
}

/**
 * Returns absolute `href` with its stance parameters replaced by `stance` (or removed when it
 * is null), keeping every other parameter and the hash.
 */
export function hrefWithStance(
  href: string,
  stance: Stance | null,
  order: readonly string[] = [],
): string {
  const url = new URL(href);
  const rest = new URLSearchParams(url.search);
  for (const p of STANCE_PARAMS) rest.delete(p);
  const query = [rest.toString(), stance ? searchFromStance(stance, order) : '']
    .filter(Boolean)
    .join('&');
  url.search = query;
  return url.toString();
}

function truncate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 23)}…` : s;
}
