import type { CriterionInput } from '@/lib/case/schema';

/** What the options are judged on; higher is always better. */
export const criteria = [
  {
    id: 'protection',
    label: 'Protecting personnel',
    question:
      'How well does this protect U.S. and coalition personnel in Iraq over the next few months?',
    scale: {
      0: 'Attacks on personnel become more frequent or deadlier',
      5: 'The danger to personnel stays about where it is',
      10: 'Personnel are largely out of reach of militia fire',
    },
    group: 'Security',
    defaultWeight: 50,
  },
  {
    id: 'deterrence',
    label: 'Restoring deterrence',
    question:
      'How likely is this to convince the militias and Iran that attacking Americans costs more than it gains, ending the cycle of attacks?',
    scale: {
      0: 'Attacks are rewarded and more follow',
      5: 'Attacks pause, then resume when convenient',
      10: 'The militias stop targeting coalition forces',
    },
    group: 'Security',
    defaultWeight: 50,
  },
  {
    id: 'iran-influence',
    label: 'Curbing Iran’s influence in Iraq',
    question: 'How far does this reduce the hold of Iran and its militias over the Iraqi state?',
    scale: {
      0: 'Iran’s proxies gain a freer hand over Iraq',
      5: 'Iran’s influence is roughly unchanged',
      10: 'Iran’s influence is sharply and lastingly reduced',
    },
    group: 'Strategy',
    defaultWeight: 50,
  },
  {
    id: 'counter-isis',
    label: 'Keeping the fight against ISIS on track',
    question:
      'How well does this keep the coalition’s campaign against the remnants of the Islamic State going?',
    scale: {
      0: 'The campaign stops and ISIS can regroup',
      5: 'The campaign slows but continues',
      10: 'The campaign continues at full pace',
    },
    group: 'Strategy',
    defaultWeight: 50,
  },
  {
    id: 'escalation',
    label: 'Avoiding a wider war',
    question:
      'How well does this avoid escalation into a wider conflict between the U.S. and Iran?',
    scale: {
      0: 'A wider war becomes likely',
      5: 'The tit-for-tat cycle carries on at its present level',
      10: 'The risk of escalation clearly falls',
    },
    group: 'Risk',
    defaultWeight: 50,
  },
  {
    id: 'backlash',
    label: 'Avoiding an Iraqi nationalist backlash',
    question:
      'How well does this avoid turning Iraqi opinion and politicians against the U.S. presence?',
    scale: {
      0: 'A strong backlash makes the pressure to expel U.S. forces irresistible',
      5: 'Some protest, but the partnership survives',
      10: 'Iraqi opinion is not inflamed, or turns against the militias instead',
    },
    group: 'Risk',
    defaultWeight: 50,
  },
  {
    id: 'long-term',
    label: 'Long-term position',
    question: 'How well does this avoid the U.S. being drawn back into Iraq later, on worse terms?',
    scale: {
      0: 'A later return on much worse terms is likely',
      5: 'The long-term outlook is unclear either way',
      10: 'A durable position the U.S. can sustain',
    },
    group: 'Strategy',
    defaultWeight: 50,
  },
  {
    id: 'feasibility',
    label: 'Feasibility',
    question:
      'How readily can the U.S. carry this out, given the targets available, the assets in place, legal authority and the need to act promptly?',
    scale: {
      0: 'Cannot realistically be done',
      5: 'Possible, with significant obstacles',
      10: 'Can be done now with existing assets and authority',
    },
    group: 'Practicality',
    defaultWeight: 50,
  },
] satisfies CriterionInput[];
