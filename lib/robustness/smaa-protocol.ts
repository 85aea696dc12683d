/**
 * Messages between the page and the SMAA worker. Everything is plain data (structured-clone
 * safe). Each run has an id chosen by the page; the worker tags every reply with it, so replies
 * from a run the page has since replaced can be recognised and dropped.
 */

import type { DecisionMatrix, SmaaOptions, SmaaResult } from '@/lib/decision';

/** One SMAA run's inputs. */
export interface SmaaJob {
  readonly matrix: DecisionMatrix;
  readonly options: SmaaOptions;
}

/** Page → worker. A new `start` while a run is going replaces it. */
export type SmaaRequest =
  | { readonly type: 'start'; readonly id: number; readonly job: SmaaJob }
  | { readonly type: 'cancel'; readonly id: number };

/** Worker → page. `done` and `total` count work units (weight draws plus confidence draws). */
export type SmaaResponse =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | {
      readonly type: 'result';
      readonly id: number;
      readonly result: SmaaResult;
      /** Wall-clock time from start to finish, in milliseconds. */
      readonly elapsedMs: number;
    }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
