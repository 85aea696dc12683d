import { describe, expect, it } from 'vitest';
import { formatPercent } from '@/lib/explorer/format';
import { formatCount, formatPercentBound } from '@/lib/robustness/format';
import { proseCriterionLabel, proseOptionLabel, wrapLabel } from '@/lib/robustness/labels';

describe('formatPercent', () => {
  it.each([
    { share: 0, digits: 0, expected: '0%' },
    { share: 0.125, digits: 0, expected: '13%' },
    { share: 0.125, digits: 1, expected: '12.5%' },
    { share: 1, digits: 0, expected: '100%' },
    { share: 0.33333, digits: 1, expected: '33.3%' },
    { share: -1e-17, digits: 0, expected: '0%' },
  ])('formats $share with $digits decimals as $expected', ({ share, digits, expected }) => {
    expect(formatPercent(share, digits)).toBe(expected);
  });
});

describe('formatPercentBound', () => {
  it.each([
    { share: 0.20454, direction: 'down', expected: '20.4%' },
    { share: 0.20454, direction: 'up', expected: '20.5%' },
    { share: 0.3, direction: 'down', expected: '30%' },
    { share: 0.3, direction: 'up', expected: '30%' },
    { share: 1 / 3, direction: 'up', expected: '33.4%' },
  ] as const)('rounds $share $direction to $expected', ({ share, direction, expected }) => {
    expect(formatPercentBound(share, direction)).toBe(expected);
  });
});

describe('formatCount', () => {
  it('groups thousands', () => {
    expect(formatCount(20000)).toBe('20,000');
    expect(formatCount(1_000_000)).toBe('1,000,000');
  });
});

describe('wrapLabel', () => {
  it.each([
    { label: 'Withdraw from Iraq', width: 10, expected: ['Withdraw', 'from Iraq'] },
    { label: 'The middle path', width: 18, expected: ['The middle path'] },
    { label: 'one two three four five', width: 5, expected: ['one', 'two three four five'] },
    { label: 'Supercalifragilistic', width: 5, expected: ['Supercalifragilistic'] },
  ])('wraps $label at $width', ({ label, width, expected }) => {
    expect(wrapLabel(label, width)).toEqual(expected);
  });
});

describe('prose labels', () => {
  it.each([
    ['The middle path', 'the middle path'],
    ['Withdrawal', 'Withdrawal'],
    ['Theatre defence', 'Theatre defence'],
  ])('option %j reads %j inside a sentence', (label, expected) => {
    expect(proseOptionLabel(label)).toBe(expected);
  });

  it.each([
    ['Restoring deterrence', 'restoring deterrence'],
    ['Curbing Iran’s influence in Iraq', 'curbing Iran’s influence in Iraq'],
    ['ISIS threat', 'ISIS threat'],
    ['', ''],
  ])('criterion %j reads %j inside a sentence', (label, expected) => {
    expect(proseCriterionLabel(label)).toBe(expected);
  });
});
