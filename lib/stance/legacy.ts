/**
 * The criterion order that positional share links (`?w=80,100,60,…`, made before links were
 * keyed by id) were written in, frozen per case. A positional link is read in this order, never
 * in the case's current one, so reordering or extending a case cannot move an old link's weight
 * to another criterion. Never edit an entry; a case created after keyed links has none.
 */
export const LEGACY_CRITERIA_ORDER: Readonly<Record<string, readonly string[]>> = {
  'camp-taji-2020': [
    'protection',
    'deterrence',
    'iran-influence',
    'counter-isis',
    'escalation',
    'backlash',
    'long-term',
    'feasibility',
  ],
};
