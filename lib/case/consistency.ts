import type { Case } from './schema';

/**
 * A mechanical check that a score and its rationale tell the same story. Each criterion words
 * its 0–10 scale at 0, 5 and 10. When a rationale repeats one of those anchor phrases (say
 * "the danger to personnel stays about where it is", the words for 5), the score must sit
 * within ANCHOR_TOLERANCE of that anchor: a rationale that describes the scale's 5 cannot carry
 * a 3. When the criterion's 5 describes no change from today (its words contain one of
 * NO_CHANGE_PHRASES), a rationale that says there is no change ("changes little", "unchanged")
 * counts as naming the 5 as well.
 *
 * It cannot prove a score right: a rationale that uses none of these words is not checked. It
 * catches the commonest slip, a rationale describing the status quo under a score that says
 * things get better or worse.
 */

/** How far, in score points, a score may sit from the anchor its rationale names. */
export const ANCHOR_TOLERANCE = 1;

/** Phrases that describe no change from today, in a scale's words or in a rationale. */
export const NO_CHANGE_PHRASES = [
  'about where it is',
  'roughly unchanged',
  'unchanged',
  'changes little',
  'at its present level',
  'slows but continues',
] as const;

/** One assessment whose score and rationale disagree. */
export interface ScaleMismatch {
  /** Path in the case, by ids: `options[high-road].assessments.protection`. */
  path: string;
  score: number;
  /** The anchor the rationale names (0, 5 or 10) and the words that name it. */
  anchor: 0 | 5 | 10;
  words: string;
}

const simplify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[.;:,]+$/, '')
    .trim();

/**
 * Every assessment in the case whose rationale names a scale anchor (by the scale's own words,
 * or by a no-change phrase when the anchor at 5 means no change) that its score is more than
 * ANCHOR_TOLERANCE away from. An empty list means no rationale contradicts its score this way.
 */
export function scaleMismatches(c: Case): ScaleMismatch[] {
  const out: ScaleMismatch[] = [];
  for (const o of c.options) {
    for (const k of c.criteria) {
      const a = o.assessments[k.id];
      if (!a) continue;
      const rationale = simplify(a.rationale);
      const named: { anchor: 0 | 5 | 10; words: string }[] = [];
      for (const anchor of [0, 5, 10] as const) {
        const words = simplify(k.scale[anchor]);
        if (rationale.includes(words)) named.push({ anchor, words });
      }
      const fiveMeansNoChange = NO_CHANGE_PHRASES.some((p) => simplify(k.scale[5]).includes(p));
      if (fiveMeansNoChange) {
        const phrase = NO_CHANGE_PHRASES.find((p) => rationale.includes(p));
        if (phrase && !named.some((n) => n.anchor === 5)) named.push({ anchor: 5, words: phrase });
      }
      for (const n of named) {
        if (Math.abs(a.score - n.anchor) > ANCHOR_TOLERANCE) {
          out.push({
            path: `options[${o.id}].assessments[${k.id}]`,
            score: a.score,
            anchor: n.anchor,
            words: n.words,
          });
        }
      }
    }
  }
  return out;
}
