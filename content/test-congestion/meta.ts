import type { CaseContextInput, CaseMetaInput } from '@/lib/case/schema';

/**
 * A small synthetic case for the test suite: a fictional town, no source article, no quotes.
 * It exists to prove that nothing in the app assumes the flagship's four options, eight
 * criteria or source article. Registered only when COUNTERWEIGHT_TEST_CASES=1.
 */
export const meta = {
  id: 'test-congestion',
  title: 'Test case: easing traffic in a fictional town',
  question: 'How should the fictional town of Eastbridge ease traffic in its centre?',
  decider: 'The (fictional) town council',
  asOf: '2024-05-01',
} satisfies CaseMetaInput;

/** Background, all of it invented for testing and labelled as such. */
export const context = {
  summary: [
    'Eastbridge is a fictional town invented for Counterweight’s tests. Its centre is congested at rush hour and the council must choose how to respond.',
    'Nothing in this case describes a real place; every judgement is our inference.',
  ],
  timeline: [],
} satisfies CaseContextInput;
