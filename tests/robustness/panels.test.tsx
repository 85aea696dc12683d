import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCase } from '@/content';
import { rankAcceptability, stabilityInterval, type SmaaResult } from '@/lib/decision';
import { defaultPoints, modelFromCase } from '@/lib/explorer/model';
import { createExplorerStore, selectPoints } from '@/lib/explorer/store';
import { stabilitySentence } from '@/lib/robustness/sentences';
import type { SmaaJob } from '@/lib/robustness/smaa-protocol';
import { ExplorerStoreScope } from '@/components/explorer/lagging';
import { RulesView, type RulesViewProps } from '@/components/robustness/rules-panel';
import { SensitivityPanel } from '@/components/robustness/sensitivity-panel';
import type { SmaaCallbacks, SmaaRunner } from '@/components/robustness/smaa-client';
import {
  UncertaintyPanel,
  UncertaintyView,
  type UncertaintyViewProps,
} from '@/components/robustness/uncertainty-panel';
import type { RobustnessSettings } from '@/lib/stance/schema';
import { RERUN_DELAY_MS, useSmaa } from '@/components/robustness/use-smaa';
import { namesFromModel } from '@/components/robustness/use-names';

const model = modelFromCase(getCase('camp-taji-2020')!);
const names = namesFromModel(model);
const equal = model.criteria.map(() => 1 / model.criteria.length);

/** The rules view with its minimums held in component state, as the store would hold them. */
function Rules(props: Omit<RulesViewProps, 'minimums' | 'onMinimumChange' | 'onResetMinimums'>) {
  const [minimums, setMinimums] = useState<Record<string, number>>({});
  return (
    <RulesView
      {...props}
      minimums={minimums}
      onMinimumChange={(k, v) =>
        setMinimums((m) => {
          const next = { ...m };
          if (v === null) delete next[k];
          else next[k] = v;
          return next;
        })
      }
      onResetMinimums={() => setMinimums({})}
    />
  );
}

/** The uncertainty view with its settings held in component state. */
function Uncertainty(props: Omit<UncertaintyViewProps, 'settings' | 'onSettingsChange'>) {
  const [settings, setSettings] = useState<RobustnessSettings>({});
  return (
    <UncertaintyView
      {...props}
      settings={settings}
      onSettingsChange={(patch) => setSettings((s) => ({ ...s, ...patch }))}
    />
  );
}

describe('SensitivityPanel', () => {
  it('shows the chosen criterion’s sentence and follows the explorer’s weights', () => {
    const store = createExplorerStore(model);
    render(
      <ExplorerStoreScope store={store}>
        <SensitivityPanel />
      </ExplorerStoreScope>,
    );
    const select = screen.getByRole('combobox', { name: 'Criterion to vary' });
    fireEvent.change(select, { target: { value: '0' } });
    const figure = screen.getByRole('figure');
    const expected = (points: readonly number[]) =>
      stabilitySentence(stabilityInterval(model.matrix, points, 0), names.prose);
    expect(figure).toHaveTextContent(expected(defaultPoints(model)));
    expect(within(figure).getByRole('img')).toHaveAccessibleName(
      /total as the weight on Protecting personnel/,
    );

    act(() => store.getState().setPoint(0, 100));
    const points = selectPoints(store.getState());
    expect(expected(points)).not.toBe(expected(defaultPoints(model)));
    expect(figure).toHaveTextContent(expected(points));
  });

  it('gives the chart’s numbers in a table', () => {
    const store = createExplorerStore(model);
    render(
      <ExplorerStoreScope store={store}>
        <SensitivityPanel />
      </ExplorerStoreScope>,
    );
    const table = screen.getByRole('table', { name: /The chart in numbers/ });
    expect(within(table).getAllByRole('row')).toHaveLength(model.options.length + 1);
    expect(within(table).getByRole('columnheader', { name: 'At your 13%' })).toBeInTheDocument();
  });
});

describe('RulesView', () => {
  it('shows every rule and says so when no option survives the minimums', () => {
    render(<Rules matrix={model.matrix} weights={equal} criteria={model.criteria} names={names} />);
    const table = screen.getByRole('table', { name: /under each rule/ });
    expect(within(table).getAllByRole('rowheader')).toHaveLength(4);
    expect(screen.queryByText(/No option survives your minimum scores/)).toBeNull();

    // No option scores 7 or more on restoring deterrence.
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Minimum on Restoring deterrence' }), {
      target: { value: '7' },
    });
    expect(screen.getByRole('status')).toHaveTextContent(/No option survives your minimum scores/);
    const satisficing = within(table)
      .getByRole('rowheader', { name: /Satisficing/ })
      .closest('tr')!;
    expect(within(satisficing).getByText('No option survives')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Reset minimums' }));
    expect(screen.queryByText(/No option survives your minimum scores/)).toBeNull();
  });

  it('ignores a minimum outside 0–10', () => {
    render(<Rules matrix={model.matrix} weights={equal} criteria={model.criteria} names={names} />);
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Minimum on Feasibility' }), {
      target: { value: '11' },
    });
    expect(screen.queryByText(/No option survives your minimum scores/)).toBeNull();
  });
});

/** A runner the test drives by hand. */
function fakeRunner() {
  const runs: { job: SmaaJob; callbacks: SmaaCallbacks; cancelled: boolean }[] = [];
  const runner: SmaaRunner = {
    start(job, callbacks) {
      const run = { job, callbacks, cancelled: false };
      runs.push(run);
      return () => {
        run.cancelled = true;
      };
    },
    mode: () => 'worker',
    dispose: vi.fn(),
  };
  return { runs, runner, create: () => runner };
}

describe('UncertaintyView', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows progress while the worker runs, then the results and their tables', () => {
    const fake = fakeRunner();
    render(
      <Uncertainty
        matrix={model.matrix}
        weights={equal}
        criteria={model.criteria}
        names={names}
        createRunner={fake.create}
      />,
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Run the analysis' }));
    expect(fake.runs).toHaveLength(1);
    const { job, callbacks } = fake.runs[0]!;
    expect(job.options).toMatchObject({ samples: 20000, seed: 2020, scores: 'triangular' });
    expect(job.options.weights?.kind).toBe('around');

    act(() => callbacks.onProgress(10000, 40000));
    const bar = screen.getByRole('progressbar', { name: 'Uncertainty analysis progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText('25%')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();

    const result: SmaaResult = rankAcceptability(model.matrix, { ...job.options, samples: 500 });
    act(() => callbacks.onDone(result, 120));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Done: 500 draws.');

    const ranks = screen.getByRole('table', { name: /Chance of each rank/ });
    const firsts = within(ranks)
      .getAllByRole('row')
      .slice(1)
      .map((row) => parseFloat(within(row).getAllByRole('cell')[0]!.textContent ?? ''));
    expect(firsts.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    expect(screen.getByRole('table', { name: /Central weights/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Confidence factor/ })).toBeInTheDocument();
    expect(screen.getByText(/seed 2020/)).toBeInTheDocument();
  });

  it('re-runs after the weights settle, cancelling the stale run at once', () => {
    const fake = fakeRunner();
    const props = {
      matrix: model.matrix,
      criteria: model.criteria,
      names,
      createRunner: fake.create,
    };
    const { rerender } = render(<Uncertainty {...props} weights={equal} />);
    fireEvent.click(screen.getByRole('button', { name: 'Run the analysis' }));
    const first = fake.runs[0]!;

    const heavier = equal.map((w, k) => (k === 0 ? w * 3 : w));
    rerender(<Uncertainty {...props} weights={heavier} />);
    expect(first.cancelled).toBe(true);
    expect(fake.runs).toHaveLength(1);
    act(() => vi.advanceTimersByTime(RERUN_DELAY_MS));
    expect(fake.runs).toHaveLength(2);
    const second = fake.runs[1]!.job.options.weights;
    expect(second?.kind === 'around' && second.weights[0]).toBeCloseTo(heavier[0]!, 12);
  });

  it('stops on request and does not re-run until asked', () => {
    const fake = fakeRunner();
    const props = {
      matrix: model.matrix,
      criteria: model.criteria,
      names,
      createRunner: fake.create,
    };
    const { rerender } = render(<Uncertainty {...props} weights={equal} />);
    fireEvent.click(screen.getByRole('button', { name: 'Run the analysis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(fake.runs[0]!.cancelled).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('Stopped.');
    rerender(<Uncertainty {...props} weights={equal.map((w, k) => (k ? w : 0))} />);
    act(() => vi.advanceTimersByTime(RERUN_DELAY_MS * 2));
    expect(fake.runs).toHaveLength(1);
  });

  it('re-runs once, without a render loop, even when the runner factory changes every render', () => {
    // A minifier may inline the default factory into the parameter list, making a new function
    // on every call of the hook; the hook must not restart or loop because of that.
    const fake = fakeRunner();
    let renders = 0;
    const job = (samples: number): SmaaJob => ({
      matrix: model.matrix,
      options: { samples, seed: 1 },
    });
    function Harness({ samples }: { samples: number }) {
      renders++;
      const { state, run } = useSmaa(job(samples), String(samples), () => fake.runner);
      return (
        <button type="button" onClick={run}>
          {state.status}
        </button>
      );
    }
    const { rerender } = render(<Harness samples={20000} />);
    fireEvent.click(screen.getByRole('button'));
    act(() => fake.runs[0]!.callbacks.onProgress(1, 10));
    rerender(<Harness samples={5000} />);
    const before = renders;
    act(() => vi.advanceTimersByTime(RERUN_DELAY_MS * 3));
    expect(renders - before).toBeLessThan(5);
    expect(fake.runs.map((r) => r.job.options.samples)).toEqual([20000, 5000]);
  });

  it('samples uniformly at "any weights at all"', () => {
    const fake = fakeRunner();
    render(
      <Uncertainty
        matrix={model.matrix}
        weights={equal}
        criteria={model.criteria}
        names={names}
        createRunner={fake.create}
      />,
    );
    const slider = screen.getByRole('slider', { name: 'How sure are you of your weights?' });
    fireEvent.change(slider, { target: { value: '10' } });
    expect(slider).toHaveAttribute('aria-valuetext', 'Any weights at all');
    fireEvent.click(screen.getByRole('button', { name: 'Run the analysis' }));
    expect(fake.runs[0]!.job.options.weights).toEqual({ kind: 'uniform' });
  });
});

describe('robustness settings live in the explorer store', () => {
  it('keeps the certainty, draws and minimums in the stance', () => {
    const store = createExplorerStore(model);
    render(
      <ExplorerStoreScope store={store}>
        <UncertaintyPanel />
      </ExplorerStoreScope>,
    );
    fireEvent.change(screen.getByRole('slider', { name: 'How sure are you of your weights?' }), {
      target: { value: '8' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Draws' }), {
      target: { value: '5000' },
    });
    expect(store.getState().robustness).toEqual({ concentration: 80, samples: 5000 });
    act(() => store.getState().setRobustness({ concentration: 0 }));
    expect(
      screen.getByRole('slider', { name: 'How sure are you of your weights?' }),
    ).toHaveAttribute('aria-valuetext', 'Exactly my weights');
  });
});
