import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@/lib/case/source-file';
import { validateCase } from '@/lib/case/validate';

const DOC = join(REPO_ROOT, 'docs', 'case-model.md');

describe('the minimal case in docs/case-model.md', () => {
  it('is a valid case, so the documentation cannot drift from the schema', () => {
    const block = /```json\n([\s\S]*?)```/.exec(readFileSync(DOC, 'utf8'))?.[1];
    expect(block).toBeDefined();
    const result = validateCase(JSON.parse(block!), 'case-model.md');
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
