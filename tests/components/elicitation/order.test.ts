import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  moveBy,
  moveTo,
  orderFromTiers,
  setTied,
  tiersOf,
} from '@/components/explorer/elicitation/order';

const ids = ['a', 'b', 'c', 'd'];

describe('orderFromTiers and tiersOf', () => {
  it('round-trip tiers without empty tiers', () => {
    const tiers = [['b'], ['a', 'd'], ['c']];
    expect(tiersOf(orderFromTiers(tiers, ids))).toEqual(tiers);
  });

  it('drop unknown and repeated ids and append the ones left out', () => {
    const order = orderFromTiers([['x', 'c'], [], ['c', 'a']], ids);
    expect(tiersOf(order)).toEqual([['c'], ['a'], ['b'], ['d']]);
  });

  it('round-trip any tiering of the ids', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ids, { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        (order, ties) => {
          const tiers: string[][] = [];
          order.forEach((id, i) => {
            if (i > 0 && ties[i - 1]) tiers[tiers.length - 1]!.push(id);
            else tiers.push([id]);
          });
          expect(tiersOf(orderFromTiers(tiers, ids))).toEqual(tiers);
        },
      ),
    );
  });
});

describe('moveBy and moveTo', () => {
  const start = orderFromTiers([['a'], ['b', 'c'], ['d']], ids);

  it('moves an item and gives it a place of its own', () => {
    expect(tiersOf(moveBy(start, 'c', -1))).toEqual([['a'], ['c'], ['b'], ['d']]);
  });

  it('unties the item that followed the moved one', () => {
    expect(tiersOf(moveBy(start, 'b', -1))).toEqual([['b'], ['a'], ['c'], ['d']]);
  });

  it('does nothing past either end', () => {
    expect(moveBy(start, 'a', -1)).toBe(start);
    expect(moveBy(start, 'd', 1)).toBe(start);
  });

  it('drags an item to any place', () => {
    expect(tiersOf(moveTo(start, 'd', 0))).toEqual([['d'], ['a'], ['b', 'c']]);
  });
});

describe('setTied', () => {
  it('ties with the one above and unties again', () => {
    const plain = orderFromTiers([['a'], ['b'], ['c'], ['d']], ids);
    const tied = setTied(plain, 'c', true);
    expect(tiersOf(tied)).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(tiersOf(setTied(tied, 'c', false))).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('cannot tie the first item', () => {
    const plain = orderFromTiers([['a'], ['b']], ['a', 'b']);
    expect(setTied(plain, 'a', true)).toBe(plain);
  });
});
