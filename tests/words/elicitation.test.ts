import { describe, expect, it } from 'vitest';
import {
  consistencySentence,
  inconsistencySentence,
  judgementSentence,
  saatyWords,
} from '@/lib/words/elicitation';

const label = (id: string) => ({ a: 'Cost', b: 'Safety' })[id] ?? id;

describe('saatyWords', () => {
  it.each([
    [1, 'equally'],
    [3, 'moderately more'],
    [5, 'strongly more'],
    [7, 'very strongly more'],
    [9, 'extremely more'],
    [12, 'extremely more'],
  ])('words %i as "%s"', (v, words) => expect(saatyWords(v)).toBe(words));
});

describe('judgementSentence', () => {
  it.each([
    [{ more: 'a', value: 5 } as const, 'Cost matters strongly more (5) than Safety'],
    [{ more: 'b', value: 3 } as const, 'Safety matters moderately more (3) than Cost'],
    [{ more: 'equal', value: 1 } as const, 'Cost and Safety matter equally'],
  ])('words %o', (j, sentence) => expect(judgementSentence('a', 'b', j, label)).toBe(sentence));
});

describe('consistencySentence', () => {
  it('accepts a ratio of 0.10 or less and warns above it', () => {
    expect(consistencySentence(0.1, 0.1)).toMatch(
      /^Consistency ratio 0\.10: your judgements hang together/,
    );
    expect(consistencySentence(0.23, 0.2)).toMatch(/^Consistency ratio 0\.23: .*contradict/);
  });

  it('gives the index alone beyond Saaty’s table', () => {
    expect(consistencySentence(null, 0.04)).toMatch(
      /^Consistency index 0\.04\. .*no consistency ratio/,
    );
  });
});

describe('inconsistencySentence', () => {
  it('says what was judged and what the others imply', () => {
    const x = {
      a: 'a',
      b: 'b',
      ratio: 9,
      error: 2,
      implied: 1 / 3,
      suggestion: { more: 'b', value: 3 } as const,
    };
    expect(inconsistencySentence(x, label)).toBe(
      'You said Cost matters extremely more (9) than Safety; your other judgements suggest Safety matters moderately more (3) than Cost.',
    );
  });
});
