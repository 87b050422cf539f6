/**
 * English verbs of reporting that a news corpus of one beat holds too rarely to learn (the political train split
 * knows "criticized" but not "chastised", "argued" but not "contended", "noted" but not "observed"), each with the
 * learned verb it reports like. Every regular form of both is paired ("chastises" ← "criticizes", "chastising" ←
 * "criticizing"), so a new word borrows the weights of the sibling's form in the same tense (attribution-borrowed.ts);
 * a pair whose sibling form the model lacks is skipped there, and a word the model learned keeps its own weights.
 *
 * Written from the usual lists of reporting verbs (verbs of saying, manner of speaking, judging, urging, believing),
 * not from the corpus. Left out: verbs whose everyday sense in other beats is no report ("hailed from Ohio", "was
 * pronounced dead", "storms lashed the coast", "the court quashed his conviction", "snapped a losing streak").
 */

/**
 * "new sibling" pairs of bare forms; "+" after a word doubles its last consonant before -ed and -ing ("brag+":
 * "bragged", "bragging"); "~" marks a word that is also a noun or an adjective ("a brief", "the text", "an intimate
 * friend"): only its -ed form is paired, the one form no noun takes.
 */
const REPORTING_VERB_PAIRS_EN = `
chastise criticize|berate criticize|scold~ criticize|rebuke criticize|castigate criticize|excoriate criticize|
pillory criticize|upbraid criticize|chide criticize|admonish criticize|reprimand criticize|grill~ criticize|
lampoon~ criticize|deride criticize|disparage criticize|fault~ blame|
implore urge|beg+ urge|beseech urge|exhort urge|entreat urge|plead~ urge|
retort reply|rejoin reply|counter~ reply|
fume~ complain|grouse complain|grumble complain|whine complain|gripe~ complain|lament~ complain|protest~ complain|object~ complain|
mutter shout|exclaim shout|whisper~ shout|holler shout|scream~ shout|
muse~ joke|scoff joke|sneer joke|wisecrack~ joke|
brag+ boast|gloat boast|deplore decry|
laud praise|commend praise|extol+ praise|
confess admit|divulge disclose|restate reiterate|reaffirm reiterate|affirm assert|aver+ assert|
contend argue|reason~ argue|rebut+ reject|refute reject|contradict dispute|disagree dispute|doubt~ question|
speculate suggest|theorize suggest|hypothesize suggest|surmise suggest|hint~ suggest|intimate~ suggest|
observe note|clarify explain|elaborate~ explain|characterize describe|term~ describe|brand~ describe|
pledge~ vow|inquire ask|query~ ask|proclaim declare|notify inform|brief~ inform|reassure assure|
blog+~ tweet|text~ tweet|concur+ agree|infer+ conclude|deduce conclude|recount recall|reminisce recall|
forewarn warn|caution~ warn|flag+~ warn|
characterise describe|summarize describe|summarise describe|theorise suggest|hypothesise suggest|
moan~ complain|rant~ complain|rue lament|ridicule~ mock|taunt~ mock|jeer~ mock|snipe~ criticize|
gush praise|rave~ praise|enthuse praise|marvel praise|congratulate thank|
presume believe|anticipate expect|envisage predict|envision predict|calculate estimate|
ponder wonder|mull~ wonder|attest testify|paraphrase~ quote|
skewer~ attack|allude refer|trumpet~ tout|
`;

/** Index of the -ed form in regularForms. */
const PAST = 2;

const doubled = (w: string): string => `${w}${w.charAt(w.length - 1)}`;

/** The bare form, -s, -ed and -ing forms of a regular verb written as in REPORTING_VERB_PAIRS_EN. */
export function regularForms(spec: string): [string, string, string, string] {
  const double = spec.includes('+');
  const base = spec.replace(/[+~]/g, '');
  const consonantY = /[^aeiou]y$/.test(base);
  const s = /(?:s|sh|ch|x|z)$/.test(base) ? `${base}es` : consonantY ? `${base.slice(0, -1)}ies` : `${base}s`;
  const stem = double ? doubled(base) : base;
  const ed = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${stem}ed`;
  const ing = base.endsWith('e') && !base.endsWith('ee') ? `${base.slice(0, -1)}ing` : `${stem}ing`;
  return [base, s, ed, ing];
}

/** Each form of each new verb → the same form of its learned sibling. */
export function reportingVerbSiblings(pairs: string = REPORTING_VERB_PAIRS_EN): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of pairs.split('|')) {
    const [word, sibling] = pair.trim().split(/\s+/);
    if (!word || !sibling) continue;
    const forms = regularForms(word);
    const siblingForms = regularForms(sibling);
    forms.forEach((f, k) => {
      if (word.endsWith('~') && k !== PAST) return;
      out[f] = siblingForms[k] as string;
    });
  }
  return out;
}
