import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '@/lib/case/source-file';
import { main } from '@/scripts/analyze';

const DOC = join(REPO_ROOT, 'docs', 'robustness-maths.md');

describe('the analyze sample in docs/robustness-maths.md', () => {
  it('is the real output of the command it shows, so the documentation cannot drift', () => {
    const match = /```\n\$ npm run --silent analyze -- (.*)\n([\s\S]*?)```/.exec(
      readFileSync(DOC, 'utf8'),
    );
    expect(match).not.toBeNull();
    let out = '';
    const code = main(match![1]!.split(' '), { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    expect(out.trim()).toBe(match![2]!.trim());
  });
});
