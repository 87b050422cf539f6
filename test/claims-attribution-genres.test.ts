// Attribution in news beyond politics, hand-written in the styles of wire services and newspapers: business and
// financial copy (filings, analysts, "people familiar with the matter"), courts, sport, health and science, weather
// and police. The learned cue model was fitted on political news; these hold the forms it lacked (a closing
// ", X said" over a report of its own, media such as "a court filing" or "a conference call", British spellings,
// present-tense reports, "told reporters" before a bare clause, an agentless passive with a "that" clause).
// Source, cue and content spans as UTF-16 offsets into the text, exactly as an analyst would mark them.
import { describe, expect, it } from 'vitest';
import { borrowedWeights, britishSpelling, britishSpellings } from '../pipeline/claims/attribution-borrowed.js';
import { attributeText, type TextAttribution } from '../pipeline/claims/attribution-text.js';
import { tagClaims } from '../pipeline/claims/index.js';
import { splitSentences } from '../pipeline/claims/sentences.js';

type Span = [number, number];

/** Offsets of the first occurrence of `piece` in `text`; fails the test when absent. */
function at(text: string, piece: string): Span {
  const i = text.indexOf(piece);
  expect(i, `"${piece}" in "${text}"`).toBeGreaterThanOrEqual(0);
  return [i, i + piece.length];
}

function attributionWithCue(text: string, cue: Span): TextAttribution | undefined {
  return attributeText(text).find((a) => a.cue[0] === cue[0] && a.cue[1] === cue[1]);
}

interface Case {
  topic: string;
  text: string;
  source: string | null;
  cue: string;
  content: string | null;
}

/** One attribution per case: the one whose cue is `cue`; its source and content must be exactly these. */
const CASES: Case[] = [
  {
    topic: 'business',
    text: 'Acme Corp expects revenue of $4.2 billion for the full year, the company said in a statement.',
    source: 'the company',
    cue: 'said in a statement',
    content: 'Acme Corp expects revenue of $4.2 billion for the full year',
  },
  {
    topic: 'business',
    text: 'The company said it expects to cut 1,200 jobs by the end of next year.',
    source: 'The company',
    cue: 'said',
    content: 'it expects to cut 1,200 jobs by the end of next year',
  },
  {
    topic: 'business',
    text: 'Analysts polled by LSEG had expected earnings of 85 cents per share.',
    source: 'Analysts polled by LSEG',
    cue: 'had expected',
    content: 'earnings of 85 cents per share',
  },
  {
    topic: 'business',
    text: 'The bank forecast that inflation would slow to 2.5% by the end of 2027.',
    source: 'The bank',
    cue: 'forecast',
    content: 'inflation would slow to 2.5% by the end of 2027',
  },
  {
    topic: 'business',
    text: 'According to a regulatory filing, the firm paid its chief executive $18 million last year.',
    source: 'a regulatory filing',
    cue: 'According to',
    content: 'the firm paid its chief executive $18 million last year',
  },
  {
    topic: 'business',
    text: 'The deal could be announced as soon as next week, people familiar with the matter said.',
    source: 'people familiar with the matter',
    cue: 'said',
    content: 'The deal could be announced as soon as next week',
  },
  {
    topic: 'business',
    text: 'The retailer is in talks to buy its smaller rival, according to people familiar with the matter.',
    source: 'people familiar with the matter',
    cue: 'according to',
    content: 'The retailer is in talks to buy its smaller rival',
  },
  {
    topic: 'business',
    text: '"We are very pleased with the quarter," Chief Executive Anna Berg told Reuters.',
    source: 'Chief Executive Anna Berg',
    cue: 'told',
    content: 'We are very pleased with the quarter',
  },
  {
    topic: 'business',
    text: 'A spokesperson for the airline said the strike would cost about 50 million euros.',
    source: 'A spokesperson for the airline',
    cue: 'said',
    content: 'the strike would cost about 50 million euros',
  },
  {
    topic: 'business',
    text: 'The carmaker estimated that the recall would affect 300,000 vehicles.',
    source: 'The carmaker',
    cue: 'estimated',
    content: 'the recall would affect 300,000 vehicles',
  },
  {
    topic: 'business',
    text: 'Shares fell 8% after the company warned that demand for its chips was weakening.',
    source: 'the company',
    cue: 'warned',
    content: 'demand for its chips was weakening',
  },
  {
    topic: 'business',
    text: 'The central bank is expected to raise interest rates by a quarter point on Thursday.',
    source: null,
    cue: 'is expected',
    content: 'The central bank is expected to raise interest rates by a quarter point on Thursday',
  },
  {
    topic: 'business',
    text: 'Finance chief Tom Reed said in an interview that margins would recover next year.',
    source: 'Finance chief Tom Reed',
    cue: 'said in an interview',
    content: 'margins would recover next year',
  },
  {
    topic: 'business',
    text: 'The group reported a net loss of $310 million for the quarter.',
    source: 'The group',
    cue: 'reported',
    content: 'a net loss of $310 million for the quarter',
  },
  {
    topic: 'business',
    text: 'Profit is forecast to rise 12% this year, the ministry said.',
    source: 'the ministry',
    cue: 'said',
    content: 'Profit is forecast to rise 12% this year',
  },
  {
    topic: 'business',
    text: 'The startup declined to comment on the report.',
    source: 'The startup',
    cue: 'declined',
    content: 'to comment on the report',
  },
  {
    topic: 'business',
    text: 'The company projected sales of between $9 billion and $9.5 billion for 2027.',
    source: 'The company',
    cue: 'projected',
    content: 'sales of between $9 billion and $9.5 billion for 2027',
  },
  {
    topic: 'business',
    text: 'Investors fear that higher tariffs will squeeze profits, said Laura Chen, an analyst at Nomura.',
    source: 'Laura Chen',
    cue: 'said',
    content: 'Investors fear that higher tariffs will squeeze profits',
  },
  {
    topic: 'business',
    text: 'The oil producer announced it would raise output by 400,000 barrels per day.',
    source: 'The oil producer',
    cue: 'announced',
    content: 'it would raise output by 400,000 barrels per day',
  },
  {
    topic: 'business',
    text: 'The company disclosed in a filing that it had received a subpoena from regulators.',
    source: 'The company',
    cue: 'disclosed in a filing',
    content: 'it had received a subpoena from regulators',
  },
  {
    topic: 'business',
    text: 'The carrier now sees full-year revenue growth of 4%, it said on Tuesday.',
    source: 'it',
    cue: 'said',
    content: 'The carrier now sees full-year revenue growth of 4%',
  },
  {
    topic: 'business',
    text: 'The lender confirmed that it would close 40 branches.',
    source: 'The lender',
    cue: 'confirmed',
    content: 'it would close 40 branches',
  },
  {
    topic: 'courts',
    text: 'Prosecutors alleged that the former banker hid $3 million in offshore accounts.',
    source: 'Prosecutors',
    cue: 'alleged',
    content: 'the former banker hid $3 million in offshore accounts',
  },
  {
    topic: 'courts',
    text: 'The judge ruled that the evidence was admissible.',
    source: 'The judge',
    cue: 'ruled',
    content: 'the evidence was admissible',
  },
  {
    topic: 'courts',
    text: 'The lawsuit claims the company misled investors about its finances.',
    source: 'The lawsuit',
    cue: 'claims',
    content: 'the company misled investors about its finances',
  },
  {
    topic: 'courts',
    text: 'A witness testified that she saw the defendant leave the building at midnight.',
    source: 'A witness',
    cue: 'testified',
    content: 'she saw the defendant leave the building at midnight',
  },
  {
    topic: 'courts',
    text: 'The defendant denied the charges.',
    source: 'The defendant',
    cue: 'denied',
    content: 'the charges',
  },
  {
    topic: 'courts',
    text: 'His lawyer argued that the search had been unlawful.',
    source: 'His lawyer',
    cue: 'argued',
    content: 'the search had been unlawful',
  },
  {
    topic: 'courts',
    text: 'The complaint alleges that the landlord failed to make repairs for two years.',
    source: 'The complaint',
    cue: 'alleges',
    content: 'the landlord failed to make repairs for two years',
  },
  {
    topic: 'courts',
    text: 'According to court documents, the pair laundered more than $2 million.',
    source: 'court documents',
    cue: 'According to',
    content: 'the pair laundered more than $2 million',
  },
  {
    topic: 'courts',
    text: 'The appeals court found that the lower court had erred.',
    source: 'The appeals court',
    cue: 'found',
    content: 'the lower court had erred',
  },
  {
    topic: 'courts',
    text: 'The jury was told that the victim had been stabbed three times.',
    source: null,
    cue: 'was told',
    content: 'the victim had been stabbed three times',
  },
  {
    topic: 'courts',
    text: 'The suspect, 34, is accused of stealing 12 cars.',
    source: null,
    cue: 'is accused',
    content: 'The suspect, 34, is accused of stealing 12 cars',
  },
  {
    topic: 'courts',
    text: 'Defense attorneys contend that their client acted in self-defense.',
    source: 'Defense attorneys',
    cue: 'contend',
    content: 'their client acted in self-defense',
  },
  {
    topic: 'courts',
    text: 'The company pleaded guilty to fraud, the Justice Department said.',
    source: 'the Justice Department',
    cue: 'said',
    content: 'The company pleaded guilty to fraud',
  },
  {
    topic: 'courts',
    text: 'The judge wrote in her ruling that the law was unconstitutional.',
    source: 'The judge',
    cue: 'wrote in her ruling',
    content: 'the law was unconstitutional',
  },
  {
    topic: 'sport',
    text: 'The coach told reporters that his team had lost its focus.',
    source: 'The coach',
    cue: 'told',
    content: 'his team had lost its focus',
  },
  {
    topic: 'sport',
    text: 'The striker insisted he was happy at the club.',
    source: 'The striker',
    cue: 'insisted',
    content: 'he was happy at the club',
  },
  {
    topic: 'sport',
    text: '"It was a tough game," said the captain after the match.',
    source: 'the captain',
    cue: 'said',
    content: 'It was a tough game',
  },
  {
    topic: 'sport',
    text: 'The manager admitted his side had been lucky to win.',
    source: 'The manager',
    cue: 'admitted',
    content: 'his side had been lucky to win',
  },
  {
    topic: 'sport',
    text: 'The club confirmed the midfielder would miss six weeks with a knee injury.',
    source: 'The club',
    cue: 'confirmed',
    content: 'the midfielder would miss six weeks with a knee injury',
  },
  {
    topic: 'sport',
    text: 'The goalkeeper is expected to return for the final.',
    source: null,
    cue: 'is expected',
    content: 'The goalkeeper is expected to return for the final',
  },
  {
    topic: 'sport',
    text: 'The league announced that the season would resume in March.',
    source: 'The league',
    cue: 'announced',
    content: 'the season would resume in March',
  },
  {
    topic: 'sport',
    text: 'The champion vowed to defend her title next year.',
    source: 'The champion',
    cue: 'vowed',
    content: 'to defend her title next year',
  },
  {
    topic: 'health',
    text: 'Researchers found that the drug cut the risk of heart attack by 20%.',
    source: 'Researchers',
    cue: 'found',
    content: 'the drug cut the risk of heart attack by 20%',
  },
  {
    topic: 'health',
    text: 'The study suggests that sleeping less than six hours raises the risk of dementia.',
    source: 'The study',
    cue: 'suggests',
    content: 'sleeping less than six hours raises the risk of dementia',
  },
  {
    topic: 'health',
    text: 'Health officials warned that cases could double within a month.',
    source: 'Health officials',
    cue: 'warned',
    content: 'cases could double within a month',
  },
  {
    topic: 'health',
    text: 'Data showed that hospital admissions rose 15% last week.',
    source: 'Data',
    cue: 'showed',
    content: 'hospital admissions rose 15% last week',
  },
  {
    topic: 'health',
    text: 'The World Health Organization said in a statement that the outbreak was under control.',
    source: 'The World Health Organization',
    cue: 'said in a statement',
    content: 'the outbreak was under control',
  },
  {
    topic: 'health',
    text: 'Scientists believe the virus jumped from bats to humans.',
    source: 'Scientists',
    cue: 'believe',
    content: 'the virus jumped from bats to humans',
  },
  {
    topic: 'health',
    text: 'The report concluded that air pollution causes about 7 million deaths a year.',
    source: 'The report',
    cue: 'concluded',
    content: 'air pollution causes about 7 million deaths a year',
  },
  {
    topic: 'health',
    text: 'The vaccine is 90% effective, the researchers reported in The Lancet.',
    source: 'the researchers',
    cue: 'reported',
    content: 'The vaccine is 90% effective',
  },
  {
    topic: 'health',
    text: 'The authors cautioned that the sample was small.',
    source: 'The authors',
    cue: 'cautioned',
    content: 'the sample was small',
  },
  {
    topic: 'health',
    text: 'The findings indicate that the treatment works in older patients.',
    source: 'The findings',
    cue: 'indicate',
    content: 'the treatment works in older patients',
  },
  {
    topic: 'health',
    text: 'The agency recommended that adults over 65 get a booster.',
    source: 'The agency',
    cue: 'recommended',
    content: 'adults over 65 get a booster',
  },
  {
    topic: 'weather',
    text: 'Forecasters predicted up to 30 cm of snow in the mountains.',
    source: 'Forecasters',
    cue: 'predicted',
    content: 'up to 30 cm of snow in the mountains',
  },
  {
    topic: 'weather',
    text: 'The storm is expected to make landfall on Friday, the National Hurricane Center said.',
    source: 'the National Hurricane Center',
    cue: 'said',
    content: 'The storm is expected to make landfall on Friday',
  },
  {
    topic: 'weather',
    text: 'Authorities ordered the evacuation of 5,000 residents.',
    source: 'Authorities',
    cue: 'ordered',
    content: 'the evacuation of 5,000 residents',
  },
  {
    topic: 'weather',
    text: 'The fire has burned 12,000 acres and is 30% contained, according to Cal Fire.',
    source: 'Cal Fire',
    cue: 'according to',
    content: 'The fire has burned 12,000 acres and is 30% contained',
  },
  {
    topic: 'weather',
    text: 'Officials said at least 14 people had died in the floods.',
    source: 'Officials',
    cue: 'said',
    content: 'at least 14 people had died in the floods',
  },
  {
    topic: 'police',
    text: 'Police said 12 people were arrested after the protest.',
    source: 'Police',
    cue: 'said',
    content: '12 people were arrested after the protest',
  },
  {
    topic: 'police',
    text: 'A police spokesman told the Associated Press that no one was injured.',
    source: 'A police spokesman',
    cue: 'told',
    content: 'no one was injured',
  },
  {
    topic: 'police',
    text: 'The man was arrested on suspicion of murder, police said.',
    source: 'police',
    cue: 'said',
    content: 'The man was arrested on suspicion of murder',
  },
  {
    topic: 'police',
    text: 'It was reported that the gunman had fled on foot.',
    source: null,
    cue: 'was reported',
    content: 'the gunman had fled on foot',
  },
  {
    topic: 'police',
    text: 'Detectives believe the attack was targeted.',
    source: 'Detectives',
    cue: 'believe',
    content: 'the attack was targeted',
  },
  {
    topic: 'police',
    text: 'The suspect allegedly fired several shots at officers.',
    source: null,
    cue: 'allegedly',
    content: 'The suspect allegedly fired several shots at officers',
  },
  {
    topic: 'business',
    text: 'The chief executive was blunt: "We will not sell the company."',
    source: 'The chief executive',
    cue: ':',
    content: 'We will not sell the company',
  },
  {
    topic: 'business',
    text: 'The bank said in a note to clients that it now expects two rate cuts this year.',
    source: 'The bank',
    cue: 'said in a note to clients',
    content: 'it now expects two rate cuts this year',
  },
  {
    topic: 'business',
    text: 'Chief Financial Officer Ruth Avery said on a conference call that demand had stabilised.',
    source: 'Chief Financial Officer Ruth Avery',
    cue: 'said on a conference call',
    content: 'demand had stabilised',
  },
  {
    topic: 'business',
    text: 'The regulator criticised the bank for failing to report suspicious transactions.',
    source: 'The regulator',
    cue: 'criticised',
    content: 'the bank for failing to report suspicious transactions',
  },
  {
    topic: 'business',
    text: 'The company denies any wrongdoing.',
    source: 'The company',
    cue: 'denies',
    content: 'any wrongdoing',
  },
  {
    topic: 'business',
    text: 'The firm confirms it is in early talks with potential buyers.',
    source: 'The firm',
    cue: 'confirms',
    content: 'it is in early talks with potential buyers',
  },
  {
    topic: 'business',
    text: 'Sales will probably slow in the second half, said Kenji Ota, chief economist at Mizuho.',
    source: 'Kenji Ota',
    cue: 'said',
    content: 'Sales will probably slow in the second half',
  },
  {
    topic: 'business',
    text: 'The central bank signalled that it would keep rates on hold.',
    source: 'The central bank',
    cue: 'signalled',
    content: 'it would keep rates on hold',
  },
  {
    topic: 'business',
    text: '"Demand remains strong," she said, adding that prices would rise 3% in April.',
    source: 'she',
    cue: 'adding',
    content: 'prices would rise 3% in April',
  },
  {
    topic: 'courts',
    text: 'Prosecutors say the scheme defrauded investors of more than $40 million.',
    source: 'Prosecutors',
    cue: 'say',
    content: 'the scheme defrauded investors of more than $40 million',
  },
  {
    topic: 'courts',
    text: 'The former executive testified for three days, telling jurors he had never seen the documents.',
    source: 'The former executive',
    cue: 'telling',
    content: 'he had never seen the documents',
  },
  {
    topic: 'courts',
    text: 'According to the indictment, the men shipped 200 kilograms of cocaine.',
    source: 'the indictment',
    cue: 'According to',
    content: 'the men shipped 200 kilograms of cocaine',
  },
  {
    topic: 'courts',
    text: 'The couple allegedly kept the children locked in a basement.',
    source: null,
    cue: 'allegedly',
    content: 'The couple allegedly kept the children locked in a basement',
  },
  {
    topic: 'sport',
    text: 'Asked about his future, the coach said he would decide after the season.',
    source: 'the coach',
    cue: 'said',
    content: 'he would decide after the season',
  },
  {
    topic: 'sport',
    text: 'The referee was wrong, the manager told BBC Sport.',
    source: 'the manager',
    cue: 'told',
    content: 'The referee was wrong',
  },
  {
    topic: 'sport',
    text: 'The forward reckons the team can still win the league.',
    source: 'The forward',
    cue: 'reckons',
    content: 'the team can still win the league',
  },
  {
    topic: 'health',
    text: 'Doctors warned that the hospital had run out of beds, according to a report by the BBC.',
    source: 'a report by the BBC',
    cue: 'according to',
    content: 'Doctors warned that the hospital had run out of beds',
  },
  {
    topic: 'health',
    text: 'The researchers emphasised that the results were preliminary.',
    source: 'The researchers',
    cue: 'emphasised',
    content: 'the results were preliminary',
  },
  {
    topic: 'health',
    text: 'Experts have long argued that sugar taxes reduce obesity.',
    source: 'Experts',
    cue: 'have long argued',
    content: 'sugar taxes reduce obesity',
  },
  {
    topic: 'weather',
    text: 'The Met Office said temperatures could reach 35C on Saturday.',
    source: 'The Met Office',
    cue: 'said',
    content: 'temperatures could reach 35C on Saturday',
  },
  {
    topic: 'weather',
    text: 'Rainfall is forecast to exceed 200 mm in places, the agency warned.',
    source: 'the agency',
    cue: 'warned',
    content: 'Rainfall is forecast to exceed 200 mm in places',
  },
  {
    topic: 'police',
    text: 'Officers were called to the scene shortly after 10pm, a spokeswoman for the force said.',
    source: 'a spokeswoman for the force',
    cue: 'said',
    content: 'Officers were called to the scene shortly after 10pm',
  },
  {
    topic: 'police',
    text: 'The sheriff told reporters the suspect was known to police.',
    source: 'The sheriff',
    cue: 'told',
    content: 'the suspect was known to police',
  },
  {
    topic: 'business',
    text: 'Official figures showed the economy shrank 0.3% in the third quarter.',
    source: 'Official figures',
    cue: 'showed',
    content: 'the economy shrank 0.3% in the third quarter',
  },
  {
    topic: 'business',
    text: 'Minutes of the meeting showed policymakers were divided over the timing of a cut.',
    source: 'Minutes of the meeting',
    cue: 'showed',
    content: 'policymakers were divided over the timing of a cut',
  },
  {
    topic: 'business',
    text: 'A survey by the Confederation of British Industry found that 40% of firms planned to raise prices.',
    source: 'A survey by the Confederation of British Industry',
    cue: 'found',
    content: '40% of firms planned to raise prices',
  },
  {
    topic: 'business',
    text: 'The chief executive told analysts on a call that the company would buy back $5 billion of shares.',
    source: 'The chief executive',
    cue: 'told',
    content: 'the company would buy back $5 billion of shares',
  },
  {
    topic: 'business',
    text: 'The company, which employs 12,000 people, said it would close three plants.',
    source: 'The company, which employs 12,000 people',
    cue: 'said',
    content: 'it would close three plants',
  },
  {
    topic: 'business',
    text: '"We see no sign of a slowdown," Berg said in an interview with Bloomberg Television.',
    source: 'Berg',
    cue: 'said in an interview',
    content: 'We see no sign of a slowdown',
  },
  {
    topic: 'business',
    text: 'The statement said the board had approved a dividend of 40 cents a share.',
    source: 'The statement',
    cue: 'said',
    content: 'the board had approved a dividend of 40 cents a share',
  },
  {
    topic: 'business',
    text: 'Sources close to the negotiations said a deal was unlikely before Friday.',
    source: 'Sources close to the negotiations',
    cue: 'said',
    content: 'a deal was unlikely before Friday',
  },
  {
    topic: 'business',
    text: 'The filing showed the fund had sold its entire stake.',
    source: 'The filing',
    cue: 'showed',
    content: 'the fund had sold its entire stake',
  },
  {
    topic: 'business',
    text: 'Economists had forecast growth of 0.5%, according to a Reuters poll.',
    source: 'a Reuters poll',
    cue: 'according to',
    content: 'Economists had forecast growth of 0.5%',
  },
  {
    topic: 'business',
    text: 'He said the company was on track to meet its targets.',
    source: 'He',
    cue: 'said',
    content: 'the company was on track to meet its targets',
  },
  {
    topic: 'business',
    text: 'The airline warned investors that fuel costs would rise.',
    source: 'The airline',
    cue: 'warned',
    content: 'fuel costs would rise',
  },
  {
    topic: 'courts',
    text: 'In a statement, the company said it would appeal the verdict.',
    source: 'the company',
    cue: 'said',
    content: 'it would appeal the verdict',
  },
  {
    topic: 'courts',
    text: 'The Supreme Court ruled 6-3 that the law violated the First Amendment.',
    source: 'The Supreme Court',
    cue: 'ruled',
    content: 'the law violated the First Amendment',
  },
  {
    topic: 'courts',
    text: 'The woman told the court she had been threatened.',
    source: 'The woman',
    cue: 'told',
    content: 'she had been threatened',
  },
  {
    topic: 'courts',
    text: 'Her attorney, Mark Stein, said she would plead not guilty.',
    source: 'Her attorney, Mark Stein',
    cue: 'said',
    content: 'she would plead not guilty',
  },
  {
    topic: 'courts',
    text: 'The judge sentenced him to 12 years, saying the crime had devastated the victims.',
    source: 'The judge',
    cue: 'saying',
    content: 'the crime had devastated the victims',
  },
  {
    topic: 'sport',
    text: '"We deserved to win," said the coach, whose side is now top of the table.',
    source: 'the coach',
    cue: 'said',
    content: 'We deserved to win',
  },
  {
    topic: 'sport',
    text: 'The coach told reporters: "We have to be better."',
    source: 'The coach',
    cue: 'told',
    content: 'We have to be better',
  },
  {
    topic: 'sport',
    text: 'The club has denied reports that the manager will be sacked.',
    source: 'The club',
    cue: 'has denied',
    content: 'reports that the manager will be sacked',
  },
  {
    topic: 'health',
    text: 'The trial showed the vaccine was 95% effective against severe disease.',
    source: 'The trial',
    cue: 'showed',
    content: 'the vaccine was 95% effective against severe disease',
  },
  {
    topic: 'health',
    text: 'The drug maker said in a news release that it would seek approval this year.',
    source: 'The drug maker',
    cue: 'said in a news release',
    content: 'it would seek approval this year',
  },
  {
    topic: 'health',
    text: 'Public health experts say the figures are likely an undercount.',
    source: 'Public health experts',
    cue: 'say',
    content: 'the figures are likely an undercount',
  },
  {
    topic: 'health',
    text: 'The study, published in Nature, found that the gene was linked to longevity.',
    source: 'The study, published in Nature',
    cue: 'found',
    content: 'the gene was linked to longevity',
  },
  {
    topic: 'weather',
    text: 'Forecasters said the heat wave would last until Sunday.',
    source: 'Forecasters',
    cue: 'said',
    content: 'the heat wave would last until Sunday',
  },
  {
    topic: 'weather',
    text: 'The quake struck at a depth of 10 km, the U.S. Geological Survey said.',
    source: 'the U.S. Geological Survey',
    cue: 'said',
    content: 'The quake struck at a depth of 10 km',
  },
  {
    topic: 'police',
    text: 'The victim was taken to hospital, where she later died, police said in a statement.',
    source: 'police',
    cue: 'said in a statement',
    content: 'The victim was taken to hospital, where she later died',
  },
  {
    topic: 'police',
    text: 'Witnesses described hearing several loud bangs.',
    source: 'Witnesses',
    cue: 'described',
    content: 'hearing several loud bangs',
  },
  {
    topic: 'business',
    text: 'Shares rose 5% after the company said demand for its software was accelerating.',
    source: 'the company',
    cue: 'said',
    content: 'demand for its software was accelerating',
  },
  {
    topic: 'business',
    text: 'A person familiar with the matter, who asked not to be identified because the talks are private, said the price was about $2 billion.',
    source: 'A person familiar with the matter, who asked not to be identified because the talks are private',
    cue: 'said',
    content: 'the price was about $2 billion',
  },
  {
    topic: 'business',
    text: 'The company did not respond to a request for comment.',
    source: 'The company',
    cue: 'did not respond',
    content: 'to a request for comment',
  },
  {
    topic: 'business',
    text: 'Musk wrote in a post on X that the factory would open next year.',
    source: 'Musk',
    cue: 'wrote in a post',
    content: 'the factory would open next year',
  },
  {
    topic: 'business',
    text: 'In its annual report, the company said it had cut emissions by 12%.',
    source: 'the company',
    cue: 'said',
    content: 'it had cut emissions by 12%',
  },
  {
    topic: 'business',
    text: 'The spokeswoman added that no decision had been made.',
    source: 'The spokeswoman',
    cue: 'added',
    content: 'no decision had been made',
  },
  {
    topic: 'business',
    text: 'Revenue is estimated to have grown 8% in 2026.',
    source: null,
    cue: 'is estimated',
    content: 'Revenue is estimated to have grown 8% in 2026',
  },
  {
    topic: 'business',
    text: 'The takeover is believed to be worth about $600 million.',
    source: null,
    cue: 'is believed',
    content: 'The takeover is believed to be worth about $600 million',
  },
  {
    topic: 'business',
    text: 'Goldman Sachs predicted last month that oil would average $70 a barrel.',
    source: 'Goldman Sachs',
    cue: 'predicted',
    content: 'oil would average $70 a barrel',
  },
  {
    topic: 'business',
    text: 'The CEO told CNBC on Tuesday that layoffs were not planned.',
    source: 'The CEO',
    cue: 'told',
    content: 'layoffs were not planned',
  },
  {
    topic: 'courts',
    text: "A spokesman for the prosecutor's office declined to say whether charges would be filed.",
    source: "A spokesman for the prosecutor's office",
    cue: 'declined',
    content: 'to say whether charges would be filed',
  },
  {
    topic: 'courts',
    text: 'The officer, speaking on condition of anonymity, said the suspect had a criminal record.',
    source: 'The officer',
    cue: 'said',
    content: 'the suspect had a criminal record',
  },
  {
    topic: 'courts',
    text: 'Lawyers for the family said they would seek damages of $10 million.',
    source: 'Lawyers for the family',
    cue: 'said',
    content: 'they would seek damages of $10 million',
  },
  {
    topic: 'courts',
    text: 'The ruling said the agency had exceeded its authority.',
    source: 'The ruling',
    cue: 'said',
    content: 'the agency had exceeded its authority',
  },
  {
    topic: 'sport',
    text: 'The coach posted on social media that the player would be out for the season.',
    source: 'The coach',
    cue: 'posted',
    content: 'the player would be out for the season',
  },
  {
    topic: 'sport',
    text: 'The striker, who scored twice, said the win was for the fans.',
    source: 'The striker, who scored twice',
    cue: 'said',
    content: 'the win was for the fans',
  },
  {
    topic: 'health',
    text: 'Cases have risen 40% in a week, the health ministry said on Sunday, warning that hospitals could be overwhelmed.',
    source: 'the health ministry',
    cue: 'warning',
    content: 'hospitals could be overwhelmed',
  },
  {
    topic: 'health',
    text: 'The CDC estimates that 1 in 5 adults has high blood pressure.',
    source: 'The CDC',
    cue: 'estimates',
    content: '1 in 5 adults has high blood pressure',
  },
  {
    topic: 'weather',
    text: 'The hurricane is forecast to strengthen to a Category 4 storm, forecasters said.',
    source: 'forecasters',
    cue: 'said',
    content: 'The hurricane is forecast to strengthen to a Category 4 storm',
  },
  {
    topic: 'weather',
    text: 'Meteorologists expect the storm to weaken over land.',
    source: 'Meteorologists',
    cue: 'expect',
    content: 'the storm to weaken over land',
  },
  {
    topic: 'police',
    text: 'Police are appealing for witnesses and said the road would remain closed overnight.',
    source: 'Police',
    cue: 'said',
    content: 'the road would remain closed overnight',
  },
  {
    topic: 'police',
    text: 'The fire department said crews rescued 3 people from the building.',
    source: 'The fire department',
    cue: 'said',
    content: 'crews rescued 3 people from the building',
  },
  {
    topic: 'business',
    text: 'Chief Executive Maria Lopez told reporters the company would cut 1,200 jobs.',
    source: 'Chief Executive Maria Lopez',
    cue: 'told',
    content: 'the company would cut 1,200 jobs',
  },
  {
    topic: 'police',
    text: 'Police arrested 1,024 people, said Chief Ray Hall.',
    source: 'Chief Ray Hall',
    cue: 'said',
    content: 'Police arrested 1,024 people',
  },
  {
    topic: 'weather',
    text: 'About 3,500 people were evacuated, officials said, adding that 1,200 homes were flooded.',
    source: 'officials',
    cue: 'said',
    content: 'About 3,500 people were evacuated',
  },
  {
    topic: 'business',
    text: 'The bank expects 2,000 job cuts, according to a memo seen by Reuters.',
    source: 'a memo seen by Reuters',
    cue: 'according to',
    content: 'The bank expects 2,000 job cuts',
  },
  {
    topic: 'business',
    text: 'Output will fall by 5% next year, two sources told Reuters.',
    source: 'two sources',
    cue: 'told',
    content: 'Output will fall by 5% next year',
  },
  {
    topic: 'business',
    text: 'The plan would cost about $3 billion, the sources said, speaking on condition of anonymity because the talks are private.',
    source: 'the sources',
    cue: 'said',
    content: 'The plan would cost about $3 billion',
  },
  {
    topic: 'business',
    text: 'The ministry will review the contract, said a spokesman for the ministry, who declined to be named.',
    source: 'a spokesman for the ministry',
    cue: 'said',
    content: 'The ministry will review the contract',
  },
  {
    topic: 'business',
    text: '"We remain confident in our strategy," the company said in a statement.',
    source: 'the company',
    cue: 'said in a statement',
    content: 'We remain confident in our strategy',
  },
  {
    topic: 'business',
    text: 'Analysts at JPMorgan said in a note that the stock was undervalued.',
    source: 'Analysts at JPMorgan',
    cue: 'said in a note',
    content: 'the stock was undervalued',
  },
  {
    topic: 'business',
    text: 'According to data compiled by Bloomberg, the fund lost 12% in March.',
    source: 'data compiled by Bloomberg',
    cue: 'According to',
    content: 'the fund lost 12% in March',
  },
  {
    topic: 'business',
    text: "The company's shares have fallen 20% this year, according to LSEG data.",
    source: 'LSEG data',
    cue: 'according to',
    content: "The company's shares have fallen 20% this year",
  },
  {
    topic: 'business',
    text: 'The Bank of England is widely expected to hold rates at 4%.',
    source: null,
    cue: 'is widely expected',
    content: 'The Bank of England is widely expected to hold rates at 4%',
  },
  {
    topic: 'business',
    text: 'The Fed signaled it could raise rates again.',
    source: 'The Fed',
    cue: 'signaled',
    content: 'it could raise rates again',
  },
  {
    topic: 'business',
    text: 'The company said in a regulatory filing on Tuesday that its chief financial officer would step down.',
    source: 'The company',
    cue: 'said in a regulatory filing',
    content: 'its chief financial officer would step down',
  },
  {
    topic: 'police',
    text: 'Police said the man, 45, was arrested at his home.',
    source: 'Police',
    cue: 'said',
    content: 'the man, 45, was arrested at his home',
  },
  {
    topic: 'sport',
    text: 'The coach said after the game that he was proud of his players.',
    source: 'The coach',
    cue: 'said',
    content: 'he was proud of his players',
  },
  {
    topic: 'health',
    text: 'Scientists have warned for years that the glacier could collapse.',
    source: 'Scientists',
    cue: 'have warned',
    content: 'the glacier could collapse',
  },
  {
    topic: 'business',
    text: 'A spokesperson for Meta declined to comment.',
    source: 'A spokesperson for Meta',
    cue: 'declined',
    content: 'to comment',
  },
  {
    topic: 'business',
    text: 'The ministry said it was "deeply concerned" by the decision.',
    source: 'The ministry',
    cue: 'said',
    content: 'it was "deeply concerned" by the decision',
  },
  {
    topic: 'business',
    text: 'Exports rose 4.1% in October from a year earlier, customs data showed on Friday.',
    source: 'customs data',
    cue: 'showed',
    content: 'Exports rose 4.1% in October from a year earlier',
  },
  {
    topic: 'courts',
    text: "The defendant's lawyer told the judge his client had been under pressure.",
    source: "The defendant's lawyer",
    cue: 'told',
    content: 'his client had been under pressure',
  },
  {
    topic: 'weather',
    text: 'More snow is on the way, the National Weather Service warned on Sunday.',
    source: 'the National Weather Service',
    cue: 'warned',
    content: 'More snow is on the way',
  },
];

describe('attribution spans in business, courts, sport, health, weather and police copy', () => {
  for (const c of CASES) {
    it(`${c.topic}: ${c.text}`, () => {
      const a = attributionWithCue(c.text, at(c.text, c.cue));
      expect(a, `an attribution with cue "${c.cue}"`).toBeDefined();
      expect(a?.source).toEqual(c.source === null ? null : at(c.text, c.source));
      expect(a?.content).toEqual(c.content === null ? null : at(c.text, c.content));
    });
  }

  it('a strong report nested in a closing ", X said" keeps its own attribution, its content ending before the comma', () => {
    const text = 'Investors fear that higher tariffs will squeeze profits, said Laura Chen, an analyst at Nomura.';
    const read = attributeText(text).map((a) => [a.source && text.slice(...a.source), text.slice(...a.cue), a.content && text.slice(...a.content)]);
    expect(read).toEqual([
      ['Investors', 'fear', 'higher tariffs will squeeze profits'],
      ['Laura Chen', 'said', 'Investors fear that higher tariffs will squeeze profits'],
    ]);
  });

  it('British spellings and unseen forms score as their learned siblings; a known word keeps its own weights', () => {
    expect(['criticized', 'criticizing', 'criticiz', 'signaled', 'signaling', 'sailed', 'said', 'filed'].map(britishSpelling)).toEqual([
      'criticised',
      'criticising',
      'criticis',
      'signalled',
      'signalling',
      null,
      null,
      null,
    ]);
    const packed = 'w=denied~0.38 n=denied|that~1.29 s=deni~0.1 w=said~2 w=believe~0.5';
    expect(borrowedWeights(packed, { denies: 'denied', said: 'believe', reckon: 'unknown' }).split(' ')).toEqual(['w=denies~0.38', 'n=denies|that~1.29']);
    expect(britishSpellings('w=criticized~0.12 p=criticized|,~2.57 w=realized~1 w=realised~0.2')).toBe('w=criticised~0.12 p=criticised|,~2.57');
  });

  it('a forecast word a verb of figures takes as object is no cue ("beats forecasts", "missed estimates")', () => {
    for (const text of ['Acme profit jumps 23%, beats forecasts', 'Sales missed estimates as demand slowed.']) {
      expect(attributeText(text), text).toEqual([]);
    }
  });

  it('a business story: figures carry their speaker, a pronoun the named chief executive', () => {
    const text = 'Chief Executive Maria Lopez told reporters the company would cut 1,200 jobs. She said the cuts would save 300 million euros a year.';
    const claims = tagClaims({ articleId: 't', title: 'Acme to cut jobs', text, publishedAt: null, language: 'en' }, { packs: [] });
    expect(claims.find((c) => c.value === 1200)).toMatchObject({ sourceText: 'Chief Executive Maria Lopez', cue: 'told' });
    expect(claims.find((c) => c.value === 300000000)).toMatchObject({ sourceText: 'Chief Executive Maria Lopez', cue: 'said', unit: 'EUR' });
  });
});

describe('datelines of wire copy', () => {
  const first = (text: string): string | undefined => splitSentences(text)[0]?.text;

  it('drops a mixed-case place with its agency, and the dashes wire services use', () => {
    expect(first('Washington (AFP) \u2013 The president said talks would resume.')).toBe('The president said talks would resume.');
    expect(first('SEOUL (Reuters) \u2015 Exports rose 5%, data showed.')).toBe('Exports rose 5%, data showed.');
    expect(first('New York (CNN) -- Police said 12 people were arrested.')).toBe('Police said 12 people were arrested.');
    expect(first('Rio de Janeiro, Brazil (AP) \u2014 Floods killed 14 people.')).toBe('Floods killed 14 people.');
  });

  it('keeps a name opening a sentence with an insertion between dashes: no agency, no dateline', () => {
    expect(first('Jane Doe - a teacher - says the school will close.')).toBe('Jane Doe - a teacher - says the school will close.');
  });
});
