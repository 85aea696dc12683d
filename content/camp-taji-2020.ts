import type { CaseInput, SourceRef } from '@/lib/case/schema';

/**
 * The flagship case: how the United States should restore deterrence against Iran-backed
 * militias in Iraq after the 11 March 2020 rocket attack on Camp Taji, as argued in a Politico
 * Magazine piece of 13 March 2020. Quotes are verbatim (checked by `npm run check:content`
 * against content/sources/camp-taji-2020.fingerprint.json); everything else is our own wording.
 */

/** The article itself, cited where it states a fact used in the timeline. */
const ARTICLE: SourceRef = {
  publication: 'Politico Magazine',
  date: '2020-03-13',
  author: 'Michael Knights',
  authorAttributed: true,
};

const CENTCOM_TAJI: SourceRef = {
  publication: 'U.S. Central Command (CJTF-OIR press release)',
  title: 'Coalition casualties in Iraq',
  date: '2020-03-12',
  url: 'https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/2109615/coalition-casualties-in-iraq/',
};

const CSIS_DEC29: SourceRef = {
  publication: 'CSIS Missile Threat',
  title: 'US Airstrikes Target Iran-backed Militia in Iraq and Syria',
  date: '2019-12-30',
  url: 'https://missilethreat.csis.org/us-airstrikes-target-iran-backed-militia-in-iraq-and-syria/',
};

const GLOBAL_NEWS_RESOLUTION: SourceRef = {
  publication: 'Global News',
  title: 'Iraqi lawmakers pass resolution to end foreign troop presence',
  date: '2020-01-05',
  url: 'https://globalnews.ca/news/6368488/iraq-pm-foreign-troops/',
};

const PENTAGON_MISSILES: SourceRef = {
  publication: 'The News (Pakistan), from AFP',
  title: "Iran fired 'more than a dozen' missiles against US forces in Iraq: Pentagon",
  date: '2020-01-08',
  url: 'https://www.thenews.com.pk/latest/595295-trump-monitoring-reports-of-attack-on-base-in-iraq-says-white-house',
};

/** The Defense Department's statement on the 3 January strike, as printed in full. */
const DOD_SOLEIMANI: SourceRef = {
  publication: 'U.S. Department of Defense statement (printed by Fox Business)',
  title: 'READ: Department of Defense statement on Soleimani killing',
  date: '2020-01-02',
  url: 'https://www.foxbusiness.com/markets/read-department-of-defense-statement-on-soleimani-killing',
};

const BEAST_EMBASSY: SourceRef = {
  publication: 'The Daily Beast',
  title: 'U.S. Embassy in Baghdad Torched After Airstrikes on Militias',
  date: '2019-12-31',
  url: 'https://www.thedailybeast.com/us-embassy-in-iraq-torched-by-iraqi-mob-protesting-airstrikes-on-iran-backed-militias',
};

const TWZ_EMBASSY_ROCKETS: SourceRef = {
  publication: 'The War Zone',
  title: 'Multiple Rockets Strike The American Embassy Compound In Iraq (Updated)',
  date: '2020-01-26',
  url: 'https://www.twz.com/31961/multiple-rockets-strike-the-american-embassy-compound-in-iraq',
};

const XINHUA_RESIGNATION: SourceRef = {
  publication: 'People’s Daily, from Xinhua',
  title: "Iraqi parliament approves PM's resignation amid ongoing anti-gov't protests",
  date: '2019-12-01',
  url: 'https://peoplesdaily.pdnews.cn/world/iraqi-parliament-approves-pm-s-resignation-amid-ongoing-anti-gov-t-protests-106648.html',
};

const DW_ALLAWI: SourceRef = {
  publication: 'DW',
  title: "Iraq's Prime Minister-designate Mohammed Allawi withdraws from race",
  date: '2020-03-01',
};

const AP_QUORUM: SourceRef = {
  publication: 'AP (as carried by UNB)',
  title: 'Iraq’s Parliament calls for expulsion of US troops',
  date: '2020-01-05',
  url: 'https://wp.greenwatchbd.com/iraqs-parliament-calls-for-expulsion-of-us-troops/',
};

const AP_JOINT_OPERATION: SourceRef = {
  publication: 'AP (as carried by Alabama News Network)',
  title: 'Officials: US strikes Iran-backed group that hit Iraq base',
  date: '2020-03-12',
  url: 'https://www.alabamanews.net/2020/03/12/officials-us-strikes-iran-backed-group-that-hit-iraq-base/',
};

const HILL_MCKENZIE: SourceRef = {
  publication: 'The Hill',
  title: 'Top general: Iran threat ‘remains very high’ after US strikes on proxy militia in Iraq',
  date: '2020-03-13',
  url: 'https://thehill.com/policy/defense/487417-top-general-iran-threat-remains-very-high-after-us-strikes-on-proxy-militia-in/',
};

const NEWSER_TAJI_AGAIN: SourceRef = {
  publication: 'Newser (from AP and other wire reports)',
  title: '25 Rockets Hit Camp With US Troops: Officials',
  date: '2020-03-14',
  url: 'https://amp.newser.com/story/288162/25-rockets-hit-camp-with-us-troops-officials.html',
};

const UCSB_DAVOS: SourceRef = {
  publication: 'The American Presidency Project (UC Santa Barbara)',
  title:
    'Remarks Prior to a Meeting With President Barham Salih of Iraq and an Exchange With Reporters in Davos, Switzerland',
  date: '2020-01-22',
  url: 'https://www.presidency.ucsb.edu/documents/remarks-prior-meeting-with-president-barham-salih-iraq-and-exchange-with-reporters-davos',
};

const ABC_MARINES: SourceRef = {
  publication: 'ABC News',
  title: '2 Americans killed in Iraq during anti-ISIS mission identified as Marine Raiders',
  date: '2020-03-10',
  url: 'https://abcnews.go.com/Politics/american-troops-killed-iraq-anti-isis-mission/story?id=69483422',
};

const GLOBE_MARCH13: SourceRef = {
  publication: 'The Boston Globe',
  title: 'Airstrikes kill Iraqi soldiers and police, Iraqi officials say',
  date: '2020-03-13',
  url: 'https://www.bostonglobe.com/news/world/2020/03/13/airstrikes-kill-iraqi-soldiers-and-police-iraqi-officials-say/5NUA963lNsqtcaasaQEZyH/story.html',
};

const ABC30_NAMES: SourceRef = {
  publication: 'ABC30 (KFSN-TV)',
  title: 'Soldier from Hanford killed during strike in Iraq, DOD says',
  date: '2020-03-13',
  url: 'https://abc30.com/dod-news-releases-hanford-solider-killed-dies-department-of-defense/6009699/',
};

const BBC_GILLON: SourceRef = {
  publication: 'BBC News',
  title: "UK soldier killed in Iraq was 'larger than life'",
  date: '2020-03-12',
  url: 'https://www.bbc.co.uk/news/uk-51854198',
};

const KFOR_ROBERTS: SourceRef = {
  publication: 'KFOR-TV (Oklahoma City)',
  title: 'Officials: Oklahoma Air National Guardsman killed in Iraq',
  date: '2020-03-13',
  url: 'https://kfor.com/news/local/officials-oklahoma-air-national-guardsman-killed-in-iraq/',
};

const HILL_WAR_POWERS: SourceRef = {
  publication: 'The Hill',
  title: 'House passes measure limiting Trump’s ability to take military action against Iran',
  date: '2020-03-11',
  url: 'https://thehill.com/policy/defense/487088-house-passes-measure-limiting-trumps-ability-to-take-military-action-against',
};

const GLOBE_K1_DOUBTS: SourceRef = {
  publication: 'The Boston Globe (from The New York Times)',
  title: 'Iraqis question claim that Iran-backed militia attacked base',
  date: '2020-02-06',
  url: 'https://www.bostonglobe.com/news/world/2020/02/06/iraqis-question-claim-that-iran-backed-militia-attacked-base/9iju69JWNLkYWga6CiMKUM/story.html',
};

const JPOST_PATRIOTS: SourceRef = {
  publication: 'The Jerusalem Post',
  title: 'US troops in Iraq finally get Patriot air defense',
  date: '2020-03-31',
  author: 'Seth J. Frantzman',
};

const MORNING_STAR_RAF: SourceRef = {
  publication: 'Morning Star',
  title:
    'MoD admits to dropping bombs on Iraq two weeks ago despite supporting global ceasefire during Covid-19 pandemic',
  date: '2020-04-26',
  url: 'https://morningstaronline.co.uk/article/b/mod-admits-to-dropping-bombs-on-iraq-two-weeks-ago-despite-supporting-global-ceasefire-during-covid-19-pandemic',
};

const TV7_WALLACE: SourceRef = {
  publication: 'TV7 Israel News',
  title: 'U.S. strikes Iranian-proxy Kataib Hezbollah in Iraq',
  date: '2020-03-13',
  url: 'https://www.tv7israelnews.com/u-s-strikes-iranian-proxy-kataib-hezbollah-in-iraq/',
};

const NATIONAL_RAAB: SourceRef = {
  publication: 'The National',
  title: 'British Foreign Secretary praises US retaliation strikes in southern Iraq',
  date: '2020-03-13',
  url: 'https://www.thenationalnews.com/world/mena/british-foreign-secretary-praises-us-retaliation-strikes-in-southern-iraq-1.991972',
};

const AFP_SYRIA: SourceRef = {
  publication: 'AFP (as carried by Mashriq TV)',
  title: 'East Syria strike kills 26 Iraqi fighters: monitor',
  date: '2020-03-12',
  url: 'https://mashriqtv.pk/2020/03/12/12525/',
};

const ABC_TBI: SourceRef = {
  publication: 'ABC News (Australia)',
  title: 'Pentagon confirms 109 US troops diagnosed with brain injuries after Iran missile attack',
  date: '2020-02-11',
  url: 'https://www.abc.net.au/news/2020-02-11/109-us-service-members-diagnosed-with-mild-brain-injuries/11953116',
};

export const campTaji2020 = {
  meta: {
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
  },

  context: {
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
  },

  actors: [
    {
      id: 'united-states',
      name: 'United States (the administration)',
      wants:
        'Stop the attacks on its people, restore deterrence against Iran and its proxies, and keep a presence in Iraq to finish off the Islamic State, without being pulled into a wider war.',
      stances: {
        withdraw: {
          effect: 'harms',
          note: 'Ends the exposure of its troops but concedes the militias’ central demand and gives up its position in Iraq.',
        },
        'low-road': {
          effect: 'mixed',
          note: 'Uses its military advantage to the full, at the price of a long campaign and political costs inside Iraq.',
        },
        'high-road': {
          effect: 'mixed',
          note: 'Is what it actually did on 13 March: quick and defensible, but the article doubts it deters.',
        },
        'middle-path': {
          effect: 'serves',
          note: 'Serves its stated aims if suitable targets appear and Congress agrees the rules; both are open questions.',
        },
      },
    },
    {
      id: 'congress',
      name: 'U.S. Congress',
      wants:
        'A real say over when the United States uses force against Iran and its proxies. On the day of the Taji attack the House joined the Senate in passing a resolution to end hostilities against Iran that Congress has not authorized.',
      stances: {
        withdraw: {
          effect: 'mixed',
          note: 'Ends the question of authority in Iraq, but many members would see it as a strategic loss.',
        },
        'low-road': {
          effect: 'harms',
          note: 'A sustained campaign of killing would test the limits of the executive’s claimed self-defence authority.',
        },
        'high-road': {
          effect: 'serves',
          note: 'Limited, immediate replies to attacks sit most easily within self-defence.',
        },
        'middle-path': {
          effect: 'mixed',
          note: 'Gives it a defined role through agreed ground rules, but asks it to pre-approve strikes whose timing it will not control.',
        },
      },
    },
    {
      id: 'kataib-hezbollah',
      name: 'Kataib Hezbollah and allied Iran-backed militias',
      wants:
        'Force U.S. and coalition troops out of Iraq and bend Iraqi leaders to their will, at a price they can afford.',
      stances: {
        withdraw: {
          effect: 'serves',
          note: 'It is their stated goal; the article names KH among those who want the U.S. to leave.',
        },
        'low-road': {
          effect: 'harms',
          note: 'Their fighters and leaders become targets of a sustained campaign, though they may gain recruits from anti-American anger.',
        },
        'high-road': {
          effect: 'serves',
          note: 'The article argues they can absorb strikes on empty depots indefinitely while their attacks continue.',
        },
        'middle-path': {
          effect: 'harms',
          note: 'Puts their senior leaders personally at risk and removes the predictability of U.S. replies.',
        },
      },
    },
    {
      id: 'iran',
      name: 'Iran (the IRGC and its Quds Force)',
      wants:
        'U.S. forces out of Iraq and a government in Baghdad that does not cross it, pursued through Iraqi proxies so that it can avoid a direct war with the United States.',
      stances: {
        withdraw: {
          effect: 'serves',
          note: 'The article names Iran’s Revolutionary Guards among those who want the U.S. to leave.',
        },
        'low-road': {
          effect: 'harms',
          note: 'Could sharply cut its influence in Iraq, though it might profit from an anti-American backlash.',
        },
        'high-road': {
          effect: 'serves',
          note: 'Lets it keep up pressure through proxies at little cost.',
        },
        'middle-path': {
          effect: 'harms',
          note: 'Threatens the militia leaders it relies on, without a public U.S. claim it could rally against.',
        },
      },
    },
    {
      id: 'iraqi-government',
      name: 'Iraqi government (caretaker, and the next prime minister)',
      wants:
        'To avoid being the battlefield between Washington and Tehran, keep working with both, and be seen to defend Iraqi sovereignty.',
      stances: {
        withdraw: {
          effect: 'mixed',
          note: 'Answers the January parliamentary resolution, but leaves it alone with the militias and the remnants of the Islamic State.',
        },
        'low-road': {
          effect: 'harms',
          note: 'Turns Iraq into the arena of a sustained U.S. campaign against groups that are formally part of its security forces.',
        },
        'high-road': {
          effect: 'mixed',
          note: 'Limits the fighting on Iraqi soil, yet it condemned the 13 March strikes after Iraqi soldiers and police were reported killed.',
        },
        'middle-path': {
          effect: 'mixed',
          note: 'The article expects it to prefer not to be asked about new defences; unclaimed strikes on Iraqi militia leaders would still put it on the spot.',
        },
      },
    },
    {
      id: 'iraqi-public',
      name: 'Iraqi public and nationalist opinion',
      wants:
        'A sovereign Iraq: neither U.S. strikes on Iraqi soil nor domination by Iran and its militias.',
      stances: {
        withdraw: {
          effect: 'mixed',
          note: 'Removes one foreign presence but may leave the other, Iran’s, unchecked.',
        },
        'low-road': {
          effect: 'harms',
          note: 'Repeated U.S. killing on Iraqi soil is the likeliest trigger of the anti-Americanism the article warns about.',
        },
        'high-road': {
          effect: 'mixed',
          note: 'Striking mostly outside Iraq is meant to spare nationalist feeling, but strikes inside Iraq still kill Iraqis.',
        },
        'middle-path': {
          effect: 'mixed',
          note: 'Bets that the militias’ own over-reach will turn opinion against them; unclaimed killings may still be blamed on the U.S.',
        },
      },
    },
    {
      id: 'isis',
      name: 'The Islamic State (ISIS) remnants',
      wants: 'Room to regroup in northern and western Iraq, free of coalition-backed raids.',
      stances: {
        withdraw: {
          effect: 'serves',
          note: 'The article names the Islamic State among those who want the U.S. to leave.',
        },
        'low-road': {
          effect: 'mixed',
          note: 'A U.S.–militia war would divert attention and resources from the hunt for its cells.',
        },
        'high-road': {
          effect: 'harms',
          note: 'The coalition stays and the raids go on.',
        },
        'middle-path': {
          effect: 'harms',
          note: 'Keeps the coalition helping Iraq to defeat it.',
        },
      },
    },
    {
      id: 'coalition',
      name: 'Coalition partners, notably the United Kingdom',
      wants:
        'Protect their troops, keep the training mission against the Islamic State going, and avoid being drawn into a U.S.–Iran war.',
      stances: {
        withdraw: {
          effect: 'mixed',
          note: 'Removes the danger to their troops but ends the mission they came for.',
        },
        'low-road': {
          effect: 'harms',
          note: 'Exposes their trainers to retaliation in a war they did not choose.',
        },
        'high-road': {
          effect: 'serves',
          note: 'The UK Foreign Secretary publicly called the 13 March strikes swift, decisive and proportionate.',
        },
        'middle-path': {
          effect: 'mixed',
          note: 'Better air and rocket defences help them; unclaimed killings carry political risk for partners too.',
        },
      },
    },
  ],

  criteria: [
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
      question:
        'How well does this avoid the U.S. being drawn back into Iraq later, on worse terms?',
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
  ],

  options: [
    {
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
    },
    {
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
            quote:
              'there is also a risk—though not a certainty—that this galvanizes anti-Americanism',
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
            quote:
              'might result in a dramatic and long-lasting reduction of Iran’s influence in Iraq',
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
            quote:
              'might result in a dramatic and long-lasting reduction of Iran’s influence in Iraq',
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
            quote:
              'there is also a risk—though not a certainty—that this galvanizes anti-Americanism',
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
    },
    {
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
          rationale:
            'A losing game of attrition wears down the U.S. position and the will to stay.',
          evidence: { kind: 'author', quote: 'This a game we will lose.' },
        },
        feasibility: {
          score: 9,
          range: [8, 10],
          rationale:
            'It is what the U.S. did on 13 March, within days and under existing authority.',
          evidence: {
            kind: 'fact',
            fact: 'U.S. aircraft struck five Kataib Hezbollah weapons storage sites in Iraq early on 13 March, two days after the Taji attack.',
            source: GLOBE_MARCH13,
          },
        },
      },
    },
    {
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
            basis:
              'Delinking the timing of strikes means some attacks will not be answered promptly.',
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
          gains:
            'Deniability lowers the pressure on Iraqi leaders and on Iran to respond publicly.',
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
    },
  ],

  presets: [
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
  ],

  annotations: [
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
  ],

  teaching: {
    questions: [
      {
        id: 'high-road-deterrence',
        question:
          'The author judges the high road a game the U.S. will lose. What would have to be true for prompt, proportionate strikes on facilities to deter the militias?',
        relatesTo: ['high-road', 'deterrence'],
      },
      {
        id: 'now-versus-later',
        question:
          'Withdrawal scores well on protecting personnel and avoiding escalation but badly on the long-term position. How should a decision-maker weigh lives at risk now against a position that may cost more lives later?',
        relatesTo: ['withdraw', 'protection', 'long-term'],
      },
      {
        id: 'unclaimed',
        question:
          'The middle path relies on strikes being unclaimed. Can a strike on a senior militia leader stay deniable, and does deterrence work if the target is not told who struck?',
        relatesTo: ['middle-path', 'deterrence', 'backlash'],
      },
      {
        id: 'ground-rules',
        question:
          'Should Congress agree in advance to rules that let the military choose when to strike? What oversight would you insist on?',
        relatesTo: ['middle-path', 'feasibility'],
      },
      {
        id: 'dont-ask',
        question:
          'The author advises bringing in Patriot and anti-rocket defences without further consultation with Baghdad. How does that square with Iraqi sovereignty and the January parliamentary resolution?',
        relatesTo: ['middle-path', 'backlash'],
      },
      {
        id: 'cheap-losses',
        question:
          'The article says the militias can trade empty buildings and rank-and-file fighters for coalition lives indefinitely. What does this imply for any strategy of imposing costs on proxies?',
        relatesTo: ['high-road', 'low-road', 'deterrence'],
      },
      {
        id: 'over-reach',
        question:
          'The article cites militia threats that failed: officials ignored their warnings and President Salih met Trump anyway. Is letting the militias over-reach a strategy or a hope? What in the events of January to March 2020 supports or undermines it?',
        relatesTo: ['middle-path', 'iran-influence'],
      },
      {
        id: 'prime-minister',
        question:
          'The article reads Iran’s escalation partly as pressure on the choice of Iraq’s next prime minister. Should that timing change how, or when, the United States responds?',
        relatesTo: ['iran-influence', 'backlash'],
      },
      {
        id: 'what-next',
        question:
          'On 14 March, the day after the strikes the article calls an attempt at the high road, Camp Taji was hit again (see what happened next). Does that confirm the article’s verdict on the high road, or is one day too soon to judge?',
        relatesTo: ['high-road', 'deterrence'],
      },
      {
        id: 'corrections',
        question:
          'Later reporting disputes some of the article’s details (whether British aircraft took part in the strikes; who was killed at Taji; whether the depots were empty). Does any of these weaken the argument, or only its framing?',
      },
      {
        id: 'flip',
        question:
          'Under your own weights, what is the smallest change that would make a different option win? Which single score are you least sure of?',
      },
      {
        id: 'missing-criterion',
        question:
          'Is there a consideration the article leaves out (for example international law, allies’ views, or the cost to Iraqis) that you would add as a criterion? How would it change the ranking?',
      },
    ],
    glossary: [
      {
        term: 'KH',
        expansion: 'Kataib Hezbollah',
        definition:
          'An Iraqi Shia militia closely tied to Iran’s Quds Force and designated a foreign terrorist organisation by the U.S. State Department; part of the Popular Mobilization Forces. Distinct from Lebanon’s Hezbollah despite the name.',
      },
      {
        term: 'CJTF-OIR',
        expansion: 'Combined Joint Task Force – Operation Inherent Resolve',
        definition:
          'The U.S.-led military coalition formed in 2014 to defeat the Islamic State in Iraq and Syria; the article calls it the coalition for short.',
      },
      {
        term: 'PMF',
        expansion: 'Popular Mobilization Forces (al-Hashd al-Shaabi)',
        definition:
          'An umbrella of mostly Shia armed groups raised in 2014 to fight the Islamic State and later made formally part of Iraq’s security forces; it includes Iran-aligned factions such as KH. Abu Mahdi al-Muhandis was its deputy head.',
      },
      {
        term: 'IRGC',
        expansion: 'Islamic Revolutionary Guard Corps',
        definition:
          'Iran’s ideological military force, separate from its regular army, answering to the Supreme Leader.',
      },
      {
        term: 'Quds Force',
        definition:
          'The IRGC branch that runs Iran’s operations abroad, including its support for Iraqi militias; commanded by Qassem Soleimani until his death on 3 January 2020.',
      },
      {
        term: 'C-RAM',
        expansion: 'Counter-Rocket, Artillery and Mortar',
        definition:
          'Systems that detect incoming rockets and mortar rounds, sound a warning, and can shoot some down with rapid-fire guns: the close-in anti-rocket defences the article asks for.',
      },
      {
        term: 'Patriot',
        definition:
          'A U.S. surface-to-air missile system that can intercept aircraft and ballistic missiles, the kind Iran fired at Al Asad and Erbil in January 2020.',
      },
      {
        term: 'Camp Taji',
        definition:
          'A large Iraqi military base north of Baghdad, hosting coalition troops who train Iraqi forces; hit by rockets on 11 March 2020 and again on 14 March.',
      },
      {
        term: 'Al Asad',
        expansion: 'Ain al-Asad Air Base',
        definition:
          'An air base in Anbar province, western Iraq, hosting U.S. forces; struck by Iranian ballistic missiles on 8 January 2020.',
      },
      {
        term: 'K-1',
        definition:
          'An Iraqi base near Kirkuk where a rocket attack on 27 December 2019 killed a U.S. civilian contractor, starting the winter crisis.',
      },
      {
        term: 'ISIS',
        expansion: 'The Islamic State (also ISIL, Daesh)',
        definition:
          'The jihadist group that held much of northern and western Iraq in 2014–17; by 2020 reduced to remnants that the coalition and Iraqi forces still hunt.',
      },
      {
        term: 'Deterrence',
        definition:
          'Persuading an adversary not to act by convincing it that the costs of acting will outweigh the gains.',
      },
      {
        term: 'Proportionate response',
        definition:
          'A reply whose scale matches the attack that prompted it; the article’s high road limits retaliation to such strikes.',
      },
      {
        term: 'Tit-for-tat',
        definition:
          'A cycle in which each side answers the other’s last move in kind, which can continue indefinitely or ratchet upward.',
      },
      {
        term: 'Unclaimed strike',
        definition:
          'An attack whose author does not acknowledge it, leaving the target to infer who struck; meant to impose costs without forcing a public reply.',
      },
      {
        term: 'Force protection',
        definition:
          'Measures that protect troops and bases from attack, such as barriers, early warning, and air and rocket defences.',
      },
    ],
  },
} satisfies CaseInput;
