import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ClassResultsView } from '@/components/class/class-results';
import { getCase } from '@/content';
import type { ClassResults } from '@/lib/class/contract';
import { resultsContextFromCase } from '@/lib/teaching/results-view';

const c = getCase('camp-taji-2020')!;
const ctx = resultsContextFromCase(c);
const criteria = c.criteria.map((k) => k.id);

function spreadOf(id: string, shares: number[]) {
  const s = [...shares].sort((a, b) => a - b);
  return {
    criterionId: id,
    shares: s,
    min: s[0]!,
    q1: s[1]!,
    median: s[2]!,
    q3: s[3]!,
    max: s[4]!,
  };
}

/** Six participants; protection is the most disputed criterion, long-term the second. */
const revealed: ClassResults = {
  code: 'ACDEFG',
  caseId: c.meta.id,
  state: 'revealed',
  counts: { joined: 7, submitted: 6 },
  threshold: 5,
  suppressed: false,
  suppressedReason: null,
  // Deliberately not in case order: the view must show the case's order.
  firstChoices: [
    { optionId: 'middle-path', count: 3 },
    { optionId: 'withdraw', count: 2 },
    { optionId: 'low-road', count: 1 },
    { optionId: 'high-road', count: 0 },
  ],
  meanWeights: criteria.map((id) => ({ criterionId: id, share: 1 / criteria.length })),
  meanRanking: [
    { optionId: 'middle-path', total: 61.25, rank: 1 },
    { optionId: 'low-road', total: 55, rank: 2 },
    { optionId: 'withdraw', total: 50, rank: 3 },
    { optionId: 'high-road', total: 40, rank: 4 },
  ],
  spread: criteria.map((id) =>
    spreadOf(
      id,
      id === 'protection'
        ? [0.02, 0.05, 0.2, 0.4, 0.5, 0.55]
        : id === 'long-term'
          ? [0.05, 0.08, 0.12, 0.2, 0.3, 0.3]
          : [0.1, 0.11, 0.12, 0.13, 0.14, 0.15],
    ),
  ),
  rankAcceptability: c.options.map((o, i) => ({
    optionId: o.id,
    shares: c.options.map((_, k) => (k === i ? 0.5 : 0.5 / 3)),
  })),
  disagreement: {
    criteria: [
      'protection',
      'long-term',
      ...criteria.filter((id) => id !== 'protection' && id !== 'long-term'),
    ],
    options: ['withdraw', 'middle-path', 'low-road', 'high-road'],
  },
  byRole: [
    {
      role: 'author',
      count: 5,
      suppressed: false,
      firstChoices: [
        { optionId: 'middle-path', count: 3 },
        { optionId: 'withdraw', count: 2 },
      ],
    },
    { role: null, count: 1, suppressed: true, firstChoices: [] },
  ],
  you: { firstChoices: ['middle-path'], sameAsYou: 2 },
};

const label = (id: string) => {
  const o = c.options.find((x) => x.id === id)!;
  return o.shortLabel ?? o.label;
};

describe('ClassResultsView', () => {
  it('shows first choices as a table in case order, with a bar chart beside it', () => {
    const { container } = render(<ClassResultsView results={revealed} ctx={ctx} />);
    const table = screen.getByRole('table', { name: 'First choices' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(
      c.options.map((o) => label(o.id)),
    );
    const counts = Object.fromEntries(revealed.firstChoices!.map((f) => [f.optionId, f.count]));
    rows.forEach((r, i) =>
      expect(within(r).getByRole('cell')).toHaveTextContent(String(counts[c.options[i]!.id])),
    );
    // One bar per row, as long as its count relative to the largest.
    const bars = container.querySelectorAll('[data-chart="first-choices"] rect:nth-of-type(2)');
    expect(bars).toHaveLength(c.options.length);
    expect(
      Number(bars[c.options.findIndex((o) => o.id === 'middle-path')]!.getAttribute('width')),
    ).toBe(100);
    expect(
      Number(bars[c.options.findIndex((o) => o.id === 'high-road')]!.getAttribute('width')),
    ).toBe(0);
  });

  it("draws every participant as a dot and names each strip with a sentence, author's share included", () => {
    render(<ClassResultsView results={revealed} ctx={ctx} />);
    const protection = c.criteria.find((k) => k.id === 'protection')!;
    const strip = screen.getByRole('img', { name: new RegExp(`^${protection.label}: median`) });
    expect(strip.querySelectorAll('circle')).toHaveLength(6);
    expect(strip).toHaveAccessibleName(expect.stringMatching(/the author gives it \d+%/));
    expect(screen.getAllByRole('img', { name: /median/ })).toHaveLength(criteria.length);
  });

  it('links the widest-spread criteria to the discussion questions that name them', () => {
    render(<ClassResultsView results={revealed} ctx={ctx} />);
    const section = screen.getByRole('region', { name: 'Where the class disagrees most' });
    const related = c.teaching.questions.filter((q) => q.relatesTo?.includes('protection'));
    expect(related.length).toBeGreaterThan(0);
    for (const q of related) {
      expect(within(section).getByRole('link', { name: q.question })).toHaveAttribute(
        'href',
        `/cases/${c.meta.id}/teach#question-${q.id}`,
      );
    }
    const unrelated = c.teaching.questions.find((q) => !q.relatesTo);
    expect(within(section).queryByText(unrelated!.question)).toBeNull();
  });

  it('says where the student stands and hides a small role group', () => {
    render(<ClassResultsView results={revealed} ctx={ctx} />);
    expect(
      screen.getByText(
        `Your weights rank ${label('middle-path').replace(/^The /, 'the ')} first, like 2 of 5 classmates.`,
      ),
    ).toBeInTheDocument();
    const byRole = screen.getByRole('table', { name: 'First choices by role' });
    expect(within(byRole).getByRole('row', { name: /No role/ })).toHaveTextContent(
      'Hidden: fewer than 5 in this role.',
    );
  });

  it('shows only counts and the reason below the small-group threshold', () => {
    const suppressed: ClassResults = {
      code: 'ACDEFG',
      caseId: c.meta.id,
      state: 'revealed',
      counts: { joined: 4, submitted: 3 },
      threshold: 5,
      suppressed: true,
      suppressedReason: 'Fewer than 5 people have submitted: only counts are shown.',
    };
    render(<ClassResultsView results={suppressed} ctx={ctx} />);
    expect(screen.getByText('4 joined · 3 submitted')).toBeInTheDocument();
    expect(screen.getByText(suppressed.suppressedReason!)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('keeps the first-choices rows in place when the counts change', () => {
    const { rerender } = render(<ClassResultsView results={revealed} ctx={ctx} />);
    const before = within(screen.getByRole('table', { name: 'First choices' })).getAllByRole('row');
    rerender(
      <ClassResultsView
        results={{ ...revealed, firstChoices: [{ optionId: 'high-road', count: 9 }] }}
        ctx={ctx}
      />,
    );
    const after = within(screen.getByRole('table', { name: 'First choices' })).getAllByRole('row');
    // The same DOM rows, updated in place: nothing is re-mounted or re-ordered.
    after.forEach((row, i) => expect(row).toBe(before[i]));
  });

  it('on the projector shows first choices, the spread and the disputed criteria without controls', () => {
    render(<ClassResultsView results={revealed} ctx={ctx} variant="projector" />);
    expect(screen.getByRole('table', { name: 'First choices' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/as a table/)).toBeNull();
    expect(
      screen.getByRole('heading', { name: 'Where the class disagrees most' }),
    ).toBeInTheDocument();
  });
});
