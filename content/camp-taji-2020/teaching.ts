import type { TeachingInput } from '@/lib/case/schema';

/** Discussion questions and a glossary for a seminar. */
export const teaching = {
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
} satisfies TeachingInput;
