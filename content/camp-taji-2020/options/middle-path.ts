import type { OptionInput } from '@/lib/case/schema';
import { HILL_WAR_POWERS, PENTAGON_MISSILES } from '../sources';

/** The option `middle-path`. */
export const middlePath = {
  id: 'middle-path',
  label: 'The middle path (the author’s recommendation)',
  shortLabel: 'The middle path',
  summary:
    'Prompt, decisive, unclaimed strikes on senior militia leaders when they can be found, under ground rules agreed by Congress and the administration; force protection brought in quietly; and letting the militias over-reach while the coalition helps Iraq defeat ISIS.',
  kind: 'author-recommendation',
  actions: [
    'Carry out prompt, decisive and unclaimed strikes on some senior Iraqi militia leaders',
    'Have Congress and the administration privately agree ground rules for the use of force, so deterrent strikes can wait for the right targets',
    'Quietly bring in Patriot missiles and close-in anti-rocket defences without further consultation with Baghdad',
    'Let the militias keep over-reaching while the coalition keeps helping Iraq defeat the Islamic State',
  ],
  favouredBy: [],
  articleWords: [
    'The right approach probably lies somewhere between the high and low roads',
    'very prompt, decisive and unclaimed attacks demonstrated against some senior Iraqi militia leaders',
    'in order to make others think very seriously about their personal future',
    'delink the timing of deterrent strikes',
    'quietly bringing the force protection assets into Iraq that it needs',
    'let the militias keep over-reaching',
    'to distance themselves from the coalition (which they did not)',
    'he met Trump anyway',
    'This is a game we can win.',
  ],
  risks: [
    {
      id: 'no-targets',
      description:
        'Senior militia leaders keep their heads down, so suitable targets rarely appear.',
      likelihood: 3,
      impact: 3,
      evidence: {
        kind: 'author',
        quote: 'are generally not available to hit the day after Americans are killed',
      },
    },
    {
      id: 'attribution',
      description:
        'Unclaimed strikes are blamed on the U.S. anyway, provoking the nationalist reaction they were meant to avoid.',
      likelihood: 4,
      impact: 3,
      evidence: {
        kind: 'inference',
        basis:
          'The U.S. is the obvious suspect for any strike on an Iraqi militia leader; the article does not discuss attribution.',
      },
    },
    {
      id: 'leadership-escalation',
      description:
        'Killing senior militia leaders provokes a direct Iranian response, as in January.',
      likelihood: 3,
      impact: 5,
      evidence: {
        kind: 'fact',
        fact: 'After the 3 January strike that killed Soleimani and al-Muhandis, Iran fired more than a dozen ballistic missiles at bases hosting U.S. troops.',
        source: PENTAGON_MISSILES,
      },
    },
    {
      id: 'no-agreement',
      description:
        'Congress and the administration fail to agree ground rules, leaving strikes without clear authority.',
      likelihood: 4,
      impact: 2,
      evidence: {
        kind: 'fact',
        fact: 'On 11 March 2020 the House voted 227 to 186, after the Senate voted 55 to 45, to direct the President to end unauthorized hostilities against Iran; the President was expected to veto it.',
        source: HILL_WAR_POWERS,
      },
    },
    {
      id: 'deployment-exposed',
      description:
        'The quiet deployment of air and rocket defences becomes public and Baghdad objects.',
      likelihood: 3,
      impact: 2,
      evidence: {
        kind: 'author',
        quote: 'an Iraqi government that would rather adopt a “don’t ask, don’t tell” approach',
      },
    },
    {
      id: 'raid-costs',
      description:
        'Keeping up fast-paced raids against the Islamic State costs coalition lives too, as on 8 March.',
      likelihood: 3,
      impact: 3,
      evidence: {
        kind: 'author',
        quote: 'boosted effectiveness comes at a cost of added risk',
      },
    },
    {
      id: 'unanswered-attacks',
      description:
        'While the U.S. waits for the right targets, further attacks go unanswered and look unpunished.',
      likelihood: 4,
      impact: 3,
      evidence: {
        kind: 'inference',
        basis: 'Delinking the timing of strikes means some attacks will not be answered promptly.',
      },
    },
  ],
  tradeOffs: [
    {
      gains: 'Hits what the militias and Iran actually value: their leaders.',
      givesUp: 'Immediacy: the reply may come weeks after the attack.',
      evidence: {
        kind: 'author',
        quote: 'so that we can strike the right targets when they become available',
      },
    },
    {
      gains: 'Deniability lowers the pressure on Iraqi leaders and on Iran to respond publicly.',
      givesUp: 'Open accountability, and public credit for restoring deterrence.',
      evidence: {
        kind: 'inference',
        basis:
          'The article wants the attacks unclaimed and the defences brought in quietly, and defines its high road by limiting nationalist responses; lowering public pressure is our reading of why.',
      },
    },
    {
      gains: 'Better protection from Patriot missiles and close-in anti-rocket defences.',
      givesUp: 'Consultation with the Iraqi government over what is deployed on its soil.',
      evidence: {
        kind: 'author',
        quote: 'without further consultation with an Iraqi government',
      },
    },
    {
      gains: 'Lets the militias discredit themselves in Iraqi eyes.',
      givesUp: 'Speed: it relies on patience while attacks may continue.',
      evidence: {
        kind: 'author',
        quote: 'keep showing their hand as would-be dictators under Iran’s control',
      },
    },
  ],
  assessments: {
    protection: {
      score: 6,
      range: [4, 8],
      rationale:
        'Patriot and anti-rocket defences directly reduce the danger to bases; leadership strikes may invite retaliation in the meantime.',
      evidence: {
        kind: 'author',
        quote: 'quietly bringing the force protection assets into Iraq that it needs',
      },
    },
    deterrence: {
      score: 6,
      range: [3, 8],
      rationale:
        'Aims at what the militias value, their leaders; but the author only says the right approach probably lies here, and a delayed, unclaimed strike may not read as a reply to anything.',
      evidence: {
        kind: 'author',
        quote: 'in order to make others think very seriously about their personal future',
      },
    },
    'iran-influence': {
      score: 6,
      range: [4, 8],
      rationale:
        'Removes key proxies and lets the militias’ over-reach discredit them, without the backlash of an open campaign. The article points to over-reach already failing: officials and soldiers ignored the militias’ warnings, and President Salih met Trump despite their threats.',
      evidence: {
        kind: 'author',
        quote: 'keep showing their hand as would-be dictators under Iran’s control',
      },
    },
    'counter-isis': {
      score: 5,
      range: [3, 7],
      rationale:
        'Explicitly keeps the coalition helping Iraq to defeat the Islamic State, yet in practice the campaign slows but continues: killing Iraqi militia leaders, claimed or not, can strain the cooperation the raids depend on, as the January crisis did.',
      evidence: {
        kind: 'author',
        quote: 'while the U.S.-led coalition keeps helping Iraq to defeat the Islamic State',
      },
    },
    escalation: {
      score: 4,
      range: [2, 6],
      rationale:
        'Killing senior militia leaders is escalatory, as January showed; keeping the strikes unclaimed may reduce the pressure to retaliate.',
      evidence: {
        kind: 'inference',
        basis:
          'The last U.S. strike on senior leaders, on 3 January, was followed within five days by Iran’s missile attack (see the timeline).',
      },
    },
    backlash: {
      score: 4,
      range: [2, 7],
      rationale:
        'Unclaimed strikes and a quiet deployment avoid public provocation, but a killing on Iraqi soil will likely be blamed on the U.S.; the author expects Baghdad to look away.',
      evidence: {
        kind: 'author',
        quote: 'an Iraqi government that would rather adopt a “don’t ask, don’t tell” approach',
      },
    },
    'long-term': {
      score: 6,
      range: [3, 8],
      rationale:
        'The author’s bottom line: a game the U.S. can win, keeping its position in Iraq. It rests on his confidence that the militias will over-reach, which is untested, so the range is wide.',
      evidence: { kind: 'author', quote: 'This is a game we can win.' },
    },
    feasibility: {
      score: 4,
      range: [2, 6],
      rationale:
        'Needs leaders to surface, a private deal with a Congress that had just voted to restrain the President on Iran, deniability, and Iraqi acquiescence to new defences; the article admits targets are rarely available.',
      evidence: {
        kind: 'author',
        quote:
          'Congress and the administration need to sit privately and agree to some ground rules',
      },
    },
  },
} satisfies OptionInput;
