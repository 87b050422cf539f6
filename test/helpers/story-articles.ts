/**
 * Hand-written news reports (written for the tests, not taken from any outlet):
 * background news, two reports of one factory fire and a fire elsewhere, two
 * reports of one shooting and a same-day shooting in another town.
 */
import type { DedupInput } from '../../pipeline/dedup/index.js';

export function article(outlet: string, slug: string, date: string, title: string, text: string): DedupInput {
  const url = `https://${outlet}/news/${slug}`;
  return { url, canonicalUrl: url, title, text, publishedAt: date, seenAt: `${date}T15:00:00.000Z` };
}

export const BACKGROUND = [
  // Earlier fire and crime news (beyond the story window): on a real stream "fire",
  // "shot" and "police" are common words, and term statistics know it.
  article(
    'metroline.example',
    'house-fire',
    '2031-01-10',
    'House fire on Birch Lane leaves family homeless',
    'A fire broke out in a two-storey house on Birch Lane on Saturday morning. Firefighters brought the flames under control within an hour, the fire department said, but the family of five lost most of their belongings. The cause of the fire is being investigated and neighbours have started a collection.',
  ),
  article(
    'metroline.example',
    'warehouse-fire',
    '2031-01-14',
    'Warehouse fire sends smoke over the harbour',
    'Crews fought a fire at an empty warehouse near the harbour for most of Tuesday night. The fire chief said the building had been vacant for years and no one was injured. Police closed several streets while smoke drifted across the water and firefighters stayed on the scene until dawn.',
  ),
  article(
    'crimebeat.example',
    'bar-shooting',
    '2031-01-12',
    'Two wounded in shooting outside downtown bar',
    'Two men were shot outside a downtown bar early Sunday, police said. Both were taken to hospital with wounds that are not life threatening. Officers are reviewing video from nearby businesses and asked anyone with information about the gunman to call the police tip line.',
  ),
  article(
    'crimebeat.example',
    'parking-shooting',
    '2031-01-18',
    'Police investigate shooting in a parking lot',
    'Police are investigating a shooting in a supermarket parking lot on Thursday evening that left one man wounded. Witnesses told officers they heard several shots before a car sped away. The victim was taken to hospital and police said they had no suspect yet.',
  ),
  article(
    'citypaper.example',
    'budget',
    '2031-03-01',
    'Council passes budget after long night',
    'The Riverton city council passed its annual budget after a meeting that ran past midnight. Council members argued over library hours and road repairs before the final vote of six to three. The mayor said the plan keeps taxes flat for another year while the parks department gets two new staff.',
  ),
  article(
    'sportsdesk.example',
    'final',
    '2031-03-01',
    'Harbor City wins the cup final in extra time',
    'Harbor City beat Northfield in the cup final after extra time, with a late header from the captain settling a tense match. The coach praised the defence and said the club would celebrate with supporters at the stadium on Sunday afternoon.',
  ),
  article(
    'weatherwatch.example',
    'storm',
    '2031-03-02',
    'Storm brings heavy snow to the mountain passes',
    'A late winter storm dropped heavy snow across the mountain passes, closing two highways for most of the day. Forecasters expect the weather to clear by the weekend, but warned drivers about ice on the bridges and in the valleys overnight.',
  ),
  article(
    'marketnews.example',
    'rates',
    '2031-03-02',
    'Central bank holds interest rates steady',
    'The central bank left its main interest rate unchanged, saying inflation was cooling but remained above its target. Analysts had expected the decision and said a cut could come in the summer if prices keep easing and wages slow down.',
  ),
];

export const DAYTON_FIRE = [
  article(
    'ohiodaily.example',
    'dayton-fire',
    '2031-03-03',
    'Fire destroys Kessler Plastics factory in Dayton',
    'A fire tore through the Kessler Plastics factory on Wolf Creek Road in Dayton on Monday night, sending black smoke over the west side of the city. Fire Chief Marta Olsen said 60 firefighters fought the blaze for five hours. Two workers were treated for smoke inhalation and the cause is under investigation.',
  ),
  article(
    'valleytv.example',
    'kessler-blaze',
    '2031-03-04',
    'Investigators search for cause of Kessler Plastics blaze',
    'Investigators on Tuesday began sifting through the ruins of the Kessler Plastics plant in Dayton, a day after flames gutted the building on Wolf Creek Road. Chief Marta Olsen said the fire started near a storage area. About 200 employees will be out of work while the company assesses the damage.',
  ),
];
export const TACOMA_FIRE = article(
  'pugetnews.example',
  'tacoma-mill',
  '2031-03-03',
  'Fire breaks out at Tacoma lumber mill',
  'Flames swept through the Harmon Lumber mill on the Tacoma tideflats early Monday, and crews from three stations worked through the morning to keep the fire from spreading to nearby warehouses. Battalion Chief Reggie Dunn said no one was hurt. The port closed one access road while smoke drifted over the bay.',
);

export const SHOOTING_A = [
  article(
    'lakeside.example',
    'elm-shooting',
    '2031-03-05',
    'Man shot outside Elm Street market in Millbrook',
    'A 34-year-old man was shot outside the Green Basket market on Elm Street in Millbrook on Wednesday evening, police said. Officers found Derek Haines with a gunshot wound to the leg and took him to Saint Anne hospital. Police are looking for a gunman who fled in a silver sedan.',
  ),
  article(
    'countyherald.example',
    'millbrook-arrest',
    '2031-03-07',
    'Arrest made in Millbrook market shooting',
    'Millbrook police arrested a 22-year-old suspect on Friday in the shooting of Derek Haines outside the Green Basket market on Elm Street. Detectives traced the silver sedan seen leaving the scene. Haines is recovering at Saint Anne hospital, a police spokesman said.',
  ),
];
export const SHOOTING_B = article(
  'rivertonpost.example',
  'oak-shooting',
  '2031-03-05',
  'Man shot on Oak Avenue in Riverton',
  'A man in his 40s was shot on Oak Avenue in Riverton late Wednesday, police said. Officers responding to calls about gunfire found Samuel Ortiz wounded near a bus stop and took him to Riverton General. Investigators believe the shooting followed an argument and are asking witnesses to come forward.',
);

/** Two same-day car crashes on highways in different counties. */
export const CRASH_A = article(
  'northstate.example',
  'route9-crash',
  '2031-03-06',
  'Two killed in head-on crash on Route 9 near Ashford',
  'Two people died when a pickup truck and a minivan collided head-on on Route 9 just north of Ashford on Thursday afternoon, state police said. The driver of the minivan, Laura Pembroke, 51, and her passenger were pronounced dead at the scene. The highway was closed for four hours while troopers reconstructed the crash.',
);
export const CRASH_B = article(
  'coastalnews.example',
  'i95-crash',
  '2031-03-06',
  'Fatal crash closes Interstate 95 in Wexford County',
  'A man was killed Thursday when his sedan crossed the median on Interstate 95 in Wexford County and struck a tractor-trailer, state police said. Troopers identified the driver as Tomas Reyes, 29, of Bayport. The southbound lanes were closed into the evening while investigators worked at the scene.',
);

/** One ferry strike told by two outlets in other words (no copied passage). */
export const FERRY_STRIKE = [
  article(
    'harbourtimes.example',
    'ferry-strike',
    '2031-03-08',
    'Ferry crews walk out, stranding Kestrel Island commuters',
    'Crews of the Bluewater Ferries line stopped work on Saturday morning, leaving hundreds of commuters to Kestrel Island without a crossing. The Maritime Workers Union said its members want a new contract after two years without a raise. Bluewater said it regretted the disruption and hoped talks would resume on Monday.',
  ),
  article(
    'islandvoice.example',
    'no-boats',
    '2031-03-08',
    'No boats to Kestrel Island as Bluewater Ferries staff strike',
    'Kestrel Island residents found the terminal closed on Saturday after Bluewater Ferries staff went on strike over pay. Union organisers from the Maritime Workers Union picketed the dock and said the walkout would last until the company returns to the table. Some islanders hired fishing boats to get to work on the mainland.',
  ),
];
