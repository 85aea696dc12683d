import type { OptionInput } from '@/lib/case/schema';
import { GLOBAL_NEWS_RESOLUTION } from '../sources';

/** The option `withdraw`. */
export const withdraw = {
  id: 'withdraw',
  label: 'Withdraw from Iraq',
  shortLabel: 'Withdrawal',
  summary:
    'Leave Iraq, taking U.S. forces out of the militias’ reach and ending the mission there.',
  kind: 'article-option',
  actions: [
    'Announce and carry out the departure of U.S. forces from Iraq',
    'End U.S. participation in the coalition’s mission inside Iraq',
    'Hand bases and the partnering role to Iraqi forces',
  ],
  favouredBy: ['kataib-hezbollah', 'iran', 'isis'],
  articleWords: [
    'One option is always to leave',
    'which is what Kataib Hezbollah, Iran’s Revolutionary Guards, and the Islamic State want us to do',
    'we might just be drawn back in later, under even less favorable circumstances',
    'possibly even to fight an Iraq that is under Iran’s control',
  ],
  risks: [
    {
      id: 'drawn-back',
      description: 'The U.S. is drawn back into Iraq later, on worse terms than today.',
      likelihood: 3,
      impact: 5,
      evidence: {
        kind: 'author',
        quote: 'we might just be drawn back in later, under even less favorable circumstances',
      },
    },
    {
      id: 'iran-controlled-iraq',
      description:
        'Iran and its militias consolidate control over the Iraqi state once the U.S. leaves.',
      likelihood: 3,
      impact: 5,
      evidence: {
        kind: 'author',
        quote: 'possibly even to fight an Iraq that is under Iran’s control',
      },
    },
    {
      id: 'isis-regroups',
      description: 'The Islamic State regroups once coalition-backed raids stop.',
      likelihood: 3,
      impact: 4,
      evidence: {
        kind: 'inference',
        basis:
          'The article credits recent coalition raids alongside Iraqi commandos with significant successes against Islamic State leaders; withdrawal ends them.',
      },
    },
    {
      id: 'attacks-on-exit',
      description:
        'Militias attack departing forces so they can claim to have driven the U.S. out.',
      likelihood: 2,
      impact: 4,
      evidence: {
        kind: 'inference',
        basis:
          'A withdrawal under fire gives the militias a motive to be seen forcing it; forces are most exposed while moving.',
      },
    },
    {
      id: 'rewarded-violence',
      description:
        'Leaving after lethal attacks teaches Iran that killing Americans works, inviting the same tactic elsewhere.',
      likelihood: 4,
      impact: 3,
      evidence: {
        kind: 'inference',
        basis:
          'Follows from the article’s deterrence logic: it names KH and the IRGC among those who want the U.S. out, so leaving after lethal attacks hands them what they sought.',
      },
    },
  ],
  tradeOffs: [
    {
      gains: 'U.S. personnel are taken out of range of militia rockets.',
      givesUp: 'The partnership with Iraqi forces against the Islamic State.',
      evidence: {
        kind: 'inference',
        basis: 'The coalition’s counter-ISIS work in Iraq depends on being in Iraq.',
      },
    },
    {
      gains: 'The tit-for-tat cycle inside Iraq ends, and with it one path to a wider war.',
      givesUp:
        'Deterrent credibility: the militias and their patrons get exactly what they asked for.',
      evidence: {
        kind: 'author',
        quote:
          'which is what Kataib Hezbollah, Iran’s Revolutionary Guards, and the Islamic State want us to do',
      },
    },
    {
      gains: 'It honours the Iraqi parliament’s January call for foreign troops to leave.',
      givesUp:
        'U.S. influence over who governs Iraq, including the choice of the next prime minister.',
      evidence: {
        kind: 'fact',
        fact: 'On 5 January 2020 Iraq’s parliament passed a non-binding resolution calling on the government to end the presence of foreign troops.',
        source: GLOBAL_NEWS_RESOLUTION,
      },
    },
    {
      gains: 'The cost and risk of an open-ended deployment are saved now.',
      givesUp: 'The chance to stay on today’s terms; a later return could come on worse ones.',
      evidence: {
        kind: 'author',
        quote: 'we might just be drawn back in later, under even less favorable circumstances',
      },
    },
  ],
  assessments: {
    protection: {
      score: 8,
      range: [6, 9],
      rationale:
        'Once out, U.S. personnel are no longer within rocket range; the departure itself is the exposed moment, so not a full 10.',
      evidence: {
        kind: 'inference',
        basis:
          'Forces outside Iraq are beyond the reach of the militias’ short-range rockets; a withdrawal under fire is the exposed moment.',
      },
    },
    deterrence: {
      score: 1,
      range: [0, 3],
      rationale:
        'Attacks stop only because the targets leave; the militias learn that killing Americans gets results.',
      evidence: {
        kind: 'author',
        quote:
          'which is what Kataib Hezbollah, Iran’s Revolutionary Guards, and the Islamic State want us to do',
      },
    },
    'iran-influence': {
      score: 1,
      range: [0, 3],
      rationale:
        'Removes the main counterweight to Iran’s militias; the article raises the prospect of an Iraq under Iran’s control.',
      evidence: {
        kind: 'author',
        quote: 'possibly even to fight an Iraq that is under Iran’s control',
      },
    },
    'counter-isis': {
      score: 1,
      range: [0, 3],
      rationale:
        'The coalition’s raids with Iraqi commandos end; the Islamic State is named among those who want the U.S. gone.',
      evidence: {
        kind: 'author',
        quote:
          'which is what Kataib Hezbollah, Iran’s Revolutionary Guards, and the Islamic State want us to do',
      },
    },
    escalation: {
      score: 8,
      range: [6, 9],
      rationale:
        'With U.S. forces gone from Iraq, the most likely flashpoint for a U.S.–Iran clash disappears, though rivalry elsewhere goes on.',
      evidence: {
        kind: 'inference',
        basis:
          'Iraq is where U.S. forces and Iran-backed militias are in daily contact; every exchange in the timeline since December began there.',
      },
    },
    backlash: {
      score: 9,
      range: [7, 10],
      rationale:
        'Meets the demand of the January parliamentary resolution; there is little left for nationalists to object to.',
      evidence: {
        kind: 'fact',
        fact: 'On 5 January 2020 Iraq’s parliament passed a non-binding resolution calling on the government to end the presence of foreign troops.',
        source: GLOBAL_NEWS_RESOLUTION,
      },
    },
    'long-term': {
      score: 2,
      range: [0, 4],
      rationale:
        'The article’s central objection: history suggests a return later, on worse terms.',
      evidence: {
        kind: 'author',
        quote: 'The historical track record suggests we might just be drawn back in later',
      },
    },
    feasibility: {
      score: 7,
      range: [5, 9],
      rationale:
        'Leaving needs no targets or new authority and the U.S. has done it before; the logistics and the politics of conceding take time.',
      evidence: {
        kind: 'inference',
        basis:
          'Leaving needs no targets and no new authority; moving the roughly 5,200 U.S. troops in Iraq and their equipment out takes time.',
      },
    },
  },
} satisfies OptionInput;
