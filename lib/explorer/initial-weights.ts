import { describeStoredProblem, loadStoredWeights, type WeightStorage } from './persistence';
import { describeWeightsProblem, weightsFromSearch } from './url-codec';

/** Where the weights shown on load came from. */
export type WeightsSource = 'url' | 'stored' | 'default';

/** The weights to start from, where they came from, and a notice for the reader (or null). */
export interface InitialWeights {
  readonly points: number[];
  readonly source: WeightsSource;
  readonly notice: string | null;
  /** True when the address carried a `w` that could not be used and should be cleaned up. */
  readonly badLink: boolean;
}

/**
 * Decides the starting weights with the precedence address > stored > defaults. A bad link
 * falls back to the defaults (not to stored weights: the reader asked for that link's view)
 * with a notice; unusable stored weights fall back to the defaults with a notice. Never throws.
 */
export function resolveInitialWeights(input: {
  search: string;
  storage: WeightStorage | null;
  caseId: string;
  criteriaIds: readonly string[];
  defaults: readonly number[];
}): InitialWeights {
  const { search, storage, caseId, criteriaIds, defaults } = input;
  const fromUrl = weightsFromSearch(search, criteriaIds.length);
  if (fromUrl) {
    if (fromUrl.ok) return { points: fromUrl.points, source: 'url', notice: null, badLink: false };
    return {
      points: [...defaults],
      source: 'default',
      notice: describeWeightsProblem(fromUrl.problem),
      badLink: true,
    };
  }
  const stored = loadStoredWeights(storage, caseId, criteriaIds);
  if (stored.status === 'ok') {
    return { points: stored.points, source: 'stored', notice: null, badLink: false };
  }
  return {
    points: [...defaults],
    source: 'default',
    notice: stored.status === 'invalid' ? describeStoredProblem(stored.reason) : null,
    badLink: false,
  };
}
