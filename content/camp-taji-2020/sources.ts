import type { SourceRefInput } from '@/lib/case/schema';

// Every source the Camp Taji case cites, by a short name. Titles are as published.

/** The article itself, cited where it states a fact used in the timeline. */
export const ARTICLE = {
  publication: 'Politico Magazine',
  date: '2020-03-13',
  author: 'Michael Knights',
  authorAttributed: true,
} satisfies SourceRefInput;

export const CENTCOM_TAJI = {
  publication: 'U.S. Central Command (CJTF-OIR press release)',
  title: 'Coalition casualties in Iraq',
  date: '2020-03-12',
  url: 'https://www.centcom.mil/MEDIA/NEWS-ARTICLES/News-Article-View/Article/2109615/coalition-casualties-in-iraq/',
} satisfies SourceRefInput;

export const CSIS_DEC29 = {
  publication: 'CSIS Missile Threat',
  title: 'US Airstrikes Target Iran-backed Militia in Iraq and Syria',
  date: '2019-12-30',
  url: 'https://missilethreat.csis.org/us-airstrikes-target-iran-backed-militia-in-iraq-and-syria/',
} satisfies SourceRefInput;

export const GLOBAL_NEWS_RESOLUTION = {
  publication: 'Global News',
  title: 'Iraqi lawmakers pass resolution to end foreign troop presence',
  date: '2020-01-05',
  url: 'https://globalnews.ca/news/6368488/iraq-pm-foreign-troops/',
} satisfies SourceRefInput;

export const PENTAGON_MISSILES = {
  publication: 'The News (Pakistan), from AFP',
  title: "Iran fired 'more than a dozen' missiles against US forces in Iraq: Pentagon",
  date: '2020-01-08',
  url: 'https://www.thenews.com.pk/latest/595295-trump-monitoring-reports-of-attack-on-base-in-iraq-says-white-house',
} satisfies SourceRefInput;

/** The Defense Department's statement on the 3 January strike, as printed in full. */
export const DOD_SOLEIMANI = {
  publication: 'U.S. Department of Defense statement (printed by Fox Business)',
  title: 'READ: Department of Defense statement on Soleimani killing',
  date: '2020-01-02',
  url: 'https://www.foxbusiness.com/markets/read-department-of-defense-statement-on-soleimani-killing',
} satisfies SourceRefInput;

export const BEAST_EMBASSY = {
  publication: 'The Daily Beast',
  title: 'U.S. Embassy in Baghdad Torched After Airstrikes on Militias',
  date: '2019-12-31',
  url: 'https://www.thedailybeast.com/us-embassy-in-iraq-torched-by-iraqi-mob-protesting-airstrikes-on-iran-backed-militias',
} satisfies SourceRefInput;

export const TWZ_EMBASSY_ROCKETS = {
  publication: 'The War Zone',
  title: 'Multiple Rockets Strike The American Embassy Compound In Iraq (Updated)',
  date: '2020-01-26',
  url: 'https://www.twz.com/31961/multiple-rockets-strike-the-american-embassy-compound-in-iraq',
} satisfies SourceRefInput;

export const XINHUA_RESIGNATION = {
  publication: 'People’s Daily, from Xinhua',
  title: "Iraqi parliament approves PM's resignation amid ongoing anti-gov't protests",
  date: '2019-12-01',
  url: 'https://peoplesdaily.pdnews.cn/world/iraqi-parliament-approves-pm-s-resignation-amid-ongoing-anti-gov-t-protests-106648.html',
} satisfies SourceRefInput;

export const DW_ALLAWI = {
  publication: 'DW',
  title: "Iraq's Prime Minister-designate Mohammed Allawi withdraws from race",
  date: '2020-03-01',
} satisfies SourceRefInput;

export const AP_QUORUM = {
  publication: 'AP (as carried by UNB)',
  title: 'Iraq’s Parliament calls for expulsion of US troops',
  date: '2020-01-05',
  url: 'https://wp.greenwatchbd.com/iraqs-parliament-calls-for-expulsion-of-us-troops/',
} satisfies SourceRefInput;

export const AP_JOINT_OPERATION = {
  publication: 'AP (as carried by Alabama News Network)',
  title: 'Officials: US strikes Iran-backed group that hit Iraq base',
  date: '2020-03-12',
  url: 'https://www.alabamanews.net/2020/03/12/officials-us-strikes-iran-backed-group-that-hit-iraq-base/',
} satisfies SourceRefInput;

export const HILL_MCKENZIE = {
  publication: 'The Hill',
  title: 'Top general: Iran threat ‘remains very high’ after US strikes on proxy militia in Iraq',
  date: '2020-03-13',
  url: 'https://thehill.com/policy/defense/487417-top-general-iran-threat-remains-very-high-after-us-strikes-on-proxy-militia-in/',
} satisfies SourceRefInput;

export const NEWSER_TAJI_AGAIN = {
  publication: 'Newser (from AP and other wire reports)',
  title: '25 Rockets Hit Camp With US Troops: Officials',
  date: '2020-03-14',
  url: 'https://amp.newser.com/story/288162/25-rockets-hit-camp-with-us-troops-officials.html',
} satisfies SourceRefInput;

export const UCSB_DAVOS = {
  publication: 'The American Presidency Project (UC Santa Barbara)',
  title:
    'Remarks Prior to a Meeting With President Barham Salih of Iraq and an Exchange With Reporters in Davos, Switzerland',
  date: '2020-01-22',
  url: 'https://www.presidency.ucsb.edu/documents/remarks-prior-meeting-with-president-barham-salih-iraq-and-exchange-with-reporters-davos',
} satisfies SourceRefInput;

export const ABC_MARINES = {
  publication: 'ABC News',
  title: '2 Americans killed in Iraq during anti-ISIS mission identified as Marine Raiders',
  date: '2020-03-10',
  url: 'https://abcnews.go.com/Politics/american-troops-killed-iraq-anti-isis-mission/story?id=69483422',
} satisfies SourceRefInput;

export const GLOBE_MARCH13 = {
  publication: 'The Boston Globe',
  title: 'Airstrikes kill Iraqi soldiers and police, Iraqi officials say',
  date: '2020-03-13',
  url: 'https://www.bostonglobe.com/news/world/2020/03/13/airstrikes-kill-iraqi-soldiers-and-police-iraqi-officials-say/5NUA963lNsqtcaasaQEZyH/story.html',
} satisfies SourceRefInput;

export const ABC30_NAMES = {
  publication: 'ABC30 (KFSN-TV)',
  title: 'Soldier from Hanford killed during strike in Iraq, DOD says',
  date: '2020-03-13',
  url: 'https://abc30.com/dod-news-releases-hanford-solider-killed-dies-department-of-defense/6009699/',
} satisfies SourceRefInput;

export const BBC_GILLON = {
  publication: 'BBC News',
  title: "UK soldier killed in Iraq was 'larger than life'",
  date: '2020-03-12',
  url: 'https://www.bbc.co.uk/news/uk-51854198',
} satisfies SourceRefInput;

export const KFOR_ROBERTS = {
  publication: 'KFOR-TV (Oklahoma City)',
  title: 'Officials: Oklahoma Air National Guardsman killed in Iraq',
  date: '2020-03-13',
  url: 'https://kfor.com/news/local/officials-oklahoma-air-national-guardsman-killed-in-iraq/',
} satisfies SourceRefInput;

export const HILL_WAR_POWERS = {
  publication: 'The Hill',
  title: 'House passes measure limiting Trump’s ability to take military action against Iran',
  date: '2020-03-11',
  url: 'https://thehill.com/policy/defense/487088-house-passes-measure-limiting-trumps-ability-to-take-military-action-against',
} satisfies SourceRefInput;

export const GLOBE_K1_DOUBTS = {
  publication: 'The Boston Globe (from The New York Times)',
  title: 'Iraqis question claim that Iran-backed militia attacked base',
  date: '2020-02-06',
  url: 'https://www.bostonglobe.com/news/world/2020/02/06/iraqis-question-claim-that-iran-backed-militia-attacked-base/9iju69JWNLkYWga6CiMKUM/story.html',
} satisfies SourceRefInput;

export const JPOST_PATRIOTS = {
  publication: 'The Jerusalem Post',
  title: 'US troops in Iraq finally get Patriot air defense',
  date: '2020-03-31',
  author: 'Seth J. Frantzman',
} satisfies SourceRefInput;

export const MORNING_STAR_RAF = {
  publication: 'Morning Star',
  title:
    'MoD admits to dropping bombs on Iraq two weeks ago despite supporting global ceasefire during Covid-19 pandemic',
  date: '2020-04-26',
  url: 'https://morningstaronline.co.uk/article/b/mod-admits-to-dropping-bombs-on-iraq-two-weeks-ago-despite-supporting-global-ceasefire-during-covid-19-pandemic',
} satisfies SourceRefInput;

export const TV7_WALLACE = {
  publication: 'TV7 Israel News',
  title: 'U.S. strikes Iranian-proxy Kataib Hezbollah in Iraq',
  date: '2020-03-13',
  url: 'https://www.tv7israelnews.com/u-s-strikes-iranian-proxy-kataib-hezbollah-in-iraq/',
} satisfies SourceRefInput;

export const NATIONAL_RAAB = {
  publication: 'The National',
  title: 'British Foreign Secretary praises US retaliation strikes in southern Iraq',
  date: '2020-03-13',
  url: 'https://www.thenationalnews.com/world/mena/british-foreign-secretary-praises-us-retaliation-strikes-in-southern-iraq-1.991972',
} satisfies SourceRefInput;

export const AFP_SYRIA = {
  publication: 'AFP (as carried by Mashriq TV)',
  title: 'East Syria strike kills 26 Iraqi fighters: monitor',
  date: '2020-03-12',
  url: 'https://mashriqtv.pk/2020/03/12/12525/',
} satisfies SourceRefInput;

export const ABC_TBI = {
  publication: 'ABC News (Australia)',
  title: 'Pentagon confirms 109 US troops diagnosed with brain injuries after Iran missile attack',
  date: '2020-02-11',
  url: 'https://www.abc.net.au/news/2020-02-11/109-us-service-members-diagnosed-with-mild-brain-injuries/11953116',
} satisfies SourceRefInput;
