import type { ActorInput } from '@/lib/case/schema';

/** Who has a stake, and how each option serves or harms them. */
export const actors = [
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
] satisfies ActorInput[];
