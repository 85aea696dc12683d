import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { campTaji2020 } from '@/content/camp-taji-2020';
import { loadCaseFile } from '@/lib/case/load';

describe('loadCaseFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'counterweight-load-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('loads and validates a case file', () => {
    const result = loadCaseFile(write('ok.json', JSON.stringify(campTaji2020)));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.meta.id).toBe('camp-taji-2020');
  });

  it('reports a missing file in one line', () => {
    const p = join(dir, 'absent.json');
    expect(loadCaseFile(p)).toEqual({
      ok: false,
      errors: [`absent.json: cannot read ${p} (no such file)`],
    });
  });

  it('reports a directory in one line', () => {
    expect(loadCaseFile(dir)).toEqual({
      ok: false,
      errors: [expect.stringMatching(/: cannot read .* \(is a directory\)$/)],
    });
  });

  it('reports invalid JSON in one line', () => {
    const result = loadCaseFile(write('bad.json', '{ "meta": '));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatch(/^bad\.json: is not valid JSON \(.+\)$/);
    }
  });

  it('prefixes defects with the case id when it is readable', () => {
    const c = structuredClone(campTaji2020) as {
      options: { assessments: Record<string, { score: unknown }> }[];
    };
    c.options[2]!.assessments.escalation!.score = 12;
    expect(loadCaseFile(write('c.json', JSON.stringify(c)))).toEqual({
      ok: false,
      errors: [
        'camp-taji-2020: options[high-road].assessments.escalation.score: must be between 0 and 10 (got 12)',
      ],
    });
  });

  it('prefixes defects with the file name when the id is not readable', () => {
    expect(loadCaseFile(write('empty.json', '{}'))).toMatchObject({
      ok: false,
      errors: expect.arrayContaining(['empty.json: meta: is required']),
    });
  });
});
