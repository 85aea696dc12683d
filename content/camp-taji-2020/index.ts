import type { CaseModule } from '@/lib/case/case-module';
import type { SourceFingerprint } from '@/lib/case/quotes';
import type { CaseInput } from '@/lib/case/schema';
import { actors } from './actors';
import { annotations } from './annotations';
import { criteria } from './criteria';
import { context, meta } from './meta';
import { withdraw } from './options/withdraw';
import { lowRoad } from './options/low-road';
import { highRoad } from './options/high-road';
import { middlePath } from './options/middle-path';
import { presets } from './presets';
import { riskScales } from './risk-scales';
import fingerprint from './source.fingerprint.json';
import { teaching } from './teaching';

/**
 * The flagship case: how the United States should restore deterrence against Iran-backed
 * militias in Iraq after the 11 March 2020 rocket attack on Camp Taji, as argued in a Politico
 * Magazine piece of 13 March 2020. Quotes are verbatim (checked by `npm run check:content`
 * against ./source.fingerprint.json); everything else is our own wording.
 */
export const campTaji2020 = {
  meta,
  context,
  actors,
  criteria,
  riskScales,
  options: [withdraw, lowRoad, highRoad, middlePath],
  presets,
  annotations,
  teaching,
} satisfies CaseInput;

/** The case with its source article's file name and committed fingerprint, for the registry. */
export const campTaji2020Case: CaseModule = {
  input: campTaji2020,
  sourceFile: '000_9208ec3c198840b0.txt',
  fingerprint: fingerprint as SourceFingerprint,
};
