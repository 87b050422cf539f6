/**
 * English function words and reporting verbs: they carry no topic, so they are
 * left out of story vectors and never count as named entities when capitalised
 * at a sentence start.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each even ever few for from further had has have having he her here hers herself him ' +
    'himself his how however i if in into is it its itself just last least less like made make many may me might more most much ' +
    'must my myself new no nor not now of off on once one only or other others our ours ourselves out over own per said same say ' +
    'says she should since so some still such than that the their theirs them themselves then there these they this those through ' +
    'to too two under until up upon us very via was we were what when where whether which while who whom whose why will with ' +
    'within without would yet you your yours yourself according across already although among another around away back became ' +
    'become became told tells week year years day days time times way well according amid three four five six seven eight nine ten ' +
    'mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow read more'
  ).split(/\s+/),
);
