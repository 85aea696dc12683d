import type { OptionInput } from '@/lib/case/schema';
import { GLOBAL_NEWS_RESOLUTION, GLOBE_MARCH13, PENTAGON_MISSILES } from '../sources';

/** The option `low-road`. */
export const lowRoad = {
  id: 'low-road',
  label: 'The low road: a rolling campaign of elimination',
  shortLabel: 'The low road',
  summary:
    'Fight Iran’s militias on their own terms: a sustained campaign that kills many more of their fighters and leaders.',
  kind: 'article-option',
  actions: [
    'Strike militia leaders, fighters and facilities repeatedly, not only in reply to each attack',
    'Keep the campaign going until the militias can no longer, or dare no longer, attack',
    'Accept the political costs inside Iraq',
  ],
  favouredBy: [],
  articleWords: [
    'play Iran and its militias at their own game',
    'simply kill a lot more of them in a rolling campaign of elimination',
    'This is well within our capabilities',
    'might result in a dramatic and long-lasting reduction of Iran’s influence in Iraq',
    'there is also a risk—though not a certainty—that this galvanizes anti-Americanism',
  ],
  risks: [
    {
      id: 'anti-americanism',
      description: 'The campaign galvanises anti-American feeling in Iraq.',
      likelihood: 3,
      impact: 4,
      evidence: {
        kind: 'author',
        quote: 'there is also a risk—though not a certainty—that this galvanizes anti-Americanism',
      },
    },
    {
      id: 'iran-strikes-directly',
      description:
        'Iran answers directly, as it did after Soleimani was killed, risking a wider war.',
      likelihood: 3,
      impact: 5,
      evidence: {
        kind: 'fact',
        fact: 'Five days after the 3 January killing of Soleimani, Iran fired more than a dozen ballistic missiles at Al Asad and Erbil, bases hosting U.S. troops.',
        source: PENTAGON_MISSILES,
      },
    },
    {
      id: 'expulsion',
      description: 'Iraq’s government or parliament moves to expel U.S. forces.',
      likelihood: 3,
      impact: 4,
      evidence: {
        kind: 'fact',
        fact: 'Two days after the strike that killed Soleimani and al-Muhandis, Iraq’s parliament voted for a (non-binding) end to the foreign troop presence.',
        source: GLOBAL_NEWS_RESOLUTION,
      },
    },
    {
      id: 'iraqi-state-casualties',
      description:
        'Strikes kill Iraqi soldiers, police or civilians alongside or instead of militia members.',
      likelihood: 4,
      impact: 3,
      evidence: {
        kind: 'fact',
        fact: 'Iraq’s military said the U.S. strikes of 13 March killed three soldiers, two police officers and a civilian worker.',
        source: GLOBE_MARCH13,
      },
    },
    {
      id: 'retaliation-surge',
      description:
        'The militias answer with more attacks in the short run, before any deterrent effect sets in.',
      likelihood: 4,
      impact: 4,
      evidence: {
        kind: 'inference',
        basis:
          'The article calls the present exchanges a tit-for-tat cycle; a campaign raises the stakes of each round.',
      },
    },
  ],
  tradeOffs: [
    {
      gains: 'A chance of a dramatic and lasting cut in Iran’s influence in Iraq.',
      givesUp: 'Iraqi goodwill: the risk of galvanising anti-Americanism.',
      evidence: {
        kind: 'author',
        quote: 'might result in a dramatic and long-lasting reduction of Iran’s influence in Iraq',
      },
    },
    {
      gains: 'Uses capabilities the U.S. already has.',
      givesUp:
        'Restraint: the U.S. becomes a party to a sustained war with Iraqi militias on Iraqi soil.',
      evidence: { kind: 'author', quote: 'This is well within our capabilities' },
    },
    {
      gains: 'Imposes a real and rising cost on those who attack Americans.',
      givesUp: 'Near-term safety: troops become the obvious targets of retaliation.',
      evidence: {
        kind: 'inference',
        basis:
          'Troops on Iraqi bases are the militias’ nearest targets, and the rocket fire went on after every round of U.S. strikes in the timeline.',
      },
    },
    {
      gains: 'Takes the fight to Iran’s proxies rather than waiting for the next salvo.',
      givesUp: 'Focus on the Islamic State, whose defeat is the coalition’s mission.',
      evidence: {
        kind: 'inference',
        basis:
          'The article says the coalition’s mission is still to defeat the Islamic State; that a campaign against the militias would take focus from it is our reading, not the article’s.',
      },
    },
  ],
  assessments: {
    protection: {
      score: 4,
      range: [2, 6],
      rationale:
        'Could eventually suppress the attacks, but in the months ahead troops are the obvious targets of retaliation.',
      evidence: {
        kind: 'inference',
        basis:
          'The rocket fire went on after every round of U.S. strikes in the timeline; a campaign gives the militias more to answer, and bases in Iraq are within their reach.',
      },
    },
    deterrence: {
      score: 6,
      range: [3, 8],
      rationale:
        'Imposes heavy costs and might break the militias’ will; our reservation is that a campaign may invite a contest of resolve rather than end it.',
      evidence: {
        kind: 'inference',
        basis:
          'The article offers this option as killing a lot more of the militias in a rolling campaign and says it is well within U.S. capabilities; it does not judge whether it would deter. The doubt about resolve is ours.',
      },
    },
    'iran-influence': {
      score: 7,
      range: [4, 9],
      rationale:
        'The article allows that it might produce a dramatic, long-lasting reduction in Iran’s influence; so hedged a claim earns a wide range.',
      evidence: {
        kind: 'author',
        quote: 'might result in a dramatic and long-lasting reduction of Iran’s influence in Iraq',
      },
    },
    'counter-isis': {
      score: 4,
      range: [2, 6],
      rationale:
        'Attention, aircraft and Iraqi cooperation are diverted from the hunt for Islamic State cells.',
      evidence: {
        kind: 'inference',
        basis:
          'A campaign against the militias draws on the same aircraft, intelligence and Iraqi partners as the hunt for ISIS; in the January crisis Canada paused its training mission in Iraq.',
      },
    },
    escalation: {
      score: 2,
      range: [1, 4],
      rationale:
        'The most escalatory option: sustained killing of Iran’s proxies is the likeliest path to a direct clash.',
      evidence: {
        kind: 'inference',
        basis:
          'The article warns that the tit-for-tat after the 13 March strikes could spark a wider conflict; a sustained campaign raises the stakes of every round. Applying the warning to this option is our reading.',
      },
    },
    backlash: {
      score: 2,
      range: [1, 4],
      rationale:
        'Repeated U.S. strikes on Iraqi soil against groups formally within Iraq’s security forces invite exactly the backlash the article names; it calls it a risk, not a certainty.',
      evidence: {
        kind: 'author',
        quote: 'there is also a risk—though not a certainty—that this galvanizes anti-Americanism',
      },
    },
    'long-term': {
      score: 5,
      range: [2, 8],
      rationale:
        'Could leave the U.S. better placed if Iran’s grip is broken, or expelled if the backlash wins; the outcomes diverge widely.',
      evidence: {
        kind: 'inference',
        basis:
          'Rests on the two outcomes the article names, a lasting cut in Iran’s influence or galvanised anti-Americanism; which one prevails decides the score.',
      },
    },
    feasibility: {
      score: 7,
      range: [5, 8],
      rationale:
        'Militarily well within reach, as the article says; the legal and political authority for a sustained campaign is less clear.',
      evidence: { kind: 'author', quote: 'This is well within our capabilities' },
    },
  },
} satisfies OptionInput;
