import { describe, expect, it } from 'vitest';
import { modelFromCase } from '@/lib/explorer/model';
import { createExplorerStore, selectPoints, selectRanking } from '@/lib/explorer/store';
import { stanceFromSearch } from '@/lib/stance/link';
import { fixtureCase } from './fixtures';

const model = modelFromCase(fixtureCase);
const ids = {
  caseId: model.caseId,
  criteria: model.criteria.map((k) => k.id),
  options: model.options.map((o) => o.id),
};
const defaults = Object.fromEntries(model.criteria.map((k) => [k.id, k.defaultPoints]));

describe('createExplorerStore with an initial stance (a shared link rendered on the server)', () => {
  it("starts from the link's weights, as a restore from the address, so nothing is announced", () => {
    const query = `w=${ids.criteria.map((id, i) => `${id}:${i === 1 ? 100 : 0}`).join(',')}`;
    const { stance, status } = stanceFromSearch(query, ids, defaults);
    expect(status).toBe('ok');
    const s = createExplorerStore(model, { initialStance: stance }).getState();
    expect(selectPoints(s)).toEqual(ids.criteria.map((_, i) => (i === 1 ? 100 : 0)));
    expect(s.source).toBe('url');
    expect(s.lastChange).toBe('restore');
    const byDefaults = selectRanking(createExplorerStore(model).getState());
    expect(selectRanking(s)).not.toEqual(byDefaults);
  });
});
