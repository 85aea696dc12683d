import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campTaji2020 } from '@/content/camp-taji-2020';
import { REPO_ROOT } from '@/lib/case/source-file';
import { main, type Analysis } from '@/scripts/analyze';

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'counterweight-analyze-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze CLI', () => {
  it('prints every section for a registered case', () => {
    const r = run(['camp-taji-2020', '--samples', '500']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    for (const heading of [
      'Totals (0–100) and ranks',
      'Stability: the range of each weight over which',
      'Smallest change:',
      'SMAA-2: 500 samples, seed 1; any weights',
      'Central weights',
      'Decision rules',
    ]) {
      expect(r.out).toContain(heading);
    }
    expect(r.out).toMatch(/wins under maximin|tie under maximin/);
  });

  it('prints one JSON document with --json, consistent with the settings', () => {
    const r = run([
      'camp-taji-2020',
      '--json',
      '--weights',
      '80,100,60,70,40,30,80,40',
      '--samples',
      '400',
      '--seed',
      '7',
      '--concentration',
      '25',
      '--min',
      'backlash=3',
    ]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as Analysis;
    expect(a.case.id).toBe('camp-taji-2020');
    expect(a.weights.points).toEqual([80, 100, 60, 70, 40, 30, 80, 40]);
    expect(a.weights.normalised.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(a.stability).toHaveLength(8);
    expect(a.smaa).toMatchObject({
      samples: 400,
      seed: 7,
      weightModel: 'around',
      concentration: 25,
    });
    expect(a.rules.map((x) => x.rule)).toEqual([
      'weighted-sum',
      'maximin',
      'minimax-regret',
      'satisficing',
    ]);
    expect(a.rules.every((x) => x.sentence.endsWith('.'))).toBe(true);
    expect(a.thresholds).toEqual({ backlash: 3 });
    expect(a.ranking[0]!.option).toBe(a.rules[0]!.winners[0]);
  });

  it('gives the same SMAA numbers for the same seed', () => {
    const once = JSON.parse(run(['camp-taji-2020', '--json', '--samples', '300']).out) as Analysis;
    const twice = JSON.parse(run(['camp-taji-2020', '--json', '--samples', '300']).out) as Analysis;
    expect(twice.smaa).toEqual(once.smaa);
  });

  it('reads a case from a JSON file', () => {
    const p = join(dir, 'case.json');
    writeFileSync(p, JSON.stringify(campTaji2020));
    const r = run([p, '--json', '--samples', '100']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.out) as Analysis).case.id).toBe('camp-taji-2020');
  });

  it.each([
    { why: 'no case', argv: [], code: 2, message: /missing the case/ },
    { why: 'an unknown case id', argv: ['nope'], code: 2, message: /unknown case "nope"/ },
    { why: 'an unknown option', argv: ['camp-taji-2020', '--bogus'], code: 2, message: /--bogus/ },
    {
      why: 'too few weights',
      argv: ['camp-taji-2020', '--weights', '1,2'],
      code: 2,
      message: /needs 8 numbers/,
    },
    {
      why: 'a negative weight',
      argv: ['camp-taji-2020', '--weights', '1,1,1,1,1,1,1,-1'],
      code: 2,
      message: /non-negative/,
    },
    {
      why: 'all-zero weights',
      argv: ['camp-taji-2020', '--weights', '0,0,0,0,0,0,0,0'],
      code: 2,
      message: /not all be zero/,
    },
    {
      why: 'a non-numeric weight',
      argv: ['camp-taji-2020', '--weights', '1,x,1,1,1,1,1,1'],
      code: 2,
      message: /"x"/,
    },
    {
      why: 'zero samples',
      argv: ['camp-taji-2020', '--samples', '0'],
      code: 2,
      message: /--samples/,
    },
    {
      why: 'a fractional seed',
      argv: ['camp-taji-2020', '--seed', '1.5'],
      code: 2,
      message: /--seed/,
    },
    {
      why: 'a negative concentration',
      argv: ['camp-taji-2020', '--concentration=-3'],
      code: 2,
      message: /--concentration/,
    },
    {
      why: 'an unknown minimum',
      argv: ['camp-taji-2020', '--min', 'foo=3'],
      code: 2,
      message: /unknown criterion "foo"/,
    },
    {
      why: 'a missing case file',
      argv: [join('no', 'such', 'case.json')],
      code: 1,
      message: /cannot read/,
    },
  ])('fails with one stderr line and exit $code for $why', ({ argv, code, message }) => {
    const r = run(argv);
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^analyze: [^\n]+\n$/);
    expect(r.err).toMatch(message);
  });

  it('reports an invalid case file in one line, exit 1', () => {
    const p = join(dir, 'bad.json');
    writeFileSync(p, 'not json\n{');
    const r = run([p]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^analyze: bad\.json: is not valid JSON[^\n]*\n$/);
  });
});

describe('analyze CLI as a process', { timeout: 60_000 }, () => {
  const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const spawn = (args: string[]) =>
    spawnSync(TSX, [join('scripts', 'analyze.ts'), ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      timeout: 60_000,
    });

  it('writes only JSON on stdout with --json', () => {
    const r = spawn(['camp-taji-2020', '--json', '--samples', '200']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('exits 2 with one stderr line on bad arguments', () => {
    const r = spawn(['camp-taji-2020', '--weights', '1,2,3']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
