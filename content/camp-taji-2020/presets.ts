import type { PresetInput } from '@/lib/case/schema';

/** Named weightings: equal, the author’s (as we read them), and stakeholder views. */
export const presets = [
  {
    id: 'equal',
    label: 'Equal weights',
    rationale: 'Every criterion counts the same: a neutral starting point.',
    weights: {
      protection: 50,
      deterrence: 50,
      'iran-influence': 50,
      'counter-isis': 50,
      escalation: 50,
      backlash: 50,
      'long-term': 50,
      feasibility: 50,
    },
  },
  {
    id: 'author',
    label: 'The author’s priorities (as we read them)',
    rationale:
      'Our reading of the weights the article’s argument implies: restore deterrence quickly to protect lives, without inflaming Iraqi opinion or losing Iraq in the long run. The article states no weights.',
    weights: {
      protection: 80,
      deterrence: 100,
      'iran-influence': 60,
      'counter-isis': 70,
      escalation: 40,
      backlash: 70,
      'long-term': 80,
      feasibility: 40,
    },
    justifications: {
      deterrence: {
        reason: 'The article’s framing question is how to restore deterrence quickly.',
        evidence: {
          kind: 'author',
          quote: 'But how can deterrence be established quickly to end the cycle of attacks',
        },
      },
      protection: {
        reason: 'The article treats the unprotected state of U.S. forces as unsustainable.',
        evidence: {
          kind: 'author',
          quote:
            'U.S. forces in Iraq are not being protected by either the Iraqi government or, ultimately, by our own government',
        },
      },
      'long-term': {
        reason: 'Its decisive objection to leaving is being drawn back later on worse terms.',
        evidence: {
          kind: 'author',
          quote: 'we might just be drawn back in later, under even less favorable circumstances',
        },
      },
      'counter-isis': {
        reason: 'It stresses that the coalition’s mission is still to defeat the Islamic State.',
        evidence: {
          kind: 'author',
          quote: 'is still to defeat the last remnants of the Islamic State',
        },
      },
      'iran-influence': {
        reason:
          'It casts the militias as would-be dictators under Iran’s control, but treats curbing Iran as a means rather than the goal; a middling weight is our reading.',
        evidence: {
          kind: 'author',
          quote: 'keep showing their hand as would-be dictators under Iran’s control',
        },
      },
      escalation: {
        reason:
          'It notes the danger of a wider conflict but does not let it rule out strikes on senior leaders.',
        evidence: { kind: 'author', quote: 'has the potential to spark a wider conflict' },
      },
      backlash: {
        reason:
          'Backlash is the only objection the article raises to the low road; its high road is defined by avoiding nationalist responses, and its own recommendation wants strikes unclaimed. Because it also advises bringing in defences without asking Baghdad, we stop short of the top weight.',
        evidence: {
          kind: 'author',
          quote:
            'there is also a risk—though not a certainty—that this galvanizes anti-Americanism',
        },
      },
      feasibility: {
        reason:
          'It admits targets are rarely available at once but proposes a fix (delinked timing) rather than treating this as decisive.',
        evidence: {
          kind: 'author',
          quote: 'are generally not available to hit the day after Americans are killed',
        },
      },
    },
  },
  {
    id: 'force-protection',
    label: 'Force-protection commander',
    rationale:
      'A commander responsible for troops on Iraqi bases: keep people alive this season, with what can actually be done.',
    weights: {
      protection: 100,
      deterrence: 60,
      'iran-influence': 10,
      'counter-isis': 40,
      escalation: 50,
      backlash: 30,
      'long-term': 20,
      feasibility: 70,
    },
  },
  {
    id: 'counter-iran-hawk',
    label: 'Counter-Iran hawk',
    rationale:
      'Iran’s grip on Iraq is the strategic problem; deterrence and pushing back Iran matter more than escalation risk.',
    weights: {
      protection: 40,
      deterrence: 90,
      'iran-influence': 100,
      'counter-isis': 40,
      escalation: 10,
      backlash: 10,
      'long-term': 70,
      feasibility: 40,
    },
  },
  {
    id: 'iraqi-sovereignty',
    label: 'Iraqi-sovereignty view',
    rationale:
      'Seen from Baghdad: keep Iraq from being a battlefield, avoid inflaming opinion, keep the fight against ISIS going and limit Iran too.',
    weights: {
      protection: 10,
      deterrence: 20,
      'iran-influence': 60,
      'counter-isis': 70,
      escalation: 80,
      backlash: 100,
      'long-term': 40,
      feasibility: 30,
    },
  },
  {
    id: 'restraint',
    label: 'Restraint advocate',
    rationale:
      'Avoiding a war with Iran and bringing troops home safely outweigh influence in Iraq.',
    weights: {
      protection: 80,
      deterrence: 20,
      'iran-influence': 10,
      'counter-isis': 30,
      escalation: 100,
      backlash: 70,
      'long-term': 30,
      feasibility: 50,
    },
  },
] satisfies PresetInput[];
