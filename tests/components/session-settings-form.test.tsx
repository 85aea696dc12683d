import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionSettingsForm } from '@/components/class/session-settings-form';
import type { PublicSession, SessionSettings } from '@/lib/class/contract';

const CODE = 'ACDEFG';
const session = (settings: Partial<SessionSettings> = {}): PublicSession => {
  const s = { rolesOffered: false, smallGroupThreshold: 5, closesAt: null, ...settings };
  return {
    code: CODE,
    caseId: 'fixture-case',
    state: 'open',
    settings: s,
    counts: { joined: 0, submitted: 0 },
    createdAt: '2026-01-01T00:00:00.000Z',
    closesAt: s.closesAt,
  };
};

let reply: { status: number; body: unknown };
let sent: unknown[];

beforeEach(() => {
  sent = [];
  reply = { status: 200, body: session() };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit = {}) => {
      expect(`${init.method} ${url}`).toBe(`PATCH /api/class/sessions/${CODE}`);
      sent.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify(reply.body), { status: reply.status });
    }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const threshold = () => screen.getByRole('spinbutton', { name: 'Small-group threshold' });
const roles = () => screen.getByRole('checkbox', { name: /Offer roles/ });
const noClosing = () => screen.getByRole('checkbox', { name: 'No closing time' });
const closes = () => screen.getByLabelText(/Submissions close at/);
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

describe('SessionSettingsForm', () => {
  it('shows the stored settings and follows live changes until the host edits', () => {
    const onSaved = vi.fn();
    const { rerender } = render(
      <SessionSettingsForm code={CODE} session={session()} onSaved={onSaved} />,
    );
    expect(roles()).not.toBeChecked();
    expect(threshold()).toHaveValue(5);
    expect(noClosing()).toBeChecked();
    expect(closes()).toBeDisabled();
    rerender(
      <SessionSettingsForm
        code={CODE}
        session={session({ rolesOffered: true, smallGroupThreshold: 8 })}
        onSaved={onSaved}
      />,
    );
    expect(roles()).toBeChecked();
    expect(threshold()).toHaveValue(8);
    // Once edited, the host's draft stays put.
    fireEvent.change(threshold(), { target: { value: '4' } });
    rerender(<SessionSettingsForm code={CODE} session={session()} onSaved={onSaved} />);
    expect(threshold()).toHaveValue(4);
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('sends the settings and says they were saved', async () => {
    const onSaved = vi.fn();
    const at = new Date(Date.now() + 86_400_000);
    at.setSeconds(0, 0);
    reply = {
      status: 200,
      body: session({ rolesOffered: true, smallGroupThreshold: 3, closesAt: at.toISOString() }),
    };
    render(<SessionSettingsForm code={CODE} session={session()} onSaved={onSaved} />);
    fireEvent.click(roles());
    fireEvent.change(threshold(), { target: { value: '3' } });
    fireEvent.click(noClosing());
    expect(closes()).toBeEnabled();
    const local = new Date(at.getTime() - at.getTimezoneOffset() * 60_000).toISOString();
    fireEvent.change(closes(), { target: { value: local.slice(0, 16) } });
    save();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(reply.body));
    expect(sent).toEqual([
      { settings: { rolesOffered: true, smallGroupThreshold: 3, closesAt: at.toISOString() } },
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('Settings saved.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a past closing time has locked the session', async () => {
    const past = new Date(Date.now() - 3_600_000).toISOString();
    reply = { status: 200, body: session({ closesAt: past }) };
    render(<SessionSettingsForm code={CODE} session={session()} onSaved={vi.fn()} />);
    fireEvent.click(noClosing());
    fireEvent.change(closes(), { target: { value: '2020-01-01T10:00' } });
    save();
    expect(
      await screen.findByText(/closing time has passed, so submissions are locked/),
    ).toHaveAttribute('role', 'status');
  });

  it('refuses a bad threshold without a request, and reports a refusal from the server', async () => {
    const onSaved = vi.fn();
    render(<SessionSettingsForm code={CODE} session={session()} onSaved={onSaved} />);
    fireEvent.change(threshold(), { target: { value: '2' } });
    save();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not saved: The small-group threshold must be a whole number from 3 to 50.',
    );
    expect(sent).toEqual([]);

    reply = {
      status: 403,
      body: { error: { code: 'forbidden', message: 'Only the host of this session can do that.' } },
    };
    fireEvent.change(threshold(), { target: { value: '6' } });
    save();
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Not saved: Only the host of this session can do that.',
      ),
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(threshold()).toHaveValue(6);
  });
});
