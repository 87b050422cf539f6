/**
 * Filters the paragraphs Readability kept. It drops link lists, repeated
 * headlines, image credits, lone labels, bylines, share text, the publisher's
 * notices and promotions and a chart's glued text, and cuts a trailing
 * "Related"/"You missed" block. Datelines and quotes are prose and stay.
 */
import { isBoilerplateLabel, labelKey } from './classify.js';
import {
  BIO_OPENING,
  BIO_ROLE,
  BIO_ROLE_WITHIN_CHARS,
  BYLINE_LINE,
  CAPTION_MAX_CHARS,
  CAPTION_PATTERNS,
  CLOSING_ASK_MAX_CHARS,
  CLOSING_ASK_PATTERNS,
  CREDIT_PATTERNS,
  DATE_LINE,
  KICKER_LABEL,
  LONE_DATE,
  POLL_TALLY,
  PROMOTION_PATTERNS,
  PROS_CONS_LABEL,
  REFERENCE_LIST_LABEL,
  ROLE_LINE,
  TAIL_PARAGRAPHS,
  TAIL_PATTERNS,
  MAX_PARAGRAPH_LINK_DENSITY,
  NOTICE_PATTERNS,
  RELATIVE_TIME,
  SHARE_PATTERNS,
  SHORT_PARAGRAPH_CHARS,
} from './constants.js';
import { HEADING_TAGS, type Paragraph } from './paragraphs.js';
import { anyOf } from './patterns.js';

// Each list tested as one (patterns.ts): they are tried on every short paragraph.
const isCreditText = anyOf(CREDIT_PATTERNS);
const isNoticeText = anyOf(NOTICE_PATTERNS);
const isTailText = anyOf(TAIL_PATTERNS);

/** Link density only judges paragraphs at least this long; a lone linked word is often prose. */
const LINK_DENSITY_MIN_CHARS = 20;

/** Prose that cites several links in its sentences: at least this long and this many links... */
const CITING_PROSE_MIN_CHARS = 160;
const CITING_PROSE_MIN_LINKS = 2;
/** ...or, in a shorter sentence, this many links ("The <a>port</a> cited <a>a report</a> by <a>engineers</a>."). */
const CITING_SENTENCE_MIN_CHARS = 60;
const CITING_SENTENCE_MIN_LINKS = 3;
/** ...and not wholly links: some of its words are its own. */
const CITING_PROSE_MAX_LINK_DENSITY = 0.9;
const SENTENCE_END = /[.!?]["”’')\]]?$/;

/**
 * True for a paragraph that is mostly link text: a teaser or a link list. A
 * long paragraph that ends as a sentence and weaves several links between
 * words of its own is prose that cites its sources ("media giants <a>enacted
 * mass layoffs</a> and <a>slashed costs</a>."), not a list; so is a shorter
 * sentence that weaves three links or more.
 */
function isLinkList(p: Paragraph): boolean {
  if (p.text.length < LINK_DENSITY_MIN_CHARS || p.linkChars / p.text.length <= MAX_PARAGRAPH_LINK_DENSITY) return false;
  const citingProse =
    (p.text.length >= CITING_PROSE_MIN_CHARS
      ? (p.links ?? 0) >= CITING_PROSE_MIN_LINKS
      : p.text.length >= CITING_SENTENCE_MIN_CHARS && (p.links ?? 0) >= CITING_SENTENCE_MIN_LINKS) &&
    p.linkChars / p.text.length <= CITING_PROSE_MAX_LINK_DENSITY &&
    SENTENCE_END.test(p.text);
  return !citingProse;
}

function isCredit(p: Paragraph): boolean {
  if (p.text.length < SHORT_PARAGRAPH_CHARS && isCreditText(p.text)) return true;
  return p.text.length <= CAPTION_MAX_CHARS && CAPTION_PATTERNS.some((re) => re.test(p.text));
}

/** Legal lines and affiliate notices can run to a few sentences. */
const NOTICE_MAX_CHARS = SHORT_PARAGRAPH_CHARS * 3;

function isNotice(p: Paragraph): boolean {
  return p.text.length < NOTICE_MAX_CHARS && isNoticeText(p.text);
}

function isPromotion(p: Paragraph): boolean {
  return p.text.length < NOTICE_MAX_CHARS && PROMOTION_PATTERNS.some((re) => re.test(p.text));
}

function isShare(p: Paragraph): boolean {
  return p.text.length < SHORT_PARAGRAPH_CHARS && SHARE_PATTERNS.some((re) => re.test(p.text));
}

const TABLE_CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** A cell's own paragraph of this many words at most is a value or a label ("700 HP", "Fast food"). */
const CELL_VALUE_MAX_WORDS = 3;

/** A sentence of this many words at least reads as prose, not as a value or a label. */
const CELL_SENTENCE_MIN_WORDS = 8;
const readsAsSentence = (text: string) => SENTENCE_END.test(text) && text.split(' ').length >= CELL_SENTENCE_MIN_WORDS;

/**
 * Short text straight in a table cell is data (specs, schedules, standings,
 * price boxes), not prose. A cell that wraps its text in a <p> is data when
 * that text is a value or a label of a few words; a comparison table's
 * sentences ("Owns brand and brand assets") and long paragraphs stay, and so
 * does a sentence in a cell alone in its row: a page laid out with tables.
 */
function isTableData(p: Paragraph): boolean {
  if (TABLE_CELL_TAGS.has(p.tag)) return p.text.length < SHORT_PARAGRAPH_CHARS && !(p.layoutCell === true && readsAsSentence(p.text));
  return p.inCell === true && p.text.split(' ').length <= CELL_VALUE_MAX_WORDS;
}

/** What an <h1> may print around the title: a kicker ("Opinion"), a media tag ("(video)"). */
const HEADLINE_EXTRA_CHARS = 20;

/** The headline as printed on the page, with or without what the title lost. */
function isHeadline(p: Paragraph, titleKey: string): boolean {
  // A paragraph far longer than the title cannot reduce to it: skip building its key.
  if (!titleKey || p.text.length > (titleKey.length + HEADLINE_EXTRA_CHARS) * 3) return false;
  const key = labelKey(p.text);
  return key === titleKey || (key.length <= titleKey.length + HEADLINE_EXTRA_CHARS && key.includes(titleKey));
}

/**
 * A chart drawn in markup prints its labels and values as one run without spaces
 * ("Model A 9,859Model B 10,592Model C 12,049"): a value glued to the next label
 * this many times, and no sentence boundary, is a chart's text, not prose.
 */
const CHART_GLUE = /[\d)%][\p{Lu}][\p{Ll}]/gu;
const CHART_MIN_JOINTS = 3;
const SENTENCE_BOUNDARY = /[.!?]\s/;

function isChartText(p: Paragraph): boolean {
  const joints = p.text.match(CHART_GLUE);
  return joints !== null && joints.length >= CHART_MIN_JOINTS && !SENTENCE_BOUNDARY.test(p.text);
}

/** Why a paragraph is dropped, or null to keep it. */
export function dropReason(p: Paragraph, titleKey: string): string | null {
  if (isHeadline(p, titleKey)) return 'title';
  if (isBoilerplateLabel(p.text) || KICKER_LABEL.test(p.text)) return 'label';
  if (p.text.length < SHORT_PARAGRAPH_CHARS && (BYLINE_LINE.test(p.text) || ROLE_LINE.test(p.text))) return 'byline';
  if (isLinkList(p)) return 'links';
  if (isTableData(p)) return 'table';
  if (isChartText(p)) return 'chart';
  if (isCredit(p)) return 'credit';
  if (isShare(p)) return 'share';
  if (isNotice(p)) return 'notice';
  if (isPromotion(p)) return 'promo';
  if (isPollTally(p)) return 'poll';
  if (p.text.length < SHORT_PARAGRAPH_CHARS && (DATE_LINE.test(p.text) || LONE_DATE.test(p.text) || RELATIVE_TIME.test(p.text))) return 'date';
  // Numbers alone are list markers or table cells, not prose.
  if (!/\p{L}/u.test(p.text)) return 'no-words';
  return null;
}

/** A linked subheading must head prose at least this long, and be a name or a short heading, not a teaser headline. */
const LINKED_HEADING_PROSE_MIN_CHARS = 80;
const LINKED_HEADING_MAX_CHARS = 60;
/** An upper-case label before a colon marks a teaser ("MORE: ...", "WATCH: ..."). */
const TEASER_LABEL = /^[\p{Lu}\d\s'’&-]{2,24}:/u;

/**
 * Keeps a paragraph no rule drops, and a subheading that is all link when the
 * story's prose follows it: list articles link each item's name to the place
 * or product they write about ("<h2><a href=...>Boundary Stone</a></h2>"). A
 * teaser headline in a link list is followed by another link or by nothing;
 * one set between the story's paragraphs reads as a headline (long, or under
 * an upper-case label: "MORE: Stamp prices rise again").
 */
function keeps(p: Paragraph, next: Paragraph | undefined, titleKey: string, host: string): boolean {
  const reason = dropReason(p, titleKey);
  if (reason === null) return true;
  // An off-site list entry stays, unless it is a notice too: a cited source printed as its bare address.
  if (reason === 'links' && p.tag === 'li' && linksOffSite(p, host)) return !isNotice(p);
  if (reason !== 'links' || !HEADING_TAGS.has(p.tag) || p.text.length > LINKED_HEADING_MAX_CHARS || TEASER_LABEL.test(p.text)) return false;
  if (!next || HEADING_TAGS.has(next.tag)) return false;
  return next.text.length >= LINKED_HEADING_PROSE_MIN_CHARS && SENTENCE_END.test(next.text) && dropReason(next, titleKey) === null;
}

/** Same site: one host is the other or under it ("www.cbc.ca", "cbc.ca"; "eu.telegram.com", "telegram.com"). */
function sameSite(a: string, b: string): boolean {
  const x = a.replace(/^www\./, '');
  const y = b.replace(/^www\./, '');
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

/**
 * A list entry whose links all lead off the site: the story's own list of
 * shops, deals, sources or resources, where a list of the site's own
 * headlines, a table of contents or a section menu links within the site.
 */
function linksOffSite(p: Paragraph, host: string): boolean {
  const hosts = p.linkHosts ?? [];
  return host !== '' && hosts.length > 0 && hosts.every((h) => h !== '' && !sameSite(h, host));
}

/**
 * Keeps prose paragraphs; headings stay unless they head boilerplate or end the text.
 * `host`: the page's host name, which tells the site's own links from links off it ('' when unknown).
 */
export function postclean(paragraphs: readonly Paragraph[], title: string, section: string | null = null, host = ''): Paragraph[] {
  const titleKey = labelKey(title);
  const kept = dropOpeningLabels(
    dropTail(
      dropAuthorCard([
        ...cutCitationRun(dropPollQuestions(dropProsCons(cutReferenceList(paragraphs))).filter((p, i, all) => keeps(p, all[i + 1], titleKey, host))),
      ]),
    ),
    section,
  );
  for (;;) {
    const last = kept.at(-1);
    if (!last) break;
    // A heading with nothing after it introduced something we removed.
    if (HEADING_TAGS.has(last.tag) || isClosingAsk(last.text)) kept.pop();
    else break;
  }
  return dedupeAdjacent(kept);
}

/** A section label is a word or two ("Tech", "World News"), no sentence. */
const MAX_SECTION_LABEL_WORDS = 3;
const MAX_SECTION_LABEL_CHARS = 30;

/**
 * Drops the section label that opens the text ("Tech" above the story): the
 * page's own section name, or a short line without a sentence's punctuation
 * or a digit standing before the first prose paragraph, and not a heading of
 * the story. A story that opens on a subheading keeps it (it is a heading tag).
 */
function dropOpeningLabels(paragraphs: Paragraph[], section: string | null): Paragraph[] {
  const sectionKey = section ? labelKey(section) : '';
  let start = 0;
  while (start < paragraphs.length - 1) {
    const p = paragraphs[start]!;
    const words = p.text.split(/\s+/).length;
    const isSection = sectionKey !== '' && labelKey(p.text) === sectionKey;
    const isLabel = !HEADING_TAGS.has(p.tag) && words <= MAX_SECTION_LABEL_WORDS && p.text.length <= MAX_SECTION_LABEL_CHARS && !/[\d.!?:;,"“”]/.test(p.text);
    if (!isSection && !isLabel) break;
    start++;
  }
  return start === 0 ? paragraphs : paragraphs.slice(start);
}

const isPollTally = (p: Paragraph) => p.text.length < SHORT_PARAGRAPH_CHARS && POLL_TALLY.some((re) => re.test(p.text));

/**
 * Drops a poll's question: a short line ending in a question mark with the
 * poll's tallies right under it ("Will you take the ferry?" over "Yes 64%").
 * The tallies go by their own rule (dropReason); the question alone would read as a story line.
 */
function dropPollQuestions(paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  const drop = new Set<number>();
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.text.length < SHORT_PARAGRAPH_CHARS && p.text.endsWith('?') && isPollTally(paragraphs[i + 1]!)) drop.add(i);
  }
  return drop.size === 0 ? paragraphs : paragraphs.filter((_, i) => !drop.has(i));
}

/** Drops a review's pros-and-cons boxes: each label and the short list items that follow it. */
function dropProsCons(paragraphs: readonly Paragraph[]): Paragraph[] {
  const kept: Paragraph[] = [];
  let inBox = false;
  for (const p of paragraphs) {
    if (PROS_CONS_LABEL.test(p.text.replace(/[:.]$/, ''))) {
      inBox = true;
      continue;
    }
    if (inBox && p.tag === 'li' && p.text.length < SHORT_PARAGRAPH_CHARS) continue;
    inBox = false;
    kept.push(p);
  }
  return kept;
}

/** A reference list closes the text only in its second half: earlier, "Sources" heads a section of the story. */
const REFERENCE_LIST_MIN_SHARE = 0.5;

/** Cuts the reference list that closes a story: its heading ("Our Sources", "References") and all after it. */
function cutReferenceList(paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  for (let i = paragraphs.length - 1; i >= paragraphs.length * REFERENCE_LIST_MIN_SHARE; i--) {
    const p = paragraphs[i]!;
    if (p.text.length <= SHORT_PARAGRAPH_CHARS && REFERENCE_LIST_LABEL.test(labelKey(p.text))) return paragraphs.slice(0, i);
  }
  return paragraphs;
}

/**
 * A source citation: a title line that ends on the date it ran or was read,
 * after a comma and without a closing period ("CNN, Fact check: ..., Dec. 15, 2023",
 * "CDC, Thimerosal FAQs, accessed Dec. 18, 2023"). Prose ends as a sentence.
 */
const CITATION_LINE = /,\s*(accessed\s+)?(\p{L}{3,9}\.?\s+\d{1,2}(st|nd|rd|th)?[,.]?\s+)?\d{4}$/iu;
/** A citation names its source, the piece and who was interviewed with their role: longer than a short line. */
const CITATION_MAX_CHARS = SHORT_PARAGRAPH_CHARS * 2;
/** A citation list has at least this many dated entries... */
const CITATION_RUN_MIN = 3;
/** ...among which this many undated entries in a row may stand (a page or a document without a date). */
const CITATION_RUN_MAX_GAP = 2;

/**
 * Cuts the source list that closes a story when its heading is gone (Readability
 * drops a heading dressed as a box header): a run of citation lines to the end
 * of the text, in its second half. Read after the other rules: share buttons and
 * link lists under the list would otherwise stand between the run and the end.
 */
function cutCitationRun(paragraphs: readonly Paragraph[]): readonly Paragraph[] {
  let start = paragraphs.length;
  let dated = 0;
  let gap = 0;
  for (let i = paragraphs.length - 1; i >= paragraphs.length * REFERENCE_LIST_MIN_SHARE; i--) {
    const p = paragraphs[i]!;
    if (p.text.length <= CITATION_MAX_CHARS && !HEADING_TAGS.has(p.tag) && CITATION_LINE.test(p.text)) {
      dated++;
      gap = 0;
      start = i;
    } else if (++gap > CITATION_RUN_MAX_GAP) break;
  }
  return dated >= CITATION_RUN_MIN ? paragraphs.slice(0, start) : paragraphs;
}

/** Drops author bios and contact lines among the last paragraphs; they would be prose anywhere else. */
function dropTail(paragraphs: Paragraph[]): Paragraph[] {
  const start = Math.max(0, paragraphs.length - TAIL_PARAGRAPHS);
  return paragraphs.filter((p, i) => i < start || p.text.length >= NOTICE_MAX_CHARS || !isTailLine(p.text));
}

/** An author card's bio runs to a few sentences; longer, it is the story's own closing paragraph. */
const AUTHOR_CARD_BIO_MAX_CHARS = 1200;
/** The card's name line stands at most this many lines (a role, pronouns) above the bio. */
const AUTHOR_CARD_NAME_LINES_UP = 3;
/** A name line: two to four capitalised words, nothing else. */
const NAME_LINE = /^(\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+$/u;

/**
 * Drops the author card that closes a story: the author's name on a line of
 * its own, perhaps a role line ("Contributing Food Columnist"), then a bio
 * that opens on that same name and states a newsroom role ("Ann Lee (she/her)
 * is the paper's food columnist ..."). The bio may be long; the name line
 * above it, repeated as the bio's first words, marks it as a card.
 */
function dropAuthorCard(paragraphs: Paragraph[]): Paragraph[] {
  const last = paragraphs.at(-1);
  if (!last || last.text.length > AUTHOR_CARD_BIO_MAX_CHARS || !isTailLine(last.text.slice(0, BIO_ROLE_WITHIN_CHARS * 2))) return paragraphs;
  for (let i = paragraphs.length - 2; i >= Math.max(0, paragraphs.length - 1 - AUTHOR_CARD_NAME_LINES_UP); i--) {
    const name = paragraphs[i]!.text;
    if (NAME_LINE.test(name) && last.text.startsWith(name)) return paragraphs.slice(0, i);
  }
  return paragraphs;
}

function isClosingAsk(text: string): boolean {
  return text.length < CLOSING_ASK_MAX_CHARS && CLOSING_ASK_PATTERNS.some((re) => re.test(text));
}

function isTailLine(text: string): boolean {
  if (isTailText(text)) return true;
  const opening = BIO_OPENING.exec(text);
  return opening !== null && BIO_ROLE.test(text.slice(0, opening[0].length + BIO_ROLE_WITHIN_CHARS));
}

/** Drops a paragraph equal to the one just before it (templates that print a dek twice). */
function dedupeAdjacent(paragraphs: readonly Paragraph[]): Paragraph[] {
  return paragraphs.filter((p, i) => i === 0 || paragraphs[i - 1]?.text !== p.text);
}

/** The clean text: paragraphs joined by one blank line. */
export function joinParagraphs(paragraphs: readonly Paragraph[]): string {
  return paragraphs.map((p) => p.text).join('\n\n');
}
