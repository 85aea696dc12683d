/**
 * How robust is the winner? Prints, for one case and one set of weights: totals and ranks, the
 * stability interval of every criterion, the smallest weight change that changes the leader,
 * SMAA-2 rank acceptabilities (with central weights and confidence factors), and the result of
 * every decision rule with its reason.
 *
 *   npm run analyze -- <case id | case.json> [--weights 20,15,...] [--samples N] [--seed S]
 *                      [--concentration C] [--min criterion=score,...] [--json]
 *
 * `--json` prints one JSON document and nothing else on stdout (use `npm run --silent` so npm's
 * banner stays off it too). Errors: one line on stderr, exit 2 for bad arguments, 1 for a bad case.
 */
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { caseIds, getCase } from '@/content/index';
import { loadCaseFile } from '@/lib/case/load';
import type { Case } from '@/lib/case/schema';
import { analyse, defaultCasePoints, type Analysis } from '@/lib/analysis/analyse';
import { RULE_LABELS } from '@/lib/decision';

export type { Analysis };

const USAGE =
  'usage: npm run analyze -- <case id or path to a case JSON file> [--weights 20,15,...] ' +
  '[--samples N] [--seed S] [--concentration C] [--min criterion=score,...] [--json]';

const MAX_SAMPLES = 10_000_000;

/** Where the CLI writes; tests pass collectors. */
export interface AnalyzeIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: AnalyzeIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** A failure that ends the run with one stderr line and an exit code. */
class CliError extends Error {
  constructor(
    message: string,
    readonly code: 1 | 2,
  ) {
    super(message);
  }
}

/** A bad argument; `withUsage` appends the usage when the mistake is about the command's shape. */
const usageError = (message: string, withUsage = false) =>
  new CliError(withUsage ? `${message} (${USAGE})` : message, 2);

interface Settings {
  readonly source: string;
  readonly weights: readonly number[] | null;
  readonly samples: number;
  readonly seed: number;
  readonly concentration: number | null;
  readonly thresholds: Readonly<Record<string, number>>;
  readonly rawMin: string | null;
  readonly json: boolean;
  readonly help: boolean;
}

function parseSettings(argv: readonly string[]): Settings {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        weights: { type: 'string' },
        samples: { type: 'string' },
        seed: { type: 'string' },
        concentration: { type: 'string' },
        min: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    // parseArgs explains at length; its first sentence is the useful part.
    const first = (err as Error).message.split(/\.\s|\n/)[0] ?? 'bad arguments';
    throw usageError(first.replace(/\.$/, ''), true);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  if (!help && positionals.length !== 1) {
    throw usageError(
      positionals.length === 0
        ? 'missing the case'
        : `expected one case, got ${positionals.length}`,
      true,
    );
  }
  const integer = (flag: string, raw: string | undefined, fallback: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n > max) {
      throw usageError(
        `--${flag} must be a whole number from ${flag === 'seed' ? 0 : 1} to ${max} (got "${raw}")`,
      );
    }
    if (flag === 'samples' && n < 1)
      throw usageError(`--samples must be at least 1 (got "${raw}")`);
    return n;
  };
  let concentration: number | null = null;
  if (values.concentration !== undefined) {
    concentration = Number(values.concentration);
    if (
      values.concentration.trim() === '' ||
      !Number.isFinite(concentration) ||
      concentration <= 0
    ) {
      throw usageError(`--concentration must be a positive number (got "${values.concentration}")`);
    }
  }
  let weights: number[] | null = null;
  if (values.weights !== undefined) {
    const parts = values.weights.split(',');
    weights = parts.map((p) => (p.trim() === '' ? Number.NaN : Number(p)));
    const bad = parts.find((p, i) => !Number.isFinite(weights![i]) || weights![i]! < 0);
    if (bad !== undefined) {
      throw usageError(`--weights must be non-negative numbers separated by commas (got "${bad}")`);
    }
    if (weights.every((w) => w === 0)) throw usageError('--weights must not all be zero');
  }
  return {
    source: positionals[0] ?? '',
    weights,
    samples: integer('samples', values.samples, 10_000, MAX_SAMPLES),
    seed: integer('seed', values.seed, 1, 2 ** 32 - 1),
    concentration,
    thresholds: {},
    rawMin: values.min ?? null,
    json: values.json === true,
    help,
  };
}

/** Minimums for satisficing, `criterion=score,...`, checked against the case's criteria. */
function parseThresholds(raw: string | null, c: Case): Record<string, number> {
  if (raw === null) return {};
  const ids = c.criteria.map((k) => k.id);
  const out: Record<string, number> = {};
  for (const part of raw.split(',')) {
    const [id, value, extra] = part.split('=').map((s) => s.trim());
    const score = Number(value);
    if (
      !id ||
      value === undefined ||
      value === '' ||
      extra !== undefined ||
      !Number.isFinite(score)
    ) {
      throw usageError(`--min needs criterion=score pairs separated by commas (got "${part}")`);
    }
    if (!ids.includes(id)) {
      throw usageError(`--min names unknown criterion "${id}" (known: ${ids.join(', ')})`);
    }
    if (score < 0 || score > 10)
      throw usageError(`--min scores must be from 0 to 10 (got "${part}")`);
    out[id] = score;
  }
  return out;
}

function loadCase(source: string): Case {
  const looksLikeFile = source.endsWith('.json') || /[\\/]/.test(source) || existsSync(source);
  if (looksLikeFile) {
    const result = loadCaseFile(source);
    if (result.ok) return result.value;
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more defects)` : '';
    throw new CliError(`${result.errors[0] ?? 'invalid case'}${more}`, 1);
  }
  let known: string[];
  try {
    known = caseIds();
  } catch (err) {
    const lines = (err as Error).message.split('\n');
    throw new CliError(`${lines[0]} ${lines[1]?.trim() ?? ''}`.trim(), 1);
  }
  const c = getCase(source);
  if (!c) throw usageError(`unknown case "${source}" (known: ${known.join(', ')})`);
  return c;
}

/** Checks the weights' length and the minimums, in that order, then runs the shared analysis. */
function run(c: Case, settings: Settings): Analysis {
  const points = settings.weights ?? defaultCasePoints(c);
  if (points.length !== c.criteria.length) {
    throw usageError(
      `--weights needs ${c.criteria.length} numbers, one per criterion in case order ` +
        `(${c.criteria.map((k) => k.id).join(', ')}), got ${points.length}`,
    );
  }
  return analyse(c, {
    weights: points,
    samples: settings.samples,
    seed: settings.seed,
    concentration: settings.concentration,
    thresholds: parseThresholds(settings.rawMin, c),
  });
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

/** A plain-text table: numbers (cells that start with a digit or a dash) right-aligned. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.every((r) => /^[\d—-]/.test(r[i] ?? '')));
  const line = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, i) => (numeric[i] ? lpad(cell, widths[i]!) : pad(cell, widths[i]!)))
      .join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The human-readable report. */
function report(a: Analysis): string {
  const label = (id: string) => a.options.find((o) => o.id === id)?.label ?? id;
  const criterionLabel = (id: string) => a.criteria.find((k) => k.id === id)?.label ?? id;
  const leader = a.ranking[0]?.option ?? '';
  const out: string[] = [];
  out.push(`${a.case.title} (${a.case.id})`, '');

  out.push('Weights (importance points, normalised)');
  out.push(
    table(
      ['criterion', 'points', 'weight', 'label'],
      a.criteria.map((k, j) => [
        k.id,
        String(a.weights.points[j]),
        pct(a.weights.normalised[j]!),
        k.label,
      ]),
    ),
    '',
  );

  out.push('Totals (0–100) and ranks');
  out.push(
    table(
      ['rank', 'option', 'total', 'label'],
      a.ranking.map((r) => [String(r.rank), r.option, r.total.toFixed(1), label(r.option)]),
    ),
    '',
  );

  out.push(`Stability: the range of each weight over which ${leader} stays first`);
  out.push(
    table(
      ['criterion', 'now', 'from', 'to', 'below it', 'above it'],
      a.stability.map((s) => [
        s.criterion,
        pct(s.current),
        pct(s.lower),
        pct(s.upper),
        s.belowLeader ?? '—',
        s.aboveLeader ?? '—',
      ]),
    ),
    '',
  );

  const c = a.smallestChange;
  out.push(
    c
      ? `Smallest change: ${c.direction === 'increase' ? 'raising' : 'lowering'} ${c.criterion} from ` +
          `${pct(c.from)} to ${pct(c.to)} (${c.change.toFixed(1)} percentage points) makes ` +
          `${c.takesOver} level with ${c.leader}; any further and ${c.takesOver} leads.`
      : `Smallest change: no single weight change makes another option overtake ${leader}.`,
    '',
  );

  const s = a.smaa;
  const weightsDrawn =
    s.weightModel === 'uniform'
      ? 'any weights (uniform over all weight vectors)'
      : `weights around yours (concentration ${s.concentration})`;
  const scoresDrawn =
    s.scoreModel === 'triangular' ? 'scores triangular over their ranges' : 'fixed scores';
  out.push(`SMAA-2: ${s.samples} samples, seed ${s.seed}; ${weightsDrawn}; ${scoresDrawn}`);
  out.push('Rank acceptability (share of samples with each rank) and confidence factor');
  out.push(
    table(
      ['option', ...s.options.map((_, r) => `rank ${r + 1}`), 'confidence'],
      s.options.map((o, i) => [
        o,
        ...s.acceptability[i]!.map(pct),
        s.confidence[i] === null ? '—' : pct(s.confidence[i]!),
      ]),
    ),
    '',
  );
  out.push('Central weights (the average weights under which each option ranks first)');
  out.push(
    table(
      ['criterion', ...s.options],
      s.criteria.map((k, j) => [
        k,
        ...s.centralWeights.map((cw) => (cw === null ? '—' : pct(cw[j]!))),
      ]),
    ),
    '',
  );

  out.push('Decision rules');
  for (const r of a.rules) {
    const order = r.order.map((x) =>
      x.rank === null ? `(${x.option} ruled out)` : `${x.rank}. ${x.option}`,
    );
    out.push(`  ${pad(RULE_LABELS[r.rule], 17)} ${order.join('  ')}`);
    out.push(`  ${' '.repeat(17)} ${r.sentence}`);
  }
  if (Object.keys(a.thresholds).length) {
    const mins = Object.entries(a.thresholds).map(([k, v]) => `${criterionLabel(k)} ≥ ${v}`);
    out.push(`  (satisficing minimums: ${mins.join(', ')})`);
  }
  out.push('', a.disagreement, '');
  return out.join('\n');
}

/**
 * Runs the CLI on `argv` (without the node and script paths) and returns the exit code:
 * 0 on success, 2 for bad arguments, 1 for a bad case. Never calls process.exit.
 */
export function main(argv: readonly string[], io: AnalyzeIo = processIo): number {
  try {
    const settings = parseSettings(argv);
    if (settings.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const analysis = run(loadCase(settings.source), settings);
    io.out(settings.json ? `${JSON.stringify(analysis, null, 2)}\n` : report(analysis));
    return 0;
  } catch (err) {
    // One line, whatever the message holds (JSON parse errors quote the file, newlines and all).
    const line = (err as Error).message.replace(/\s*\n\s*/g, ' ').trim();
    io.err(`analyze: ${line}\n`);
    return err instanceof CliError ? err.code : 1;
  }
}

const entry = process.argv[1];
if (entry && existsSync(entry) && realpathSync(entry) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
