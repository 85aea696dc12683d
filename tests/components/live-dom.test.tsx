import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ExplorerStoreScope } from '@/components/explorer/lagging';
import { setTextInPlace, useLiveDom } from '@/components/explorer/use-explorer';
import { modelFromCase } from '@/lib/explorer/model';
import { createExplorerStore, selectPoints } from '@/lib/explorer/store';
import { fixtureCase } from '../explorer/fixtures';

const model = modelFromCase(fixtureCase);

function setup() {
  const renders = { count: 0 };
  let rerender: () => void = () => {};
  function FirstPoints() {
    const [, setTick] = useState(0);
    rerender = () => setTick((t) => t + 1);
    const [ref, text] = useLiveDom<HTMLSpanElement, string>(
      (s) => `${selectPoints(s)[0]} points`,
      setTextInPlace,
    );
    renders.count += 1;
    return (
      <span ref={ref} data-testid="points">
        {text}
      </span>
    );
  }
  const store = createExplorerStore(model);
  render(
    <ExplorerStoreScope store={store}>
      <FirstPoints />
    </ExplorerStoreScope>,
  );
  return { store, renders, rerender: () => rerender() };
}

describe('useLiveDom', () => {
  it('writes each change into the element without rendering the component', () => {
    const { store, renders } = setup();
    const before = renders.count;
    const node = screen.getByTestId('points').firstChild;
    act(() => store.getState().setPoint(0, 12));
    expect(screen.getByTestId('points')).toHaveTextContent('12 points');
    act(() => store.getState().setPoint(0, 34));
    expect(screen.getByTestId('points')).toHaveTextContent('34 points');
    expect(renders.count).toBe(before);
    // The text node React made is kept (changed in place), so React's later renders reach it.
    expect(screen.getByTestId('points').firstChild).toBe(node);
  });

  it('agrees with React when the component renders again for another reason', () => {
    const { store, rerender } = setup();
    act(() => store.getState().setPoint(0, 56));
    act(() => rerender());
    expect(screen.getByTestId('points')).toHaveTextContent('56 points');
    act(() => store.getState().setPoint(0, 7));
    expect(screen.getByTestId('points')).toHaveTextContent('7 points');
  });
});
