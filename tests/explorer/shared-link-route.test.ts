import { createRequire } from 'node:module';
import { STANCE_PARAMS } from '@/lib/stance/link';

const require = createRequire(import.meta.url);

type Rewrite = { source: string; has: { type: string; key: string }[]; destination: string };

describe('the shared-link rewrite', () => {
  it('sends an explorer address with any stance parameter to the dynamic shared route', async () => {
    const config = require('../../next.config.js') as {
      rewrites: () => Promise<{ beforeFiles: Rewrite[] }>;
    };
    const { beforeFiles } = await config.rewrites();
    expect(beforeFiles.map((r) => r.has[0]?.key).sort()).toEqual([...STANCE_PARAMS].sort());
    for (const r of beforeFiles) {
      expect(r.source).toBe('/cases/:caseId');
      expect(r.destination).toBe('/cases/:caseId/shared');
      expect(r.has).toEqual([{ type: 'query', key: r.has[0]?.key }]);
    }
  });
});
