import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExplorerProvider } from '@/components/explorer/explorer-provider';
import { WeightsPanel } from '@/components/explorer/weights-panel';
import { modelFromCase } from '@/lib/explorer/model';
import { fixtureCase } from '../../explorer/fixtures';

const model = modelFromCase(fixtureCase);
// The methods load in their own chunk on first click; give a busy machine time to import it.
const LAZY = { timeout: 5000 };

function renderPanel() {
  return render(
    <ExplorerProvider model={model}>
      <WeightsPanel notes={{}} scales={{ cost: { worst: 'Ruinous', best: 'Free' } }} />
    </ExplorerProvider>,
  );
}

const pressed = () =>
  screen
    .getAllByRole('button', { pressed: true })
    .filter((b) => ['Sliders', 'Ranking', 'Pairwise', 'Swing'].includes(b.textContent ?? ''))
    .map((b) => b.textContent);

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/cases/fixture-case');
});

describe('Set weights by', () => {
  it('offers four methods in a group, the sliders pressed at first', () => {
    renderPanel();
    const group = screen.getByRole('group', { name: 'Set weights by' });
    expect(group).toBeInTheDocument();
    expect(pressed()).toEqual(['Sliders']);
    expect(screen.queryByRole('button', { name: 'Apply these weights' })).toBeNull();
  });

  it('applies a ranking to the sliders, announces it, and undoes it', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Ranking' }));
    expect(pressed()).toEqual(['Ranking']);
    await user.click(await screen.findByRole('button', { name: 'Move up: Safety' }, LAZY));
    await user.click(screen.getByRole('button', { name: 'Apply these weights' }));
    // Safety, Cost, Speed by rank-order centroid: 0.611, 0.278, 0.111 → 100, 45, 18 points.
    expect(screen.getByRole('slider', { name: 'Safety' })).toHaveValue('100');
    expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('45');
    expect(screen.getByRole('slider', { name: 'Speed' })).toHaveValue('18');
    expect(
      screen
        .getAllByRole('status')
        .some((s) =>
          s.textContent?.includes(
            'Weights applied from your ranking: Cost 45, Safety 100, Speed 18 points.',
          ),
        ),
    ).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('50');
    expect(screen.getByRole('slider', { name: 'Safety' })).toHaveValue('30');
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('reopens a method with the judgements last applied', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Swing' }));
    await user.click(await screen.findByRole('button', { name: 'Move down: Cost' }, LAZY));
    await user.click(screen.getByRole('button', { name: 'Apply these weights' }));
    await user.click(screen.getByRole('button', { name: 'Sliders' }));
    await waitFor(() =>
      expect(screen.queryByRole('list', { name: 'Your order of swings' })).toBeNull(),
    );
    await user.click(screen.getByRole('button', { name: 'Swing' }));
    const list = await screen.findByRole('list', { name: 'Your order of swings' }, LAZY);
    expect(list.querySelectorAll('li')[1]).toHaveTextContent('Cost');
    expect(list).toHaveTextContent('From Ruinous to Free');
  });
});
