import type { AnnotationInput } from '@/lib/case/schema';
import {
  ABC30_NAMES,
  ABC_TBI,
  AFP_SYRIA,
  AP_JOINT_OPERATION,
  AP_QUORUM,
  BBC_GILLON,
  DW_ALLAWI,
  GLOBE_K1_DOUBTS,
  GLOBE_MARCH13,
  HILL_MCKENZIE,
  JPOST_PATRIOTS,
  KFOR_ROBERTS,
  MORNING_STAR_RAF,
  NATIONAL_RAAB,
  TV7_WALLACE,
  TWZ_EMBASSY_ROCKETS,
} from './sources';

/** Claims in the article that later reporting disputes, qualifies or puts in context. */
export const annotations = [
  {
    id: 'british-aircraft',
    claim: 'U.S. and British aircraft conducted multiple airstrikes',
    status: 'disputed',
    note: 'Both versions were reported at the time. As the strikes began, the Associated Press quoted an anonymous U.S. official as saying they were a joint operation with the British, which is likely where the article’s wording came from. The UK Defence Secretary, Ben Wallace, was then reported to have said that the United Kingdom carried out none of the strikes, while backing the U.S. right to defend itself, and the Pentagon described them as U.S. strikes. When the Ministry of Defence later disclosed RAF strikes on Islamic State fighters in Iraq on 10 April, the Morning Star reported them as the first known British air strikes for seven months.',
    sources: [AP_JOINT_OPERATION, TV7_WALLACE, NATIONAL_RAAB, MORNING_STAR_RAF],
  },
  {
    id: 'taji-dead',
    claim: 'one military, one contractor',
    status: 'disputed',
    note: 'Early reports, citing U.S. military sources, did describe one American soldier and one contractor. On 13 March the U.S. Department of Defense identified both Americans killed at Taji as service members: an Army specialist and a staff sergeant of the Oklahoma Air National Guard. The British soldier killed was a lance corporal, an Army Reserve medic.',
    sources: [ABC30_NAMES, KFOR_ROBERTS, BBC_GILLON],
  },
  {
    id: 'syria-strikes',
    claim: 'either U.S. or Israeli aircraft had already struck back at KH',
    status: 'qualified',
    note: 'Who carried out the 11 March strikes near Albu Kamal was not established publicly. A war monitor said they were probably by the U.S.-led coalition, which, according to AFP, denied carrying out any raids in Syria or Iraq that night.',
    sources: [AFP_SYRIA],
  },
  {
    id: 'evacuated-weapons',
    claim: 'KH had evacuated its valuable weapons long before the strike',
    status: 'disputed',
    note: 'The article infers this from the lack of large secondary explosions. The U.S. commander for the Middle East, General Kenneth McKenzie, said the opposite on 13 March: that each site stored weapons that would enable lethal attacks on coalition forces, that the strikes succeeded at all five sites, and that he was very comfortable with the damage done. Neither side published evidence that settles it. Iraq’s military said the strikes killed three soldiers, two police officers and a civilian worker at an unfinished airport near Karbala, and condemned them as aggression; it was not clear whether any militia fighters died.',
    sources: [HILL_MCKENZIE, GLOBE_MARCH13],
  },
  {
    id: 'january-reprisal',
    claim: 'there hadn’t been much noise from Tehran since its reprisal in early January',
    status: 'qualified',
    note: 'Iran itself made no further direct attack, but the rocket fire of its Iraqi allies went on: on 26 January rockets struck inside the U.S. embassy compound in Baghdad. What was new at Taji was that the rockets killed coalition personnel. The January reprisal was also costlier than it first seemed: no one was killed, but 109 U.S. service members were later diagnosed with traumatic brain injuries from it.',
    sources: [TWZ_EMBASSY_ROCKETS, ABC_TBI],
  },
  {
    id: 'k1-attribution',
    claim:
      'after the militia group caused the last U.S. death in Iraq in a rocket attack on December 27',
    status: 'qualified',
    note: 'U.S. officials blamed Kataib Hezbollah for the 27 December attack and said they had solid evidence, without making it public. Iraqi military and intelligence officials later questioned this, pointing to Islamic State activity where the rockets were fired from, while admitting they had no direct evidence either.',
    sources: [GLOBE_K1_DOUBTS],
  },
  {
    id: 'patriots-later',
    claim: 'quietly bringing the force protection assets into Iraq that it needs',
    status: 'context',
    note: 'Patriot batteries had been requested after the January missile attack, and U.S. commanders pressed Baghdad to let them in. They reached Al Asad and Erbil only at the end of March 2020, as the coalition pulled back to fewer bases.',
    sources: [JPOST_PATRIOTS],
  },
  {
    id: 'quorum',
    claim: 'enough of them resisted this call to prevent a vote with quorum',
    status: 'qualified',
    note: 'The article does not say which vote it means. The 5 January session did vote: about 180 members attended, more than half of the 329-seat chamber, and most of them backed a non-binding resolution calling for foreign troops to leave, while many Sunni and Kurdish members stayed away. Our reading is that the article means pressure for a binding measure after that; it does not say so.',
    sources: [AP_QUORUM, DW_ALLAWI],
  },
] satisfies AnnotationInput[];
