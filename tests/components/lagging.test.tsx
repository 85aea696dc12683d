import { act, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { describe, expect, it } from 'vitest';
import { ExplorerStoreScope, LagBoundary, useLaggingState } from '@/components/explorer/lagging';
import { useExplorer } from '@/components/explorer/use-explorer';
import { modelFromCase } from '@/lib/explorer/model';
import { createExplorerStore, selectPoints, type ExplorerState } from '@/lib/explorer/store';
import { fixtureCase } from '../explorer/fixtures';

const model = modelFromCase(fixtureCase);

/** A section on the lagging state that counts its renders. */
function setup() {
  const renders = { lagging: 0, live: 0 };
  const LaggingSection = memo(function LaggingSection() {
    const state: ExplorerState = useLaggingState();
    renders.lagging += 1;
    return <p data-testid="lagging">{selectPoints(state)[0]}</p>;
  });
  function LiveValue() {
    const first = useExplorer((s) => selectPoints(s)[0]);
    renders.live += 1;
    return <p data-testid="live">{first}</p>;
  }
  const store = createExplorerStore(model);
  render(
    <ExplorerStoreScope store={store}>
      <LiveValue />
      <LagBoundary>
        <LaggingSection />
      </LagBoundary>
    </ExplorerStoreScope>,
  );
  return { store, renders };
}

describe('the lagging state', () => {
  it('catches up with every change, rendering a lagging section once per change (not during the press too)', () => {
    const { store, renders } = setup();
    const start = { ...renders };
    act(() => store.getState().setPoint(0, 7));
    expect(screen.getByTestId('live')).toHaveTextContent('7');
    expect(screen.getByTestId('lagging')).toHaveTextContent('7');
    expect(renders.lagging - start.lagging).toBe(1);
    act(() => store.getState().setPoint(0, 42));
    expect(screen.getByTestId('lagging')).toHaveTextContent('42');
    expect(renders.lagging - start.lagging).toBe(2);
  });

  it('does not mark its boundary busy or say "Updating" when it catches up within the delay', () => {
    const { store } = setup();
    const boundary = screen.getByTestId('lagging').parentElement!;
    const note = screen.getByText(/Updating to your latest weights/);
    expect(boundary).toHaveAttribute('aria-busy', 'false');
    expect(note).not.toBeVisible();
    act(() => store.getState().setPoint(0, 3));
    // act() lets React finish the deferred render: caught up, quiet again.
    expect(boundary).toHaveAttribute('aria-busy', 'false');
    expect(note).not.toBeVisible();
  });
});
