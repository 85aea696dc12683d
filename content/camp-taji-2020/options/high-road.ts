import type { OptionInput } from '@/lib/case/schema';
import { GLOBE_MARCH13, NATIONAL_RAAB } from '../sources';

/** The option `high-road`. */
export const highRoad = {
  id: 'high-road',
  label: 'The high road: proportionate strikes, largely outside Iraq',
  shortLabel: 'The high road',
  summary:
    'Play the responsible actor: limit retaliation to immediate, proportionate strikes, mostly outside Iraq.',
  kind: 'article-option',
  actions: [
    'Answer each attack promptly with a proportionate strike',
    'Prefer targets outside Iraq, to limit Iraqi nationalist reactions',
    'Hit weapons stores and facilities rather than leaders',
  ],
  favouredBy: [],
  articleWords: [
    'play the victim and the responsible actor in this drama',
    'immediate and proportionate strikes, largely outside Iraq',
    'to reduce the risk of Iraqi nationalist responses',
    'KH had evacuated its valuable weapons long before the strike',
    'This a game we will lose.',
  ],
  risks: [
    {
      id: 'empty-targets',
      description: 'Strikes hit depots the militias have already emptied, costing them little.',
      likelihood: 5,
      impact: 3,
      evidence: {
        kind: 'author',
        quote: 'KH had evacuated its valuable weapons long before the strike',
      },
    },
    {
      id: 'attrition',
      description: 'The militias keep trading cheap losses for coalition lives.',
      likelihood: 4,
      impact: 4,
      evidence: {
        kind: 'author',
        quote:
          'can trade empty buildings or even two dozen of their own rank and file for three Anglo-American fatalities all day, every day',
      },
    },
    {
      id: 'cycle-continues',
      description: 'Each round invites the next, and one round may spark a wider conflict.',
      likelihood: 4,
      impact: 4,
      evidence: {
        kind: 'author',
        quote:
          'may not be the end in a new tit-for-tat cycle that has the potential to spark a wider conflict',
      },
    },
    {
      id: 'iraqi-state-casualties',
      description: 'Strikes inside Iraq hit Iraqi state forces, angering Baghdad.',
      likelihood: 3,
      impact: 3,
      evidence: {
        kind: 'fact',
        fact: 'Iraq’s military said the U.S. strikes of 13 March killed three soldiers, two police officers and a civilian worker, and condemned them.',
        source: GLOBE_MARCH13,
      },
    },
  ],
  tradeOffs: [
    {
      gains: 'Keeps the moral high ground and the public support of allies.',
      givesUp: 'Real deterrence: the attackers lose little they value.',
      evidence: {
        kind: 'fact',
        fact: 'The UK Foreign Secretary, Dominic Raab, called the 13 March U.S. strikes swift, decisive and proportionate.',
        source: NATIONAL_RAAB,
      },
    },
    {
      gains: 'Limits Iraqi nationalist reaction by striking mostly outside Iraq.',
      givesUp: 'The targets that matter most, which are inside Iraq.',
      evidence: {
        kind: 'inference',
        basis:
          'The article defines the high road as strikes largely outside Iraq; that the targets that matter are inside Iraq is our reading, drawn from its call to strike senior Iraqi militia leaders.',
      },
    },
    {
      gains: 'A low risk of escalation in any single round.',
      givesUp: 'An end to the cycle: the article judges this a losing game.',
      evidence: { kind: 'author', quote: 'This a game we will lose.' },
    },
    {
      gains: 'Speed: a reply within a day or two.',
      givesUp: 'Choice of target: striking immediately means striking whatever is available.',
      evidence: {
        kind: 'author',
        quote: 'are generally not available to hit the day after Americans are killed',
      },
    },
  ],
  assessments: {
    protection: {
      score: 5,
      range: [3, 6],
      rationale:
        'Changes little on the ground: if the militias are not deterred, the attacks on bases go on and the danger to personnel stays about where it is.',
      evidence: {
        kind: 'inference',
        basis: 'Follows from the article’s judgement that these strikes do not deter.',
      },
    },
    deterrence: {
      score: 2,
      range: [1, 4],
      rationale:
        'The article’s core objection: the militias can absorb strikes on empty buildings indefinitely.',
      evidence: {
        kind: 'author',
        quote:
          'can trade empty buildings or even two dozen of their own rank and file for three Anglo-American fatalities all day, every day',
      },
    },
    'iran-influence': {
      score: 4,
      range: [3, 5],
      rationale:
        'Leaves the militias’ leadership and political reach intact: Iran’s influence is roughly unchanged, or slightly stronger.',
      evidence: {
        kind: 'inference',
        basis:
          'Strikes on depots leave the militias’ leaders, fighters and political reach untouched; the article’s case is that KH can absorb such losses.',
      },
    },
    'counter-isis': {
      score: 6,
      range: [4, 7],
      rationale:
        'The coalition stays and keeps raiding, but recurring attacks and strikes strain cooperation with Iraqi forces.',
      evidence: {
        kind: 'inference',
        basis:
          'The coalition stays and its raids go on; Iraq’s military condemned the 13 March strikes, which it said killed Iraqi soldiers and police, the kind of strain that slowed cooperation in January.',
      },
    },
    escalation: {
      score: 5,
      range: [3, 7],
      rationale:
        'Each strike is limited and proportionate, so the tit-for-tat cycle carries on at its present level; the article warns it may not end and could widen.',
      evidence: {
        kind: 'author',
        quote:
          'may not be the end in a new tit-for-tat cycle that has the potential to spark a wider conflict',
      },
    },
    backlash: {
      score: 6,
      range: [3, 8],
      rationale:
        'Designed to spare nationalist feeling by striking mostly outside Iraq; the 13 March strikes, inside Iraq, were condemned by Iraq’s military.',
      evidence: {
        kind: 'author',
        quote: 'largely outside Iraq to reduce the risk of Iraqi nationalist responses',
      },
    },
    'long-term': {
      score: 3,
      range: [2, 5],
      rationale: 'A losing game of attrition wears down the U.S. position and the will to stay.',
      evidence: { kind: 'author', quote: 'This a game we will lose.' },
    },
    feasibility: {
      score: 9,
      range: [8, 10],
      rationale: 'It is what the U.S. did on 13 March, within days and under existing authority.',
      evidence: {
        kind: 'fact',
        fact: 'U.S. aircraft struck five Kataib Hezbollah weapons storage sites in Iraq early on 13 March, two days after the Taji attack.',
        source: GLOBE_MARCH13,
      },
    },
  },
} satisfies OptionInput;
