import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StudentSession } from '@/components/class/student-session';
import type { OwnSubmission, PublicSession } from '@/lib/class/contract';
import { modelFromCase } from '@/lib/explorer/model';
import { ScoreMatrix } from '@/components/explorer/score-matrix';
import { resultsContextFromCase } from '@/lib/teaching/results-view';
import { fixtureCase } from '../explorer/fixtures';

vi.mock('next/navigation', () => ({ useRouter: () => ({ push: vi.fn() }) }));

const model = modelFromCase(fixtureCase);
const ctx = resultsContextFromCase(fixtureCase);
const CODE = 'ACDEFG';

const session = (state: PublicSession['state'] = 'open'): PublicSession => ({
  code: CODE,
  caseId: fixtureCase.meta.id,
  state,
  settings: { rolesOffered: true, smallGroupThreshold: 5, closesAt: null },
  counts: { joined: 3, submitted: 1 },
  createdAt: '2026-01-01T00:00:00.000Z',
  closesAt: null,
});

const earlier: OwnSubmission = {
  stance: { v: 1, caseId: fixtureCase.meta.id, weights: { cost: 10, safety: 70, speed: 20 } },
  role: 'author',
  justification: 'Safety first.',
  submittedAt: '2026-01-01T00:01:00.000Z',
  revisedAt: null,
};

type Route = (init: RequestInit) => { status: number; body?: unknown };
let routes: Record<string, Route>;
let calls: { key: string; body: unknown }[];

beforeEach(() => {
  calls = [];
  routes = {
    [`POST /api/class/sessions/${CODE}/join`]: () => ({
      status: 200,
      body: { session: session(), submission: null },
    }),
    [`GET /api/class/sessions/${CODE}`]: () => ({ status: 200, body: session() }),
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      const key = `${init.method ?? 'GET'} ${url}`;
      calls.push({ key, body: init.body ? JSON.parse(String(init.body)) : undefined });
      const route = routes[key];
      const { status, body } = route ? route(init) : { status: 404, body: undefined };
      return new Response(body === undefined ? null : JSON.stringify(body), { status });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderStudent() {
  return render(
    <StudentSession
      code={CODE}
      model={model}
      ctx={ctx}
      brief={<p>The brief</p>}
      matrix={<ScoreMatrix c={fixtureCase} />}
      notes={{}}
    />,
  );
}

const status = () => screen.getAllByRole('status').find((s) => s.textContent !== '')!;

// The first render loads the explorer's panels; on a busy 2-core machine that alone can take seconds.
describe('StudentSession', { timeout: 20_000 }, () => {
  it('submits the stance keyed by criterion id, with role and justification, then says Submitted', async () => {
    routes[`PUT /api/class/sessions/${CODE}/submission`] = (init) => {
      const body = JSON.parse(String(init.body)) as { stance: OwnSubmission['stance'] };
      return {
        status: 200,
        body: { ...earlier, stance: body.stance, role: 'equal', justification: 'Because.' },
      };
    };
    renderStudent();
    const submit = await screen.findByRole('button', { name: 'Submit my weights' });
    await waitFor(() => expect(submit).toBeEnabled());
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Cost points' }), {
      target: { value: '90' },
    });
    // fireEvent rather than userEvent.type: typing key by key is slow on a busy machine.
    fireEvent.change(screen.getByRole('combobox', { name: 'Your role' }), {
      target: { value: 'equal' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Why\?/ }), {
      target: { value: 'Because.' },
    });
    fireEvent.click(submit);

    await waitFor(() => expect(status()).toHaveTextContent('Submitted'));
    const put = calls.find((c) => c.key.startsWith('PUT'))!;
    expect(put.body).toEqual({
      stance: { v: 1, caseId: 'fixture-case', weights: { cost: 90, safety: 30, speed: 20 } },
      role: 'equal',
      justification: 'Because.',
    });
    const ranking = screen.getByRole('list', { name: 'Your submitted ranking' });
    expect(within(ranking).getAllByRole('listitem')[0]).toHaveTextContent(/^1\. Alpha/);

    // A change after submitting is pointed out until it is submitted again.
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Speed points' }), {
      target: { value: '60' },
    });
    expect(status()).toHaveTextContent('submit again');
  });

  it('reopens an earlier submission after a reload', async () => {
    routes[`POST /api/class/sessions/${CODE}/join`] = () => ({
      status: 200,
      body: { session: session(), submission: earlier },
    });
    renderStudent();
    await waitFor(() =>
      expect(screen.getByRole('spinbutton', { name: 'Safety points' })).toHaveValue(70),
    );
    expect(screen.getByRole('combobox', { name: 'Your role' })).toHaveValue('author');
    expect(screen.getByRole('textbox', { name: /Why\?/ })).toHaveValue('Safety first.');
    expect(status()).toHaveTextContent('Submitted');
  });

  it('brings back disputed scores after a reload, ranks by them and submits them again', async () => {
    // Under 10/70/20 the case's scores rank Charlie first (7.5); with Alpha's safety at 10
    // instead of 4, Alpha's total is 8.8 and it ranks first.
    const disputed: OwnSubmission = {
      ...earlier,
      stance: { ...earlier.stance, disputes: { alpha: { safety: 10 } } },
    };
    routes[`POST /api/class/sessions/${CODE}/join`] = () => ({
      status: 200,
      body: { session: session(), submission: disputed },
    });
    routes[`PUT /api/class/sessions/${CODE}/submission`] = (init) => ({
      status: 200,
      body: { ...disputed, ...(JSON.parse(String(init.body)) as object) },
    });
    renderStudent();
    const ranking = await screen.findByRole('list', { name: 'Your submitted ranking' });
    expect(within(ranking).getAllByRole('listitem')[0]).toHaveTextContent(/^1\. Alpha/);
    const summary = screen.getByText(/Disagree with a score\?/);
    expect(summary).toHaveTextContent('one of your own scores');
    fireEvent.click(summary);
    expect(
      screen.getByRole('button', { name: /your score; the case says 4\).*Alpha on Safety/ }),
    ).toHaveTextContent(/^10/);
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain('Submitted');
    expect(statuses).toContain(
      '✎ With your disputed score, Alpha ranks first instead of Charlie.Reset all my scores',
    );

    fireEvent.change(screen.getByRole('spinbutton', { name: 'Cost points' }), {
      target: { value: '20' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Submit my weights' }));
    await waitFor(() => expect(calls.some((c) => c.key.startsWith('PUT'))).toBe(true));
    const put = calls.find((c) => c.key.startsWith('PUT'))!;
    expect((put.body as { stance: OwnSubmission['stance'] }).stance.disputes).toEqual({
      alpha: { safety: 10 },
    });
  });

  it('explains a refused late revision', async () => {
    routes[`PUT /api/class/sessions/${CODE}/submission`] = () => ({
      status: 409,
      body: { error: { code: 'conflict', message: 'Submissions are closed for this session.' } },
    });
    renderStudent();
    const submit = await screen.findByRole('button', { name: 'Submit my weights' });
    await waitFor(() => expect(submit).toBeEnabled());
    fireEvent.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not submitted: Submissions are closed for this session.',
    );
  });

  it('says so when the code names no session', async () => {
    routes[`POST /api/class/sessions/${CODE}/join`] = () => ({
      status: 404,
      body: { error: { code: 'not-found', message: 'There is no class session with that code.' } },
    });
    renderStudent();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'There is no class session with that code.',
    );
    expect(screen.getByRole('link', { name: 'Try another code' })).toHaveAttribute('href', '/join');
  });

  it('shows no results before the reveal', async () => {
    renderStudent();
    expect(
      await screen.findByText(/results appear here when your teacher reveals them/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'First choices' })).toBeNull();
    expect(calls.some((c) => c.key.includes('/results'))).toBe(false);
  });
});
