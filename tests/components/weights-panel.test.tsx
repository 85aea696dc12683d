import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExplorerProvider } from '@/components/explorer/explorer-provider';
import { RankingPanel } from '@/components/explorer/ranking-panel';
import { WeightsNotice } from '@/components/explorer/weights-notice';
import { WeightsPanel } from '@/components/explorer/weights-panel';
import { modelFromCase } from '@/lib/explorer/model';
import { storageKey } from '@/lib/explorer/persistence';
import { fixtureCase } from '../explorer/fixtures';

const model = modelFromCase(fixtureCase);

function renderExplorer() {
  return render(
    <ExplorerProvider model={model}>
      <WeightsPanel notes={{ cost: <p>Is it cheap?</p> }} />
      <RankingPanel />
    </ExplorerProvider>,
  );
}

const rankingOrder = () =>
  within(screen.getByRole('list', { name: 'Ranking' }))
    .getAllByRole('listitem')
    .map((li) => within(li).getByText(/^(Alpha|Bravo|Charlie)$/).textContent);

beforeEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/cases/fixture-case');
});

describe('WeightsPanel', () => {
  it('names each slider by its criterion and each number field "<label> points"', () => {
    renderExplorer();
    expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('50');
    expect(screen.getByRole('spinbutton', { name: 'Cost points' })).toHaveValue(50);
    expect(screen.getAllByRole('slider')).toHaveLength(3);
  });

  it('keeps the slider, the number field and the share in step when the slider moves', () => {
    renderExplorer();
    fireEvent.change(screen.getByRole('slider', { name: 'Safety' }), { target: { value: '70' } });
    expect(screen.getByRole('spinbutton', { name: 'Safety points' })).toHaveValue(70);
    // 70 of 50 + 70 + 20 = 140 points is 50%.
    expect(screen.getByRole('button', { name: /^50%\s*of the weight/ })).toBeInTheDocument();
  });

  it('commits typed numbers to the slider, ignores out-of-range text, and snaps back on blur', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const field = screen.getByRole('spinbutton', { name: 'Speed points' });
    const slider = screen.getByRole('slider', { name: 'Speed' });
    await user.tripleClick(field);
    await user.keyboard('85');
    expect(slider).toHaveValue('85');
    await user.clear(field);
    expect(slider).toHaveValue('85');
    await user.keyboard('150');
    expect(slider).toHaveValue('15');
    await user.tab();
    expect(field).toHaveValue(15);
  });

  it('applies a preset from the Preset menu and resets to the defaults', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Preset' }), 'author');
    expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('10');
    expect(screen.getByRole('slider', { name: 'Safety' })).toHaveValue('60');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('50');
  });

  it('shows a criterion’s question in a disclosure', () => {
    renderExplorer();
    expect(screen.getByText('Is it cheap?')).not.toBeVisible();
    fireEvent.click(screen.getByText('What this asks', { exact: false, selector: 'summary' }));
    expect(screen.getByText('Is it cheap?')).toBeVisible();
  });
});

describe('RankingPanel', () => {
  it('re-orders the ranking and announces a new leader politely', () => {
    renderExplorer();
    expect(rankingOrder()).toEqual(['Charlie', 'Alpha', 'Bravo']);
    expect(screen.getByText(/No clear winner/)).toBeInTheDocument();
    fireEvent.change(screen.getByRole('slider', { name: 'Cost' }), { target: { value: '100' } });
    // cost 100, safety 30, speed 20: Alpha 66.7, Charlie 57.3, Bravo 44.
    expect(rankingOrder()).toEqual(['Alpha', 'Charlie', 'Bravo']);
    const live = screen.getByText('Alpha now ranks first');
    expect(live).toHaveAttribute('aria-live', 'polite');
  });

  it('announces nothing while the order stays the same', () => {
    renderExplorer();
    fireEvent.change(screen.getByRole('slider', { name: 'Safety' }), { target: { value: '31' } });
    const live = screen
      .getAllByRole('status')
      .find((el) => el.getAttribute('aria-live') === 'polite');
    expect(live).toHaveTextContent('');
  });

  it('restores weights from the address on mount without announcing them', async () => {
    window.history.replaceState(null, '', '/cases/fixture-case?w=10,60,30');
    renderExplorer();
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('10'));
    expect(rankingOrder()).toEqual(['Charlie', 'Bravo', 'Alpha']);
    expect(screen.queryByText(/now ranks/)).toBeNull();
  });

  it('restores the last weights from storage when the address has none', async () => {
    window.localStorage.setItem(
      storageKey('fixture-case'),
      JSON.stringify({ version: 1, criteria: ['cost', 'safety', 'speed'], points: [90, 5, 5] }),
    );
    renderExplorer();
    await waitFor(() => expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('90'));
    expect(window.location.search).toBe('?w=cost:90,safety:5,speed:5');
  });
});

describe('WeightsNotice', () => {
  it('explains a broken link, shows the defaults, and can be dismissed', async () => {
    window.history.replaceState(null, '', '/cases/fixture-case?w=1,2');
    const user = userEvent.setup();
    render(
      <ExplorerProvider model={model}>
        <WeightsNotice />
        <WeightsPanel notes={{}} />
      </ExplorerProvider>,
    );
    const notice = await screen.findByText(/it has 2 numbers; this case needs 3/);
    expect(screen.getByRole('slider', { name: 'Cost' })).toHaveValue('50');
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(notice).not.toBeInTheDocument();
  });
});
