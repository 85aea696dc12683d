import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  defaultPairwise,
  defaultRanking,
  defaultSwing,
} from '@/components/explorer/elicitation/defaults';
import { PairwiseMethod } from '@/components/explorer/elicitation/pairwise-method';
import { RankingMethod } from '@/components/explorer/elicitation/ranking-method';
import { SwingMethod } from '@/components/explorer/elicitation/swing-method';
import type { MethodCriterion } from '@/components/explorer/elicitation/types';
import type { Elicitation } from '@/lib/stance/schema';

const criteria: MethodCriterion[] = [
  { id: 'cost', label: 'Cost' },
  { id: 'safety', label: 'Safety' },
  { id: 'speed', label: 'Speed' },
  { id: 'reach', label: 'Reach' },
];

const shares = (name: string) =>
  Object.fromEntries(
    within(screen.getByRole('list', { name }))
      .getAllByRole('listitem')
      .map((li) => {
        const [label, share] = [...li.querySelectorAll('span')].map((s) => s.textContent);
        return [label, share];
      }),
  );

function Ranking({ onApply }: { onApply: (w: Record<string, number>, e: Elicitation) => void }) {
  const [value, setValue] = useState(defaultRanking(criteria));
  return <RankingMethod criteria={criteria} value={value} onChange={setValue} onApply={onApply} />;
}

describe('RankingMethod', () => {
  it('starts in case order with rank-order centroid weights', () => {
    render(<Ranking onApply={() => {}} />);
    expect(shares('Weights from your order')).toEqual({
      Cost: '52%',
      Safety: '27%',
      Speed: '15%',
      Reach: '6%',
    });
  });

  it('reorders by keyboard, keeps focus on the moved criterion and applies the ranking', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<Ranking onApply={onApply} />);
    screen.getByRole('button', { name: 'Move down: Cost' }).focus();
    await user.keyboard('{Enter}{Enter}{Enter}');
    expect(screen.getByRole('button', { name: 'Move up: Cost' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Move down: Cost' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('Cost moved to place 4 of 4.');
    expect(shares('Weights from your order')).toMatchObject({ Safety: '52%', Cost: '6%' });
    await user.click(screen.getByRole('button', { name: 'Apply these weights' }));
    const [weights, elicitation] = onApply.mock.calls[0]!;
    expect(weights.safety).toBeCloseTo(0.5208, 4);
    expect(elicitation).toEqual({
      method: 'ranking',
      tiers: [['safety'], ['speed'], ['reach'], ['cost']],
    });
  });

  it('ties a criterion with the one above: both share the mean of their places', async () => {
    const user = userEvent.setup();
    render(<Ranking onApply={() => {}} />);
    await user.click(screen.getByRole('checkbox', { name: 'Tie with the one above: Safety' }));
    // (0.5208 + 0.2708) / 2 = 0.3958
    expect(shares('Weights from your order')).toMatchObject({ Cost: '40%', Safety: '40%' });
  });
});

function Pairwise({ onApply }: { onApply: (w: Record<string, number>, e: Elicitation) => void }) {
  const [value, setValue] = useState(defaultPairwise(criteria));
  return <PairwiseMethod criteria={criteria} value={value} onChange={setValue} onApply={onApply} />;
}

async function judge(
  user: ReturnType<typeof userEvent.setup>,
  pair: string,
  winner: string,
  how: string,
) {
  const group = screen.getByRole('group', { name: `${pair}?` });
  await user.click(within(group).getByRole('radio', { name: `${winner} matters more` }));
  await user.selectOptions(within(group).getByRole('combobox', { name: 'By how much' }), how);
}

describe('PairwiseMethod', () => {
  it('lists every pair, all equal at first, with CR 0', () => {
    render(<Pairwise onApply={() => {}} />);
    expect(
      within(screen.getByRole('list', { name: 'Pairs to compare' })).getAllByRole('group'),
    ).toHaveLength(6);
    expect(screen.getByTestId('consistency')).toHaveTextContent('Consistency ratio 0.00');
    expect(shares('Weights from your comparisons')).toMatchObject({ Cost: '25%' });
  });

  it('warns when judgements contradict each other, names the worst and applies its suggestion', async () => {
    const user = userEvent.setup();
    render(<Pairwise onApply={() => {}} />);
    await judge(user, 'Cost or Safety', 'Cost', '9');
    await judge(user, 'Safety or Speed', 'Safety', '9');
    await judge(user, 'Cost or Speed', 'Speed', '9');
    expect(screen.getByTestId('consistency')).toHaveTextContent(/more than the usual threshold/);
    const list = screen.getByRole('list', { name: 'Judgements to reconsider' });
    expect(within(list).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(list).toHaveTextContent(/You said (Cost|Safety|Speed) matters extremely more \(9\)/);
    // Taking every suggestion in turn brings the ratio down.
    for (
      let i = 0;
      i < 3 && screen.queryByRole('list', { name: 'Judgements to reconsider' });
      i++
    ) {
      await user.click(screen.getAllByRole('button', { name: /^Use the suggestion/ })[0]!);
    }
    expect(screen.queryByRole('list', { name: 'Judgements to reconsider' })).toBeNull();
  });

  it('skips pairs, refuses to apply when a criterion is cut off, and applies otherwise', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<Pairwise onApply={onApply} />);
    for (const pair of ['Cost or Reach', 'Safety or Reach', 'Speed or Reach']) {
      await user.click(
        within(screen.getByRole('group', { name: `${pair}?` })).getByRole('button', {
          name: 'Skip',
        }),
      );
    }
    expect(screen.getByRole('alert')).toHaveTextContent(/Reach are not compared/);
    expect(screen.getByRole('button', { name: 'Apply these weights' })).toBeDisabled();
    const skip = within(screen.getByRole('group', { name: 'Speed or Reach?' })).getByRole(
      'button',
      { name: 'Skip' },
    );
    expect(skip).toHaveAttribute('aria-pressed', 'true');
    await user.click(skip);
    await user.click(screen.getByRole('button', { name: 'Apply these weights' }));
    const [weights, elicitation] = onApply.mock.calls[0]!;
    expect(weights.reach).toBeCloseTo(0.25, 6);
    expect(elicitation.judgements).toHaveLength(4);
  });
});

describe('SwingMethod', () => {
  function Swing({ onApply }: { onApply: (w: Record<string, number>, e: Elicitation) => void }) {
    const [value, setValue] = useState(defaultSwing(criteria));
    return (
      <SwingMethod
        criteria={criteria}
        scales={{ cost: { worst: 'Ruinous', best: 'Free' } }}
        value={value}
        onChange={setValue}
        onApply={onApply}
      />
    );
  }

  it('shows each swing in its scale words, the top at 100, and weights from the ratings', async () => {
    const user = userEvent.setup();
    const onApply = vi.fn();
    render(<Swing onApply={onApply} />);
    expect(screen.getByRole('list', { name: 'Your order of swings' })).toHaveTextContent(
      'From Ruinous to Free',
    );
    expect(screen.queryByRole('spinbutton', { name: /Cost: swing worth/ })).toBeNull();
    const speed = screen.getByRole('spinbutton', { name: 'Speed: swing worth (0–100)' });
    await user.clear(speed);
    await user.type(speed, '0');
    // 100, 50, 0, 50 → 50%, 25%, 0%, 25%
    expect(shares('Weights from your swings')).toEqual({
      Cost: '50%',
      Safety: '25%',
      Speed: '0%',
      Reach: '25%',
    });
    await user.click(screen.getByRole('button', { name: 'Apply these weights' }));
    const [weights, elicitation] = onApply.mock.calls[0]!;
    expect(weights).toEqual({ cost: 0.5, safety: 0.25, speed: 0, reach: 0.25 });
    expect(elicitation.ratings).toEqual({ cost: 100, safety: 50, speed: 0, reach: 50 });
  });

  it('says when a swing ranked lower is rated higher', async () => {
    const user = userEvent.setup();
    render(<Swing onApply={() => {}} />);
    const reach = screen.getByRole('spinbutton', { name: 'Reach: swing worth (0–100)' });
    await user.clear(reach);
    await user.type(reach, '80');
    expect(
      screen.getByText(/Reach is rated above Speed, which you put before it/),
    ).toBeInTheDocument();
  });

  it('gives the new top swing 100 when the order changes', async () => {
    const user = userEvent.setup();
    render(<Swing onApply={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Move up: Safety' }));
    expect(screen.queryByRole('spinbutton', { name: /Safety: swing worth/ })).toBeNull();
    expect(screen.getByRole('spinbutton', { name: /Cost: swing worth/ })).toHaveValue(100);
  });
});
