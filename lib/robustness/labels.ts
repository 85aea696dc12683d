import { midSentence } from '@/lib/explorer/format';

/** Names for options and criteria as the robustness section writes them. */

/**
 * Splits a short label into at most `maxLines` lines of roughly `width` characters, breaking
 * only at spaces; the last line takes whatever is left. For SVG text, which does not wrap.
 */
export function wrapLabel(label: string, width: number, maxLines = 2): string[] {
  const words = label.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width && lines.length < maxLines - 1) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// One `Names` type for every sentence builder lives in lib/words; re-exported for this section.
export { nameOf, type Names } from '@/lib/words/names';

/**
 * An option's short label as it reads inside a sentence: a leading "The" is lower-cased ("then
 * the high road leads"); other labels are kept as written, since they may be names. Sentence
 * builders capitalise whatever starts a sentence.
 */
export function proseOptionLabel(shortLabel: string): string {
  return midSentence(shortLabel);
}

/**
 * A criterion label as it reads inside a sentence: first letter lower-cased ("the weight on
 * restoring deterrence"), unless the label starts with an acronym ("ISIS threat", "US standing").
 */
export function proseCriterionLabel(label: string): string {
  const [a, b] = label;
  if (!a || (b && b === b.toUpperCase() && b !== b.toLowerCase())) return label;
  return a.toLowerCase() + label.slice(1);
}
