import type { ActorInput } from '@/lib/case/schema';

/** Two invented groups with a stake. */
export const actors = [
  {
    id: 'drivers',
    name: 'Drivers who commute into the centre',
    wants: 'A quick, cheap drive to work.',
    stances: {
      'congestion-charge': { effect: 'harms', note: 'They pay to enter at rush hour.' },
      'parking-bus-lanes': { effect: 'mixed', note: 'Fewer parking spaces, but faster roads.' },
      'status-quo': { effect: 'serves', note: 'Nothing changes for them.' },
    },
  },
  {
    id: 'bus-riders',
    name: 'Bus riders',
    wants: 'Reliable buses that are not stuck in traffic.',
    stances: {
      'congestion-charge': { effect: 'serves', note: 'Emptier roads speed up buses.' },
      'parking-bus-lanes': { effect: 'serves', note: 'Bus lanes make journeys reliable.' },
      'status-quo': { effect: 'harms', note: 'Buses stay stuck in traffic.' },
    },
  },
] satisfies ActorInput[];
