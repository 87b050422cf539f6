// Attribution forms of general news, hand-written sentences (business,
// politics, courts, sport, weather, health): source, cue and content spans as
// UTF-16 offsets into the text, and who the tagger says the claim is from.
import { describe, expect, it } from 'vitest';
import { attributeText } from '../pipeline/claims/attribution-text.js';
import { type AttributionCase, at, attributionWithCue, itReadsEachCase } from './helpers/attribution.js';
import { tagClaims } from '../pipeline/claims/index.js';
import type { Claim } from '../pipeline/types.js';

/** One attribution per case: the one whose cue is `cue`; its spans must be exactly these. */
const CASES: AttributionCase[] = [
  {
    topic: 'politics, when it was said before the content',
    text: 'The senator said on Monday that the bill would pass by a wide margin.',
    source: 'The senator',
    cue: 'said',
    content: 'the bill would pass by a wide margin',
  },
  {
    topic: 'business, an adjective before "to" is no raising passive',
    text: 'The chairman was quick to praise the deal and said on Tuesday that 200 jobs would be created.',
    source: 'The chairman',
    cue: 'said',
    content: '200 jobs would be created',
  },
  {
    topic: 'business, an opening participle clause before the main report',
    text: 'Asked about the deal, the chief executive said profit would rise 5% next year.',
    source: 'the chief executive',
    cue: 'said',
    content: 'profit would rise 5% next year',
  },
  {
    topic: 'weather, a preposition after a verb that takes a hearer',
    text: 'Forecasters warned of heavy rain, saying rivers could burst their banks.',
    source: 'Forecasters',
    cue: 'warned of',
    content: 'heavy rain',
  },
  {
    topic: 'business, an opening "as" clause reports the main clause',
    text: 'As Reuters reported on Monday, the company plans to cut 500 jobs.',
    source: 'Reuters',
    cue: 'reported',
    content: 'the company plans to cut 500 jobs',
  },
  {
    topic: 'politics, an opening "as" clause reports the main clause, its verb included',
    text: 'As Politico revealed, the committee agreed to allow the vote.',
    source: 'Politico',
    cue: 'revealed',
    content: 'the committee agreed to allow the vote',
  },
  {
    topic: 'politics, the particle of a phrasal verb belongs to the cue',
    text: 'The mayor called for calm after the flooding.',
    source: 'The mayor',
    cue: 'called for',
    content: 'calm after the flooding',
  },
  {
    topic: 'sport, the particle of a phrasal verb belongs to the cue',
    text: 'The coach complained about the referee’s decisions.',
    source: 'The coach',
    cue: 'complained about',
    content: 'the referee’s decisions',
  },
  {
    topic: 'politics, two particles',
    text: 'Residents spoke out against the new runway.',
    source: 'Residents',
    cue: 'spoke out against',
    content: 'the new runway',
  },
  {
    topic: 'politics, "for" before a time is no particle',
    text: 'The senator has warned for years that the bridge is unsafe.',
    source: 'The senator',
    cue: 'has warned',
    content: 'the bridge is unsafe',
  },
  {
    topic: 'business, "about" after a verb of saying is part of the content',
    text: 'The airline said about 40 flights were cancelled.',
    source: 'The airline',
    cue: 'said',
    content: 'about 40 flights were cancelled',
  },
  {
    topic: 'business, named person',
    text: 'Maria Lopez said profit rose 23% to $1.1 billion in the third quarter.',
    source: 'Maria Lopez',
    cue: 'said',
    content: 'profit rose 23% to $1.1 billion in the third quarter',
  },
  {
    topic: 'politics, role',
    text: 'The minister said prices would rise by 5% next year.',
    source: 'The minister',
    cue: 'said',
    content: 'prices would rise by 5% next year',
  },
  {
    topic: 'courts, organisation',
    text: 'Police said 12 people were arrested after the match.',
    source: 'Police',
    cue: 'said',
    content: '12 people were arrested after the match',
  },
  {
    topic: 'politics, group',
    text: 'Democrats say the bill would cut health coverage for millions of families.',
    source: 'Democrats',
    cue: 'say',
    content: 'the bill would cut health coverage for millions of families',
  },
  {
    topic: 'sport, says',
    text: 'The coach says the team will be ready for the final on Sunday.',
    source: 'The coach',
    cue: 'says',
    content: 'the team will be ready for the final on Sunday',
  },
  {
    topic: 'business, saying',
    text: 'The union rejected the offer, saying it did not keep pace with inflation.',
    source: 'The union',
    cue: 'saying',
    content: 'it did not keep pace with inflation',
  },
  {
    topic: 'sport, adding after a quotation',
    text: '“We are not done yet,” the striker said, adding that the club needed a win.',
    source: 'the striker',
    cue: 'adding',
    content: 'the club needed a win',
  },
  {
    topic: 'sport, quotation before the speaker',
    text: '“We are not done yet,” the striker said, adding that the club needed a win.',
    source: 'the striker',
    cue: 'said',
    content: 'We are not done yet',
  },
  {
    topic: 'business, told a hearer',
    text: 'The company told investors that sales fell 4% in the quarter.',
    source: 'The company',
    cue: 'told',
    content: 'sales fell 4% in the quarter',
  },
  {
    topic: 'courts, asked',
    text: '“Where is the money?” the judge asked.',
    source: 'the judge',
    cue: 'asked',
    content: 'Where is the money',
  },
  {
    topic: 'weather, warned',
    text: 'Forecasters warned that up to 20 cm of snow could fall overnight.',
    source: 'Forecasters',
    cue: 'warned',
    content: 'up to 20 cm of snow could fall overnight',
  },
  {
    topic: 'weather, estimated',
    text: 'The ministry estimated that 3,000 homes were flooded.',
    source: 'The ministry',
    cue: 'estimated',
    content: '3,000 homes were flooded',
  },
  {
    topic: 'courts, according to',
    text: 'According to the court filing, the firm paid $4.2 million in bribes.',
    source: 'the court filing',
    cue: 'According to',
    content: 'the firm paid $4.2 million in bribes',
  },
  {
    topic: 'health, in a statement',
    text: 'The hospital said in a statement that two patients had died.',
    source: 'The hospital',
    cue: 'said in a statement',
    content: 'two patients had died',
  },
  {
    topic: 'business, curly double quotes',
    text: '“Prices will keep rising,” the central bank governor said.',
    source: 'the central bank governor',
    cue: 'said',
    content: 'Prices will keep rising',
  },
  {
    topic: 'courts, single quotes, inverted speaker',
    text: '‘We will appeal the verdict,’ said the lawyer for the defendant.',
    source: 'the lawyer for the defendant',
    cue: 'said',
    content: 'We will appeal the verdict',
  },
  {
    topic: 'sport, guillemets',
    text: '«We will win on Sunday», the captain said.',
    source: 'the captain',
    cue: 'said',
    content: 'We will win on Sunday',
  },
  {
    topic: 'health, low-9 quotes',
    text: '„The vaccine is safe for children“, the health minister said.',
    source: 'the health minister',
    cue: 'said',
    content: 'The vaccine is safe for children',
  },
  {
    topic: 'weather, colon quote',
    text: 'The mayor said: “The roads will stay closed until Friday.”',
    source: 'The mayor',
    cue: 'said',
    content: 'The roads will stay closed until Friday',
  },
  {
    topic: 'politics, headline colon',
    text: 'Senator Ruiz: We will not back the budget',
    source: 'Senator Ruiz',
    cue: ':',
    content: 'We will not back the budget',
  },
  {
    topic: 'politics, citing chain',
    text: 'Yonhap reported, citing the NIS, that 1,000 troops were deployed.',
    source: 'the NIS',
    cue: 'citing',
    content: '1,000 troops were deployed',
  },
  {
    topic: 'business, X reported',
    text: 'The deal was worth $2 billion, Reuters reported, citing two people familiar with the matter.',
    source: 'Reuters',
    cue: 'reported',
    content: 'The deal was worth $2 billion',
  },
  {
    topic: 'courts, source after the content',
    text: 'The treasurer allegedly stole $30,000 from the club, prosecutors said.',
    source: 'prosecutors',
    cue: 'said',
    content: 'The treasurer allegedly stole $30,000 from the club',
  },
  {
    topic: 'politics, belief',
    text: 'Most voters believe the economy is getting worse.',
    source: 'Most voters',
    cue: 'believe',
    content: 'the economy is getting worse',
  },
  {
    topic: 'politics, title and appositive',
    text: 'Sen. Ted Cruz, R-Texas, said the vote would be close.',
    source: 'Sen. Ted Cruz, R-Texas',
    cue: 'said',
    content: 'the vote would be close',
  },
  {
    topic: 'politics, role with a prepositional phrase',
    text: '“We are confident of a majority,” a spokesman for the campaign said.',
    source: 'a spokesman for the campaign',
    cue: 'said',
    content: 'We are confident of a majority',
  },
  {
    topic: 'health, acronym organisation',
    text: 'The WHO said the outbreak had killed 45 people in three provinces.',
    source: 'The WHO',
    cue: 'said',
    content: 'the outbreak had killed 45 people in three provinces',
  },
  {
    topic: 'courts, argued after the content',
    text: 'The defendant wants the charges dropped, his lawyer argued.',
    source: 'his lawyer',
    cue: 'argued',
    content: 'The defendant wants the charges dropped',
  },
  {
    topic: 'politics, two speakers in one sentence',
    text: 'The governor said the plan would save $40 million, but critics argued it would close three clinics.',
    source: 'critics',
    cue: 'argued',
    content: 'it would close three clinics',
  },
  {
    topic: 'politics, first of two speakers',
    text: 'The governor said the plan would save $40 million, but critics argued it would close three clinics.',
    source: 'The governor',
    cue: 'said',
    content: 'the plan would save $40 million',
  },
  {
    topic: 'politics, when it was said stands between the speaker and the cue',
    text: 'Sen. Maria Lopez (D-N.M.) on Saturday criticized the accord, saying the targets go nowhere near far enough.',
    source: 'Sen. Maria Lopez (D-N.M.)',
    cue: 'saying',
    content: 'the targets go nowhere near far enough',
  },
  {
    topic: 'courts, "said that" after a long appositive opens the content, the subject speaks',
    text: 'The head of the union, a veteran organiser who led the strike, said that wages would rise.',
    source: 'The head of the union, a veteran organiser who led the strike',
    cue: 'said',
    content: 'wages would rise',
  },
  {
    topic: 'courts, a participle after a preposition has the subject of its clause',
    text: 'Police charged him last month after determining that a video showed the assault.',
    source: 'Police',
    cue: 'determining',
    content: 'a video showed the assault',
  },
  {
    topic: 'sport, a participle after a dash has the sentence’s subject',
    text: 'The striker changed his mind on the spot – saying he would stay at the club.',
    source: 'The striker',
    cue: 'saying',
    content: 'he would stay at the club',
  },
  {
    topic: 'politics, a participle with its agent needs no auxiliary',
    text: 'The bill, opposed by House Republicans, never became law.',
    source: 'House Republicans',
    cue: 'opposed',
    content: 'The bill',
  },
  {
    topic: 'business, a clause going on after "said" is the content, not an inverted speaker',
    text: 'Jane Doe, a spokeswoman for the regional housing authority that manages 500 homes, said the new rules would force it to cut one crew.',
    source: 'Jane Doe, a spokeswoman for the regional housing authority that manages 500 homes',
    cue: 'said',
    content: 'the new rules would force it to cut one crew',
  },
  {
    topic: 'politics, a raising verb: its subject is part of what seems so, not a speaker',
    text: 'The mayor appeared confident that the stadium would open on time.',
    source: null,
    cue: 'appeared',
    content: 'The mayor appeared confident that the stadium would open on time',
  },
  {
    topic: 'sport, a participle after a closing quotation mark is the same speaker’s second report',
    text: 'The coach said the team was “ready to win,” adding that two players would miss the final.',
    source: 'The coach',
    cue: 'adding',
    content: 'two players would miss the final',
  },
  {
    topic: 'health, an opening participle clause keeps its own report beside the closing speaker',
    text: 'Asked whether the hospital could cope, 75 percent of nurses said it could not.',
    source: null,
    cue: 'Asked',
    content: 'whether the hospital could cope',
  },
  {
    topic: 'business, a colon opening a quotation with no reporting word before it',
    text: 'The minister was blunt: “Prices will rise by 5% next year.”',
    source: 'The minister',
    cue: ':',
    content: 'Prices will rise by 5% next year',
  },
  {
    topic: 'politics, the comma closing an opening "according to" source breaks no clause',
    text: 'According to a survey released Monday, 51 percent of respondents said they would vote for the plan.',
    source: 'a survey released Monday',
    cue: 'According to',
    content: '51 percent of respondents said they would vote for the plan',
  },
  {
    topic: 'weather, an appositive speaker after an opening adverbial',
    text: 'On Friday, Rosa Patel, head of the regional water board, said that reservoirs were at 40% of capacity.',
    source: 'Rosa Patel, head of the regional water board',
    cue: 'said',
    content: 'reservoirs were at 40% of capacity',
  },
  {
    topic: 'courts, an opening participle speaks for the main clause subject',
    text: 'Conceding that the appeal came late, the defence lawyer argued that the ruling was unfair.',
    source: 'the defence lawyer',
    cue: 'Conceding',
    content: 'that the appeal came late',
  },
  {
    topic: 'sport, a participle after "also" keeps the speaker of the clause',
    text: 'The manager praised his defenders, also noting that two strikers were injured.',
    source: 'The manager',
    cue: 'also noting',
    content: 'two strikers were injured',
  },
  {
    topic: 'health, a participle after a preposition keeps the speaker of the cue before it',
    text: 'The surgeon told reporters that the ward was full, before insisting that no patient had been turned away.',
    source: 'The surgeon',
    cue: 'insisting',
    content: 'no patient had been turned away',
  },
  {
    topic: 'business, a verb sharing a pronoun subject after an opening adverbial',
    text: 'A week later, she toured the new plant and explained why 300 jobs would move there.',
    source: 'she',
    cue: 'explained',
    content: 'why 300 jobs would move there',
  },
  {
    topic: 'politics, a relative clause with an adverbial between the pronoun and the verb',
    text: 'The governor, who in the past has criticized the levy, signed the bill on Monday.',
    source: 'who',
    cue: 'has criticized',
    content: 'the levy',
  },
  {
    topic: 'courts, the subject after a wh-word of a clause opening with its verb',
    text: 'That is why defence lawyers say the verdict will be appealed.',
    source: 'defence lawyers',
    cue: 'say',
    content: 'the verdict will be appealed',
  },
  {
    topic: 'weather, a second speaker with an appositive after "and"',
    text: 'The agency says the dam is safe, and Brian Dale, the county engineer, said repairs would take 6 weeks.',
    source: 'Brian Dale, the county engineer',
    cue: 'said',
    content: 'repairs would take 6 weeks',
  },
  {
    topic: 'politics, a participle between the speaker and the verb',
    text: 'Sen. Ana Ortiz (D-N.M.), noting the cost of the program, said, "We cannot afford it."',
    source: 'Sen. Ana Ortiz (D-N.M.)',
    cue: 'said',
    content: 'We cannot afford it',
  },
  {
    topic: 'politics, the participle of that speaker',
    text: 'Sen. Ana Ortiz (D-N.M.), noting the cost of the program, said, "We cannot afford it."',
    source: 'Sen. Ana Ortiz (D-N.M.)',
    cue: 'noting',
    content: 'the cost of the program',
  },
  {
    topic: 'business, "citing" a reason after the speaker\'s verb keeps the speaker',
    text: '“Sales will recover,” he continued, citing the 12 new stores opened this year.',
    source: 'he',
    cue: 'continued',
    content: 'Sales will recover',
  },
  {
    topic: 'weather, a title-case headline with its speaker and cue at the end',
    text: '‘Worst Flood’ in 40 Years Hits the Valley, Police Chief Says',
    source: 'Police Chief',
    cue: 'Says',
    content: 'Worst Flood’ in 40 Years Hits the Valley',
  },
  {
    topic: 'sport, "when asked" reports the question on its own',
    text: 'The coach said the team was ready when asked whether the injuries would matter.',
    source: null,
    cue: 'asked',
    content: 'whether the injuries would matter',
  },
  {
    topic: 'sport, the content before "when asked" ends there',
    text: 'The coach said the team was ready when asked whether the injuries would matter.',
    source: 'The coach',
    cue: 'said',
    content: 'the team was ready',
  },
  {
    topic: 'politics, an infinitive after the hearer is the content, not the hearer',
    text: 'Mayors have urged the council to keep the levy, although they say they support some of the changes.',
    source: 'Mayors',
    cue: 'have urged',
    content: 'the council to keep the levy',
  },
  {
    topic: 'politics, a subject pronoun after a subordinator starts its own attribution',
    text: 'Mayors have urged the council to keep the levy, although they say they support some of the changes.',
    source: 'they',
    cue: 'say',
    content: 'they support some of the changes',
  },
  {
    topic: 'business, a name with accented letters',
    text: 'The plant will close in March, Inés Muñoz said.',
    source: 'Inés Muñoz',
    cue: 'said',
    content: 'The plant will close in March',
  },
  {
    topic: 'sport, an accented name before the verb',
    text: 'Coach Zoë Brandão said the squad would rest three players.',
    source: 'Coach Zoë Brandão',
    cue: 'said',
    content: 'the squad would rest three players',
  },
  {
    topic: 'politics, a participle after a comma closing a quotation',
    text: 'The governor called the ruling “a disgrace,” telling reporters that she would appeal.',
    source: 'The governor',
    cue: 'telling',
    content: 'she would appeal',
  },
  {
    topic: 'courts, a conjunction opening the sentence before its subject',
    text: 'But Judge Amy Reed rejected the motion, noting that the deadline had passed.',
    source: 'Judge Amy Reed',
    cue: 'noting',
    content: 'the deadline had passed',
  },
  {
    topic: 'health, a subject pronoun after an opening "yet"',
    text: 'Yet she did not stop there, also urging parents to vaccinate their children.',
    source: 'she',
    cue: 'also urging',
    content: 'parents to vaccinate their children',
  },
  {
    topic: 'politics, a clause after ", said" is the content, not an inverted speaker',
    text: 'Ben Cole, whose farm was flooded twice last year, said he would sell the land.',
    source: 'Ben Cole, whose farm was flooded twice last year',
    cue: 'said',
    content: 'he would sell the land',
  },
  {
    topic: 'weather, the main verb after a relative clause closing on a quotation',
    text: 'Ray Hill, who calls the levee “a relic,” said the town needs a new one.',
    source: 'Ray Hill',
    cue: 'said',
    content: 'the town needs a new one',
  },
  {
    topic: 'business, a relative pronoun with when it was said before its verb',
    text: 'The union, which on Monday rejected the offer, said talks would resume.',
    source: 'which',
    cue: 'rejected',
    content: 'the offer',
  },
  {
    topic: 'politics, one more verb of saying after a comma shares the subject',
    text: 'The mayor thanked the volunteers and praised the fire crews, warned that the dry spell was not over.',
    source: 'The mayor',
    cue: 'warned',
    content: 'the dry spell was not over',
  },
  {
    topic: 'politics, a long appositive after a closing inverted speaker',
    text: 'The vote will be close, said Dana Ortiz, a pollster at the state university who has tracked the county’s elections for two decades.',
    source: 'Dana Ortiz',
    cue: 'said',
    content: 'The vote will be close',
  },
  {
    topic: 'courts, a subject with an article after an opening adverbial, before an appositive',
    text: 'In June, a county judge, in response to the appeal, ordered the records to be released.',
    source: 'a county judge, in response to the appeal',
    cue: 'ordered',
    content: 'the records to be released',
  },
  {
    topic: 'sport, an appositive holding a quoted title',
    text: 'Lena Park, a presenter on “Match Night,” predicted that the final would go to penalties.',
    source: 'Lena Park, a presenter on “Match Night,”',
    cue: 'predicted',
    content: 'the final would go to penalties',
  },
  {
    topic: 'business, after a closing quotation a verb of saying is inverted',
    text: 'Sales fell in every region, “a drop we had not seen before,” said Omar Haddad, the retailer’s finance chief.',
    source: 'Omar Haddad',
    cue: 'said',
    content: 'Sales fell in every region, “a drop we had not seen before',
  },
  {
    topic: 'weather, a subject pronoun after a time adverb takes the later verb',
    text: 'An hour later they closed the bridge and said the river would crest overnight.',
    source: 'they',
    cue: 'said',
    content: 'the river would crest overnight',
  },
  {
    topic: 'health, "citing" a reason at the end of the clause: the one citing it speaks',
    text: 'The hospital suspended visits on Friday, citing a rise in flu cases across the region.',
    source: 'The hospital',
    cue: 'citing',
    content: 'a rise in flu cases across the region',
  },
  {
    topic: 'politics, an insertion between hyphens set off by blanks',
    text: 'The council - meeting for the first time since the flood - said it would rebuild the bridge.',
    source: 'The council - meeting for the first time since the flood -',
    cue: 'said',
    content: 'it would rebuild the bridge',
  },
  {
    topic: 'sport, an object pronoun after the cue is no inverted speaker',
    text: '“I was nervous,” the keeper recalled him saying before the final.',
    source: 'the keeper',
    cue: 'recalled',
    content: 'I was nervous',
  },
  {
    topic: 'business, a dateline before the subject of a participle',
    text: 'Frankfurt (Reuters) – The carmaker cut its forecast on Tuesday, saying chip shortages would last into next year.',
    source: 'The carmaker',
    cue: 'saying',
    content: 'chip shortages would last into next year',
  },
  {
    topic: 'sport, an opening adverbial of time before the subject of a participle',
    text: 'Hours later, Coach Ray Dunn apologised to the referee, telling reporters that he had lost his temper.',
    source: 'Coach Ray Dunn',
    cue: 'telling',
    content: 'he had lost his temper',
  },
  {
    topic: 'politics, "instead" before a second verb is no speaker',
    text: 'The senator skipped the vote and instead argued that the bill was rushed.',
    source: 'The senator',
    cue: 'argued',
    content: 'the bill was rushed',
  },
  {
    topic: 'business, a verb of feeling: its object holds the view, its subject is what it is about',
    text: 'The merger has alarmed some regulators in Brussels.',
    source: 'some regulators',
    cue: 'has alarmed',
    content: 'The merger',
  },
  {
    topic: 'courts, a source read after its cue ends before a clause word',
    text: 'The ruling was unlawful, according to lawyers who represent the families.',
    source: 'lawyers',
    cue: 'according to',
    content: 'The ruling was unlawful',
  },
  {
    topic: 'health, a participle of a state of mind: its subject holds the view',
    text: 'Some doctors are worried that the new rules will lengthen waiting lists.',
    source: 'Some doctors',
    cue: 'are worried',
    content: 'the new rules will lengthen waiting lists',
  },
  {
    topic: 'politics, an appositive subject before when it was said',
    text: 'Maya Lind, the party chairwoman, on Sunday announced that the vote would be delayed.',
    source: 'Maya Lind, the party chairwoman',
    cue: 'announced',
    content: 'the vote would be delayed',
  },
  {
    topic: 'business, "this past week" between the speaker and the cue',
    text: 'The airline this past week announced that it would cut 300 jobs.',
    source: 'The airline',
    cue: 'announced',
    content: 'it would cut 300 jobs',
  },
];

describe('attribution spans', () => {
  itReadsEachCase(CASES);

  it('a weak verb in what an opening "as" clause reports is no attribution of its own', () => {
    const text = 'As Politico revealed, the committee agreed to allow the vote.';
    expect(attributeText(text).map((a) => text.slice(...a.cue))).toEqual(['revealed']);
  });

  it('a word opening a sentence that names nobody is no source ("Why not just say", "So highlighting")', () => {
    const text = 'Why not just say that the budget is too small?';
    const a = attributionWithCue(text, at(text, 'not just say'));
    expect(a, 'an attribution with cue "not just say"').toBeDefined();
    expect(a?.source).toBeNull();
    expect(a?.content).toEqual(at(text, 'the budget is too small'));
  });

  it('an agentless passive names no source: its subject is what is reported', () => {
    const text = 'The question was asked in seven states, and Alabama backed the plan.';
    const a = attributionWithCue(text, at(text, 'was asked'));
    expect(a?.source).toBeNull();
    const byAgent = 'The deal was first reported by Reuters.';
    expect(attributionWithCue(byAgent, at(byAgent, 'was first reported'))?.source).toEqual(at(byAgent, 'Reuters'));
  });

  it('a relative clause’s cue inside the content reports on its own, the first content ending before "who"', () => {
    const text = 'About 40 percent of nurses say the rota is fair, compared with 55 percent who say the same of doctors.';
    const atts = attributeText(text);
    expect(atts.map((a) => [a.source && text.slice(...a.source), text.slice(...a.cue), a.content && text.slice(...a.content)])).toEqual([
      ['About 40 percent of nurses', 'say', 'the rota is fair, compared with 55 percent'],
      ['who', 'say', 'the same of doctors'],
    ]);
  });

  it('an opening verb of saying takes its speaker after it: "Said the coach: “C”"', () => {
    const read = (text: string) =>
      attributeText(text).map((a) => [a.source && text.slice(...a.source), text.slice(...a.cue), a.content && text.slice(...a.content)]);
    expect(read('Said the coach: “We were not good enough today.”')).toEqual([['the coach', 'Said', 'We were not good enough today']]);
    expect(read('Added Dana Whitfield, who ran the museum for years, “We were all so proud of it.”')).toEqual([
      ['Dana Whitfield, who ran the museum for years', 'Added', 'We were all so proud of it'],
    ]);
    // A verb taking a hearer opens a participle clause: the main clause's speaker speaks.
    const asked = 'Asked about the vote, the senator said: “It was close.”';
    expect(read(asked).find((a) => a[1] === 'said')).toEqual(['the senator', 'said', 'It was close']);
  });

  it('a participle after "from" or "despite" speaks for the clause’s subject; an adverb before it is no speaker', () => {
    const aside = 'The governor refuses to name candidates, aside from saying he wants a diverse list.';
    const saying = attributeText(aside).find((a) => aside.slice(...a.cue) === 'saying');
    expect(saying?.source).toEqual(at(aside, 'The governor'));
    expect(saying?.content).toEqual(at(aside, 'he wants a diverse list'));
    const perhaps = 'After the match, the club’s owners were calm, perhaps recognizing that the season was long.';
    const recognizing = attributeText(perhaps).find((a) => perhaps.slice(...a.cue) === 'recognizing');
    expect(recognizing?.source ?? null).not.toEqual(at(perhaps, 'perhaps'));
  });

  it('a subject with a relative clause on "who" is the speaker, the clause included', () => {
    for (const [text, source] of [
      ['People who know the coach say he is honest.', 'People who know the coach'],
      ['Voters who backed the measure said taxes were too high.', 'Voters who backed the measure'],
    ] as const) {
      const a = attributeText(text).find((x) => /^(say|said)$/.test(text.slice(...x.cue)));
      expect(a?.source, text).toEqual(at(text, source));
    }
  });

  it('an adverb between a relative pronoun and its verb is no speaker; "by" and an amount is no agent', () => {
    const together = 'The two unions, which together vowed to fight the cuts, met on Monday.';
    expect(attributeText(together).find((a) => together.slice(...a.cue) === 'vowed')?.source).toEqual(at(together, 'which'));
    const forecast = 'But on Tuesday, the fund increased its growth forecast by 0.1 percentage points to 1.8 percent.';
    for (const a of attributeText(forecast)) expect(a.source && forecast.slice(...a.source)).not.toMatch(/^0/);
  });

  it('a title or an initial after the cue is part of the speaker, not the end of it', () => {
    const read = (text: string) =>
      attributeText(text).map((a) => [a.source && text.slice(...a.source), text.slice(...a.cue), a.content && text.slice(...a.content)]);
    expect(read('According to Dr. Jane Price, the outbreak has peaked.')).toEqual([['Dr. Jane Price', 'According to', 'the outbreak has peaked']]);
    expect(read('“It is over,” said Gov. John F. Kent.')).toEqual([['Gov. John F. Kent', 'said', 'It is over']]);
    expect(read('According to U.S. officials, 12 people were arrested.')).toEqual([['U.S. officials', 'According to', '12 people were arrested']]);
  });

  it('a subject with an insertion between dashes, or a count, speaks', () => {
    for (const [text, source, cue] of [
      ['Jan Sims — a teacher from Mount Pleasant — says she voted for the mayor.', 'Jan Sims — a teacher from Mount Pleasant —', 'says'],
      ['Democrats -- and some Republicans -- say the levy will fail.', 'Democrats -- and some Republicans --', 'say'],
      ['In the survey of nurses, 42% say the rota is unfair.', '42%', 'say'],
    ] as const) {
      const a = attributeText(text).find((x) => text.slice(...x.cue) === cue);
      expect(a?.source, text).toEqual(at(text, source));
    }
  });

  it('a nested report is the outer speaker’s words, not a second attribution', () => {
    const text = 'The senator said voters believe the tax is unfair.';
    const atts = attributeText(text);
    expect(atts.map((a) => text.slice(...a.cue))).toEqual(['said']);
    expect(atts[0]?.content).toEqual(at(text, 'voters believe the tax is unfair'));
  });

  it('a quotation running over two paragraphs: the cue in the second has no cue of the first', () => {
    const text = '“The first half was poor.\n\n“The second half was much better,” the manager said.';
    const atts = attributeText(text);
    expect(atts).toHaveLength(1);
    expect(atts[0]?.source).toEqual(at(text, 'the manager'));
    expect(atts[0]?.content).toEqual(at(text, 'The second half was much better'));
  });

  it('a closing ", X said." reports what comes before it, a weaker cue there included', () => {
    const text = 'The defendant wants the charges dropped, his lawyer argued.';
    const atts = attributeText(text);
    expect(atts.map((a) => text.slice(...a.cue))).toEqual(['argued']);
    expect(atts[0]?.source).toEqual(at(text, 'his lawyer'));
    expect(atts[0]?.content).toEqual(at(text, 'The defendant wants the charges dropped'));
  });

  it('a cue span takes its modal, negation and adverb along', () => {
    const text = 'The finance minister has not yet publicly said whether taxes will rise.';
    expect(attributeText(text).map((a) => text.slice(...a.cue))).toEqual(['has not yet publicly said']);
  });

  it('a relaying "citing X" between subject and verb: the verb is the subject’s, the content both’s', () => {
    const text = 'The club, citing medical staff, said the striker would miss six weeks.';
    const atts = attributeText(text);
    expect(atts.map((a) => [text.slice(...a.cue), a.source && text.slice(...a.source), a.content && text.slice(...a.content)])).toEqual([
      ['said', 'The club', 'the striker would miss six weeks'],
      ['citing', 'medical staff', 'the striker would miss six weeks'],
    ]);
  });

  it('a participle takes the subject after an opening adverbial', () => {
    const text = 'Instead, the club chairman is sticking to his plan, saying the stadium will open in 2028.';
    const a = attributeText(text).find((x) => text.slice(...x.cue) === 'saying');
    expect(a?.source).toEqual(at(text, 'the club chairman'));
    expect(a?.content).toEqual(at(text, 'the stadium will open in 2028'));
  });

  it('a headline speaker may name whom it speaks to before the colon', () => {
    const text = 'Merkel to EU leaders: Europe must take its fate into its own hands.';
    const atts = attributeText(text);
    expect(atts.map((a) => [a.source && text.slice(...a.source), text.slice(...a.cue), a.content && text.slice(...a.content)])).toEqual([
      ['Merkel', ':', 'Europe must take its fate into its own hands'],
    ]);
  });

  it('a line label or a list before a colon is no speaker', () => {
    for (const text of [
      'Q: What happens next for the club?',
      'Editor’s Note: This story has been updated.',
      'Clinton: 547.',
      'Big Win For Union: A New Contract At The Port.',
      'CLARIFICATION: An earlier version misstated the date of the vote.',
    ]) {
      expect(attributeText(text), text).toEqual([]);
    }
  });

  it('cue words inside a quotation, after "to" or after a modal are no cues', () => {
    for (const text of [
      '“I never said that we would raise taxes,” the mayor told reporters.',
      'The company declined to say how many jobs would go.',
      'Investors would argue the shares are cheap.',
    ]) {
      const cues = attributeText(text).map((a) => text.slice(...a.cue));
      expect(cues, text).not.toContain('said');
      expect(cues, text).not.toContain('say');
      expect(cues, text).not.toContain('argue');
    }
  });
});

function tag(text: string, title = ''): Claim[] {
  return tagClaims({ articleId: 't', title, text, publishedAt: null, language: 'en' }, { packs: [] });
}

describe('who the claim is from', () => {
  it('a pronoun takes the nearest earlier named speaker, its span stays on the pronoun', () => {
    const text = 'Dr. Amara Singh, the county health officer, said cases had doubled in a week. She warned that 300 beds could run out by Friday.';
    const claim = tag(text).find((c) => c.value === 300);
    expect(claim).toMatchObject({ sourceText: 'Dr. Amara Singh', cue: 'warned', hedge: 'could' });
    expect(claim?.sourceSpan).toMatchObject({ start: at(text, 'She')[0], end: at(text, 'She')[1], text: 'She' });
  });

  it('an unknown speaker keeps the words', () => {
    const claim = tag('One resident said the water rose 2 metres in an hour.').find((c) => c.value === 2);
    expect(claim).toMatchObject({ source: null, sourceText: 'One resident', cue: 'said' });
  });

  it('citing: the cited party is the source, the one citing it the intermediary', () => {
    const claim = tag('Yonhap reported, citing the NIS, that 1,000 troops were deployed.').find((c) => c.value === 1000);
    expect(claim).toMatchObject({ sourceText: 'the NIS', via: 'Yonhap' });
  });

  it('X reported, citing Y: Y is the source, X the intermediary', () => {
    const claim = tag('The deal was worth $2 billion, Reuters reported, citing two people familiar with the matter.').find((c) => c.unit === 'USD');
    expect(claim).toMatchObject({ value: 2e9, sourceText: 'two people familiar with the matter', via: 'Reuters' });
  });

  it('hedges: allegedly, may, reportedly', () => {
    expect(tag('The treasurer allegedly stole $30,000 from the club, prosecutors said.')[0]).toMatchObject({ hedge: 'allegedly', sourceText: 'prosecutors' });
    expect(tag('The drug may reduce the risk of stroke by 30%, researchers said.')[0]).toMatchObject({ hedge: 'may', sourceText: 'researchers' });
    expect(tag('The company reportedly plans to cut 500 jobs.')[0]).toMatchObject({ value: 500, hedge: 'reportedly' });
  });

  it('a statement without a figure is a claim with its spans', () => {
    const text = 'The coach says the team will be ready for the final.';
    const claim = tag(text)[0];
    expect(claim).toMatchObject({ kind: 'prediction', sourceText: 'The coach', cue: 'says' });
    expect(claim?.contentSpan).toMatchObject({ start: at(text, 'the team')[0], text: 'the team will be ready for the final' });
  });

  it('a headline names its source before a colon', () => {
    const title = 'Senator Ruiz: 40,000 jobs are at stake';
    const claim = tagClaims({ articleId: 't', title, text: 'The vote is on Monday.', publishedAt: null, language: 'en' }, { packs: [] }).find(
      (c) => c.in === 'title',
    );
    expect(claim).toMatchObject({ value: 40000, sourceText: 'Senator Ruiz', cue: ':' });
  });
});
