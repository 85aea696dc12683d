import { describe, expect, it } from 'vitest';
import { modelFromCase, matchingPreset } from '@/lib/explorer/model';
import {
  ALL_OPTIONS,
  createExplorerStore,
  selectActivePreset,
  selectLead,
  selectNormalisedWeights,
  selectRanking,
  selectTotals,
} from '@/lib/explorer/store';
import { fixtureCase } from './fixtures';

const model = modelFromCase(fixtureCase);

describe('createExplorerStore', () => {
  it('starts at the default points, pairing the runner-up against the leader', () => {
    const s = createExplorerStore(model).getState();
    expect(s.points).toEqual([50, 30, 20]);
    expect(s.pair).toEqual(['alpha', 'charlie']);
    expect(s.riskFilter).toBe(ALL_OPTIONS);
    expect(selectRanking(s).map((r) => r.option)).toEqual(['charlie', 'alpha', 'bravo']);
  });

  it('re-ranks when a point changes, and marks the change as the reader’s', () => {
    const store = createExplorerStore(model);
    store.getState().setPoint(1, 100);
    const s = store.getState();
    expect(s.points).toEqual([50, 100, 20]);
    expect(s.lastChange).toBe('edit');
    expect(selectRanking(s)[0]?.option).toBe('charlie');
    expect(selectTotals(s)[1]).toBeCloseTo((10 * (4 * 50 + 8 * 100 + 6 * 20)) / 170);
  });

  it('clamps and rounds points, and ignores NaN and unknown indexes', () => {
    const store = createExplorerStore(model);
    const { setPoint } = store.getState();
    setPoint(0, 140);
    setPoint(1, -5);
    setPoint(2, 12.6);
    setPoint(2, Number.NaN);
    setPoint(7, 10);
    expect(store.getState().points).toEqual([100, 0, 13]);
  });

  it('applies presets, reports the matching one, and resets to the defaults', () => {
    const store = createExplorerStore(model);
    store.getState().applyPreset('author');
    expect(store.getState().points).toEqual([10, 60, 30]);
    expect(selectActivePreset(store.getState())?.id).toBe('author');
    store.getState().setPoint(0, 11);
    expect(selectActivePreset(store.getState())).toBeNull();
    store.getState().applyPreset('nope');
    expect(store.getState().points).toEqual([11, 60, 30]);
    store.getState().resetWeights();
    expect(store.getState().points).toEqual([50, 30, 20]);
  });

  it('restores weights without marking them as an edit, and rejects the wrong length', () => {
    const store = createExplorerStore(model);
    store.getState().restoreWeights([1, 2, 3], 'url');
    expect(store.getState()).toMatchObject({
      points: [1, 2, 3],
      source: 'url',
      lastChange: 'restore',
    });
    store.getState().restoreWeights([1, 2], 'stored');
    expect(store.getState().points).toEqual([50, 30, 20]);
  });

  it('keeps derived values stable until the points change', () => {
    const store = createExplorerStore(model);
    const first = selectNormalisedWeights(store.getState());
    store.getState().setRiskFilter('bravo');
    expect(selectNormalisedWeights(store.getState())).toBe(first);
    expect(selectLead(store.getState())).toBe(selectLead(store.getState()));
    store.getState().setPoint(0, 0);
    expect(selectNormalisedWeights(store.getState())).not.toBe(first);
  });

  it('does not notify subscribers when a point is set to its current value', () => {
    const store = createExplorerStore(model);
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().setPoint(0, 50);
    expect(calls).toBe(0);
  });

  it('accepts only known options in the UI slice', () => {
    const store = createExplorerStore(model);
    store.getState().setPair('bravo', 'zulu');
    store.getState().setRiskFilter('zulu');
    expect(store.getState()).toMatchObject({ pair: ['alpha', 'charlie'], riskFilter: ALL_OPTIONS });
    store.getState().setPair('bravo', 'alpha');
    expect(store.getState().pair).toEqual(['bravo', 'alpha']);
  });
});

describe('modelFromCase', () => {
  it('keeps case order and puts preset points in criteria order', () => {
    expect(model.criteria.map((k) => k.id)).toEqual(['cost', 'safety', 'speed']);
    expect(model.options.map((o) => [o.id, o.recommended])).toEqual([
      ['alpha', false],
      ['bravo', false],
      ['charlie', true],
    ]);
    expect(model.presets.find((p) => p.id === 'author')?.points).toEqual([10, 60, 30]);
    expect(model.authorPresetId).toBe('author');
    expect(matchingPreset(model, [1, 1, 1])?.id).toBe('equal');
  });
});
