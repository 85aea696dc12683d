import type { CaseModule } from '@/lib/case/case-module';
import type { CaseInput } from '@/lib/case/schema';
import { actors } from './actors';
import { criteria } from './criteria';
import { context, meta } from './meta';
import { congestionCharge } from './options/congestion-charge';
import { parkingBusLanes } from './options/parking-bus-lanes';
import { statusQuo } from './options/status-quo';
import { presets } from './presets';
import { teaching } from './teaching';

/**
 * A synthetic test case: three options, five criteria, no source article and no quotes. Only
 * the test suite registers it (COUNTERWEIGHT_TEST_CASES=1); real users never see it.
 */
export const testCongestion = {
  meta,
  context,
  actors,
  criteria,
  options: [congestionCharge, parkingBusLanes, statusQuo],
  presets,
  annotations: [],
  teaching,
} satisfies CaseInput;

/** The registry entry: no source file, no fingerprint. */
export const testCongestionCase: CaseModule = { input: testCongestion };
