import { attributeText } from '../pipeline/claims/attribution-text.js';
const S = [
  'Maria Lopez said profit rose 23% to $1.1 billion in the third quarter.',
  'The minister said prices would rise by 5% next year.',
  'Police said 12 people were arrested after the match.',
  'Democrats say the bill would cut health coverage for millions of families.',
  'The coach says the team will be ready for the final on Sunday.',
  'The union rejected the offer, saying it did not keep pace with inflation.',
  '“We are not done yet,” the striker said, adding that the club needed a win.',
  'The company told investors that sales fell 4% in the quarter.',
  '“Where is the money?” the judge asked.',
  'Forecasters warned that up to 20 cm of snow could fall overnight.',
  'The ministry estimated that 3,000 homes were flooded.',
  'According to the court filing, the firm paid $4.2 million in bribes.',
  'The hospital said in a statement that two patients had died.',
  '“Prices will keep rising,” the central bank governor said.',
  '‘We will appeal the verdict,’ said the lawyer for the defendant.',
  '«We will win on Sunday», the captain said.',
  '„The vaccine is safe for children“, the health minister said.',
  'The mayor said: “The roads will stay closed until Friday.”',
  'Trump: We will win the election',
  'Yonhap reported, citing the NIS, that 1,000 troops were deployed.',
  'The deal was worth $2 billion, Reuters reported, citing two people familiar with the matter.',
  'The treasurer allegedly stole $30,000 from the club, prosecutors said.',
  'The drug may reduce the risk of stroke by 30%, researchers said.',
  'Most voters believe the economy is getting worse.',
  'Sen. Ted Cruz, R-Texas, said the vote would be close.',
  '“We are confident of a majority,” a spokesman for the campaign said.',
  'The club said its striker would miss six weeks with a knee injury.',
  'The WHO said the outbreak had killed 45 people in three provinces.',
  'Dr. Amara Singh, the county health officer, said cases had doubled in a week. She warned that hospitals could run out of beds.',
  '“The first half was poor.\n\n“The second half was much better,” the manager said.',
  'The senator seemed to support the plan to raise the minimum wage.',
  'The defendant wants the charges dropped, his lawyer argued.',
];
for (const t of S) {
  console.log('##', JSON.stringify(t));
  for (const a of attributeText(t)) console.log('   src', JSON.stringify(a.source && t.slice(...a.source)), 'cue', JSON.stringify(t.slice(...a.cue)), 'content', JSON.stringify(a.content && t.slice(...a.content)));
}
