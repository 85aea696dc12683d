import type { CaseContextInput, CaseMetaInput } from '@/lib/case/schema';
import {
  ABC_MARINES,
  AFP_SYRIA,
  AP_QUORUM,
  ARTICLE,
  BEAST_EMBASSY,
  CENTCOM_TAJI,
  CSIS_DEC29,
  DOD_SOLEIMANI,
  DW_ALLAWI,
  GLOBE_MARCH13,
  HILL_WAR_POWERS,
  NEWSER_TAJI_AGAIN,
  PENTAGON_MISSILES,
  TWZ_EMBASSY_ROCKETS,
  UCSB_DAVOS,
  XINHUA_RESIGNATION,
} from './sources';

/** What the case asks, who decides, as of when, and the article it rests on. */
export const meta = {
  id: 'camp-taji-2020',
  title: 'After Camp Taji: restoring deterrence against Iran-backed militias in Iraq',
  question:
    'After the 11 March 2020 rocket attack on Camp Taji, how should the United States respond so that Iran-backed militias stop attacking U.S. and coalition personnel in Iraq?',
  decider: 'The U.S. administration (the President and the Secretary of Defense), with Congress',
  asOf: '2020-03-13',
  source: {
    publication: 'Politico Magazine',
    date: '2020-03-13',
    author: 'Michael Knights of The Washington Institute for Near East Policy',
    authorAttributed: true,
  },
} satisfies CaseMetaInput;

/** Background in our own words, the dated timeline, and what happened next. */
export const context = {
  summary: [
    'On the evening of 11 March 2020 a salvo of rockets fired from a launcher hidden on a truck struck Camp Taji, an Iraqi base north of Baghdad where coalition troops train Iraqi forces. Two American service members and a British soldier were killed and about a dozen others wounded. Suspicion fell at once on Kataib Hezbollah, the Iran-aligned Iraqi militia that Washington had blamed for the rocket attack that opened the winter crisis.',
    'That crisis had moved quickly. A U.S. contractor was killed in a rocket attack on 27 December 2019; U.S. aircraft struck Kataib Hezbollah two days later; militia supporters forced their way into the U.S. embassy compound in Baghdad; on 3 January a U.S. drone strike killed the Iranian general Qassem Soleimani and the Iraqi militia leader Abu Mahdi al-Muhandis; Iraq’s parliament voted, without binding force, to end the foreign troop presence; and Iran fired ballistic missiles at two bases hosting U.S. troops. The direct exchanges between Washington and Tehran then stopped, but the militias’ rocket fire did not: on 26 January rockets struck inside the U.S. embassy compound in Baghdad. What changed at Taji was that militia rockets killed Americans again, for the first time since 27 December.',
    'All this happened while Iraq had no settled government. Prime Minister Adel Abdul-Mahdi had resigned under pressure from street protests and stayed on as caretaker; his designated successor, Mohammed Allawi, withdrew on 1 March when parliament twice failed to approve his cabinet. The article reads Iran’s escalation partly as pressure on that choice, and notes that Kataib Hezbollah was publicly vetoing candidates for prime minister.',
    'The article, written after a first round of U.S. strikes on Kataib Hezbollah weapons sites early on 13 March, asks how deterrence can be restored quickly enough to stop the attacks. It names three options (leave Iraq, a rolling campaign of elimination, or prompt proportionate strikes mostly outside Iraq) and argues for a fourth that sits between the last two.',
    'Here the four options are set against eight criteria drawn from the article’s own argument. Each score says whether it rests on the author’s words, on an established fact, or on our own inference, and gives a range where the evidence is thin. The author’s weighting is one preset among several; where later reporting qualifies something the article says, an annotation says so.',
  ],
  timeline: [
    {
      date: '2019-12-01',
      event:
        'Iraq’s parliament accepts the resignation of Prime Minister Adel Abdul-Mahdi, who offered it after two months of deadly anti-government protests; he stays on as caretaker.',
      source: XINHUA_RESIGNATION,
    },
    {
      date: '2019-12-27',
      event:
        'A rocket attack on the K-1 base near Kirkuk kills a U.S. civilian contractor and wounds four U.S. service members.',
      source: CSIS_DEC29,
    },
    {
      date: '2019-12-29',
      event:
        'U.S. aircraft strike five Kataib Hezbollah sites, three in Iraq and two in Syria, including weapons stores and command posts.',
      source: CSIS_DEC29,
    },
    {
      date: '2019-12-31',
      event:
        'Supporters of Iraqi Shiite militias storm the U.S. embassy compound in Baghdad, breaking down the main door and setting the reception area on fire.',
      source: BEAST_EMBASSY,
    },
    {
      date: '2020-01-03',
      event:
        'A U.S. strike in Baghdad kills Quds Force commander Qassem Soleimani (with him dies the Iraqi militia chief Abu Mahdi al-Muhandis). The Defense Department says it acted at the President’s direction, to deter future Iranian attack plans.',
      source: DOD_SOLEIMANI,
    },
    {
      date: '2020-01-05',
      event:
        'Iraq’s parliament passes a non-binding resolution calling on the government to end the presence of foreign troops. About 180 members attend and most of them vote for it; many Sunni and Kurdish members stay away.',
      source: AP_QUORUM,
    },
    {
      date: '2020-01-08',
      event:
        'Iran fires more than a dozen ballistic missiles at Al Asad air base and at Erbil, both hosting U.S. and coalition troops (early morning, Iraq time).',
      source: PENTAGON_MISSILES,
    },
    {
      date: '2020-01-22',
      event:
        'Iraqi President Barham Salih meets President Trump at the World Economic Forum in Davos.',
      source: UCSB_DAVOS,
    },
    {
      date: '2020-01-26',
      event:
        'Rockets fired at Baghdad’s Green Zone hit inside the U.S. embassy compound, one of them striking a dining hall; no one is killed.',
      source: TWZ_EMBASSY_ROCKETS,
    },
    {
      date: '2020-02-01',
      event:
        'President Barham Salih names Mohammed Tawfiq Allawi, a former communications minister, to form a new government.',
      source: DW_ALLAWI,
    },
    {
      date: '2020-03-01',
      event:
        'Allawi withdraws after parliament twice fails to gather enough members to vote on his cabinet; only 108 of 329 lawmakers attend the second session.',
      source: DW_ALLAWI,
    },
    {
      date: '2020-03-08',
      event:
        'Two U.S. Marine Raiders are killed fighting the Islamic State alongside Iraqi forces in the mountains of north-central Iraq.',
      source: ABC_MARINES,
    },
    {
      date: '2020-03-11',
      event:
        'About 18 107mm rockets hit Camp Taji, killing three coalition personnel (two American, one British) and wounding about a dozen.',
      source: CENTCOM_TAJI,
    },
    {
      date: '2020-03-11',
      event:
        'The House passes, 227 to 186, a resolution already passed by the Senate directing the President to end hostilities against Iran that Congress has not authorized; a veto is expected.',
      source: HILL_WAR_POWERS,
    },
    {
      date: '2020-03-11',
      event:
        'Late that night, unidentified aircraft strike Iraqi militia positions near Albu Kamal in eastern Syria; a war monitor reports 26 fighters killed.',
      source: AFP_SYRIA,
    },
    {
      date: '2020-03-12',
      event:
        'U.S. Defense Secretary Mark Esper warns that those who attack U.S. bases will be held to account; Kataib Hezbollah praises the Taji attack as resistance to occupation.',
      source: ARTICLE,
    },
    {
      date: '2020-03-13',
      event:
        'Early in the morning, Iraq time, U.S. aircraft strike five Kataib Hezbollah weapons storage sites; Iraq’s military says the strikes killed Iraqi soldiers, police and a civilian worker.',
      source: GLOBE_MARCH13,
    },
  ],
  afterwards: [
    {
      date: '2020-03-14',
      event:
        'A second barrage, at least 25 107mm rockets fired in daylight, hits Camp Taji; three coalition members and two Iraqi soldiers are wounded. The 13 March strikes had not stopped the attacks.',
      source: NEWSER_TAJI_AGAIN,
    },
  ],
} satisfies CaseContextInput;
