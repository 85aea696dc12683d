import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campTaji2020 } from '@/content/camp-taji-2020';
import { getCase } from '@/content/index';
import { REPO_ROOT } from '@/lib/case/source-file';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

function run(script: string, args: string[] = []) {
  const r = spawnSync(TSX, [join('scripts', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'counterweight-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes a mutated copy of the flagship case as JSON and returns its path. */
function caseFile(name: string, mutate: (c: typeof campTaji2020) => void = () => {}): string {
  const c = structuredClone(campTaji2020);
  mutate(c);
  const p = join(dir, name);
  writeFileSync(p, JSON.stringify(c));
  return p;
}

describe('check:content', { timeout: 60_000 }, () => {
  it('passes the registered cases and says so', () => {
    const r = run('check-content.ts');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^ok camp-taji-2020: 4 options, 8 criteria, 32 assessments, \d+ presets, \d+ quotes verified$/m,
    );
    expect(r.stdout).toMatch(/^check:content: \d+ cases? OK$/m);
  });

  it('accepts a valid case file given as an argument', () => {
    const r = run('check-content.ts', [caseFile('good.json')]);
    expect(r.code).toBe(0);
  });

  it('prints each defect of a case file, quotes included, as one line and exits 1', () => {
    const p = caseFile('bad.json', (c) => {
      (c.options[2]!.assessments.escalation as { score: number }).score = 12;
      (c.presets[1]!.weights as Record<string, number>).protection = -5;
      c.options[0]!.articleWords[0] = 'One option is never to leave';
    });
    const r = run('check-content.ts', [p]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain(
      'camp-taji-2020: options[high-road].assessments.escalation.score: must be between 0 and 10 (got 12)',
    );
    expect(lines).toContain(
      'camp-taji-2020: presets[author].weights.protection: must not be negative (got -5)',
    );
    expect(lines).toContain(
      'camp-taji-2020: options[withdraw].articleWords[0]: quote does not occur in the source ("One option is never to leave")',
    );
    expect(lines.at(-1)).toMatch(/^check:content: 3 defects in 1 case \(\d+ of \d+ cases OK\)$/);
  });

  it('rejects a quote that is not in the article', () => {
    const p = caseFile('misquote.json', (c) => {
      (c.options[3]!.assessments['long-term'] as { evidence: unknown }).evidence = {
        kind: 'author',
        quote: 'This is a game we will surely win.',
      };
    });
    const r = run('check-content.ts', [p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'camp-taji-2020: options[middle-path].assessments["long-term"].evidence.quote: quote does not occur',
    );
  });

  it('rejects every quote of a case that has no source fingerprint to check it against', () => {
    const p = caseFile('unverifiable.json', (c) => {
      (c.meta as { id: string }).id = 'no-fingerprint';
    });
    const r = run('check-content.ts', [p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'no-fingerprint: options[withdraw].articleWords[0]: quote cannot be verified: the case has no source fingerprint',
    );
    expect(r.stdout).toMatch(/^check:content: \d+ defects in 1 case \(1 of 2 cases OK\)$/m);
  });

  it('reports a file that is not JSON', () => {
    const p = join(dir, 'broken.json');
    writeFileSync(p, '{ nope');
    const r = run('check-content.ts', [p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.json: is not valid JSON \(.+\)$/m);
  });
});

describe('export:case', { timeout: 60_000 }, () => {
  it('prints the validated case as JSON and nothing else on stdout', () => {
    const r = run('export-case.ts', ['camp-taji-2020']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(getCase('camp-taji-2020'))));
    expect(r.stderr).toBe('');
  });

  it('rejects an unknown id on stderr, listing the known ids', () => {
    const r = run('export-case.ts', ['no-such-case']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('unknown case "no-such-case" (known: ');
    expect(r.stderr).toContain('camp-taji-2020');
  });

  it('explains its usage when no id is given', () => {
    const r = run('export-case.ts');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage: npm run --silent export:case -- <case id>');
  });
});
