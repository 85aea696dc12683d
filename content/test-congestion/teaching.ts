import type { TeachingInput } from '@/lib/case/schema';

/** One question and one glossary entry, enough to exercise the teaching material. */
export const teaching = {
  questions: [
    {
      id: 'who-pays',
      question: 'Who should pay for a less congested centre: drivers, taxpayers, or no one?',
      relatesTo: ['congestion-charge', 'fairness'],
    },
  ],
  glossary: [
    {
      term: 'Congestion charge',
      definition: 'A fee for driving into a zone at busy times, meant to cut traffic.',
    },
  ],
} satisfies TeachingInput;
