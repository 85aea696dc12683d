import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DisputeControl, DisputesSummary, MatrixCell } from '@/components/explorer/disputes';
import { ExplorerStoreScope } from '@/components/explorer/lagging';
import { modelFromCase } from '@/lib/explorer/model';
import { createExplorerStore, selectRanking } from '@/lib/explorer/store';
import { fixtureCase } from '../explorer/fixtures';

const model = modelFromCase(fixtureCase);

function renderCell() {
  const store = createExplorerStore(model);
  render(
    <ExplorerStoreScope store={store}>
      <table>
        <tbody>
          <tr>
            <MatrixCell optionId="bravo" criterionId="cost" caseScore={4}>
              cell
            </MatrixCell>
          </tr>
        </tbody>
      </table>
      <DisputeControl
        optionId="bravo"
        optionLabel="Bravo"
        criterionId="cost"
        criterionLabel="Cost"
        caseScore={4}
        range={[3, 6]}
      />
      <DisputesSummary />
    </ExplorerStoreScope>,
  );
  return store;
}

describe('DisputeControl', () => {
  it('opens a field named after the option, the criterion and "your score", with the case beside it', () => {
    const store = renderCell();
    fireEvent.click(screen.getByRole('button', { name: /Use my own score/ }));
    const field = screen.getByRole('spinbutton', { name: 'Bravo on Cost: your score' });
    expect(field).toHaveValue(4);
    expect(field).toHaveAccessibleDescription('The case says 4 (plausible range 3–6).');
    expect(store.getState().disputes).toEqual({});

    fireEvent.change(field, { target: { value: '10' } });
    expect(store.getState().disputes).toEqual({ bravo: { cost: 10 } });
    expect(screen.getByRole('cell')).toHaveAttribute('data-disputed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(
      'With your disputed score, Bravo ranks first instead of Charlie.',
    );
    expect(selectRanking(store.getState())[0]?.option).toBe('bravo');
  });

  it('ignores text outside 0–10, drops a score equal to the case’s, and resets', () => {
    const store = renderCell();
    fireEvent.click(screen.getByRole('button', { name: /Use my own score/ }));
    const field = screen.getByRole('spinbutton', { name: /your score/ });
    fireEvent.change(field, { target: { value: '11' } });
    expect(store.getState().disputes).toEqual({});
    fireEvent.change(field, { target: { value: '2.5' } });
    expect(store.getState().disputes).toEqual({ bravo: { cost: 2.5 } });
    fireEvent.change(field, { target: { value: '4' } });
    expect(store.getState().disputes).toEqual({});

    fireEvent.change(field, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: /Use the case's score/ }));
    expect(store.getState().disputes).toEqual({});
    expect(screen.getByRole('button', { name: /Use my own score/ })).toBeInTheDocument();
  });

  it('resets every disputed score from the summary', () => {
    const store = renderCell();
    act(() => {
      store.getState().setDispute('bravo', 'cost', 9);
      store.getState().setDispute('alpha', 'speed', 1);
    });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent(/^✎ With your 2 disputed scores/);
    fireEvent.click(within(status).getByRole('button', { name: 'Reset all my scores' }));
    expect(store.getState().disputes).toEqual({});
    expect(status).toHaveTextContent('');
  });
});
