import { describe, expect, it } from 'vitest';
import { modelFromCase, matchingPreset } from '@/lib/explorer/model';
import {
  ALL_OPTIONS,
  createExplorerStore,
  selectActivePreset,
  selectCanUndoWeights,
  selectCaseRanking,
  selectDisputeCount,
  selectLead,
  selectNormalisedWeights,
  selectPoints,
  selectRanking,
  selectStance,
  selectTotals,
} from '@/lib/explorer/store';
import { fixtureCase } from './fixtures';

const model = modelFromCase(fixtureCase);

describe('createExplorerStore', () => {
  it('starts at the default points, pairing the runner-up against the leader', () => {
    const s = createExplorerStore(model).getState();
    expect(selectPoints(s)).toEqual([50, 30, 20]);
    expect(s.pair).toEqual(['alpha', 'charlie']);
    expect(s.riskFilter).toBe(ALL_OPTIONS);
    expect(selectRanking(s).map((r) => r.option)).toEqual(['charlie', 'alpha', 'bravo']);
  });

  it('re-ranks when a point changes, and marks the change as the reader’s', () => {
    const store = createExplorerStore(model);
    store.getState().setPoint(1, 100);
    const s = store.getState();
    expect(selectPoints(s)).toEqual([50, 100, 20]);
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
    expect(selectPoints(store.getState())).toEqual([100, 0, 13]);
  });

  it('applies presets, reports the matching one, and resets to the defaults', () => {
    const store = createExplorerStore(model);
    store.getState().applyPreset('author');
    expect(selectPoints(store.getState())).toEqual([10, 60, 30]);
    expect(selectActivePreset(store.getState())?.id).toBe('author');
    store.getState().setPoint(0, 11);
    expect(selectActivePreset(store.getState())).toBeNull();
    store.getState().applyPreset('nope');
    expect(selectPoints(store.getState())).toEqual([11, 60, 30]);
    store.getState().resetWeights();
    expect(selectPoints(store.getState())).toEqual([50, 30, 20]);
  });

  it('restores weights without marking them as an edit, and rejects the wrong length', () => {
    const store = createExplorerStore(model);
    store.getState().restoreWeights([1, 2, 3], 'url');
    expect(selectPoints(store.getState())).toEqual([1, 2, 3]);
    expect(store.getState()).toMatchObject({
      source: 'url',
      lastChange: 'restore',
    });
    store.getState().restoreWeights([1, 2], 'stored');
    expect(selectPoints(store.getState())).toEqual([50, 30, 20]);
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

describe('the stance in the store', () => {
  it('applies weights with how they were set, and undoes one step', () => {
    const store = createExplorerStore(model);
    const ranking = { method: 'ranking' as const, tiers: [['safety'], ['cost', 'speed']] };
    store.getState().applyWeights({ cost: 25, safety: 50, speed: 25, nope: 9 }, ranking);
    expect(selectPoints(store.getState())).toEqual([25, 50, 25]);
    expect(selectStance(store.getState()).elicitation).toEqual(ranking);
    expect(selectCanUndoWeights(store.getState())).toBe(true);
    store.getState().undoWeights();
    expect(selectPoints(store.getState())).toEqual([50, 30, 20]);
    expect(store.getState().elicitation).toBeUndefined();
    expect(selectCanUndoWeights(store.getState())).toBe(false);
  });

  it('forgets how weights were set, and the undo, once a slider moves', () => {
    const store = createExplorerStore(model);
    store.getState().applyWeights({ cost: 10 }, { method: 'direct' });
    store.getState().setPoint(1, 40);
    expect(store.getState()).toMatchObject({ elicitation: undefined, previousWeights: null });
  });

  it('gives the same stance object until part of the stance changes', () => {
    const store = createExplorerStore(model);
    const first = selectStance(store.getState());
    expect(first).toEqual({
      v: 1,
      caseId: model.caseId,
      weights: { cost: 50, safety: 30, speed: 20 },
    });
    store.getState().setPair('bravo', 'alpha');
    store.getState().setNotice('hello');
    expect(selectStance(store.getState())).toBe(first);
    store.getState().setMinimum('safety', 4);
    const second = selectStance(store.getState());
    expect(second).not.toBe(first);
    expect(second.minimums).toEqual({ safety: 4 });
  });

  it('ranks with the reader’s own scores, and keeps the ranking stable on unrelated changes', () => {
    const store = createExplorerStore(model);
    const before = selectRanking(store.getState());
    store.getState().setMinimum('cost', 3);
    store.getState().setRobustness({ samples: 5000 });
    expect(selectRanking(store.getState())).toBe(before);
    const last = before.at(-1)!.option;
    for (const k of model.criteria) store.getState().setDispute(last, k.id, 10);
    expect(selectDisputeCount(store.getState())).toBe(3);
    expect(selectRanking(store.getState())[0]?.option).toBe(last);
    expect(selectCaseRanking(store.getState())).toBe(selectCaseRanking(store.getState()));
    expect(selectCaseRanking(store.getState())[0]?.option).toBe(before[0]?.option);
    store.getState().setDispute(last, 'cost', null);
    expect(selectDisputeCount(store.getState())).toBe(2);
    store.getState().resetDisputes();
    expect(selectRanking(store.getState()).map((r) => r.option)).toEqual(
      before.map((r) => r.option),
    );
  });

  it('clamps disputed scores to 0–10 and ignores unknown ids', () => {
    const store = createExplorerStore(model);
    store.getState().setDispute('alpha', 'safety', 12.34);
    store.getState().setDispute('zulu', 'safety', 3);
    store.getState().setDispute('alpha', 'nope', 3);
    expect(store.getState().disputes).toEqual({ alpha: { safety: 10 } });
  });

  it('restores a whole stance, filling weights it lacks with the defaults', () => {
    const store = createExplorerStore(model);
    store.getState().restoreStance(
      {
        v: 1,
        caseId: model.caseId,
        weights: { cost: 1 },
        disputes: { bravo: { speed: 2 } },
        robustness: { seed: 7 },
      },
      'url',
    );
    expect(selectStance(store.getState())).toEqual({
      v: 1,
      caseId: model.caseId,
      weights: { cost: 1, safety: 30, speed: 20 },
      disputes: { bravo: { speed: 2 } },
      robustness: { seed: 7 },
    });
    expect(store.getState()).toMatchObject({ source: 'url', lastChange: 'restore' });
  });
});
