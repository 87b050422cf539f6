/**
 * Every threshold and word list of the extract stage, in one place. Changing a
 * value here changes extraction output: bump EXTRACTOR_VERSION with it.
 */

/** Identifies the extractor's behaviour in stored results; bump on any output change. */
export const EXTRACTOR_VERSION = 'wirewatch-extract/1.11.0';

/** Below this many characters of body text an article is flagged `thin`. */
export const THIN_TEXT_CHARS = 300;

/** A fallback is tried when the main path yields less text than this. */
export const MIN_GOOD_TEXT_CHARS = 500;

/** JSON-LD articleBody replaces the extracted text when it is this many times longer. */
export const JSONLD_PREFERRED_RATIO = 1.6;

/** Elements holding more than this share of the page's paragraph text are never removed by class. */
export const PROTECT_TEXT_SHARE = 0.4;

/** A paragraph of at least this many characters counts towards paragraph text. */
export const MIN_PARAGRAPH_CHARS = 40;

/** Label matching climbs to an ancestor only when its text beyond the label and links is at most this. */
export const LABEL_BLOCK_EXTRA_CHARS = 60;

/** Post-clean: paragraphs with more than this share of link text are dropped. */
export const MAX_PARAGRAPH_LINK_DENSITY = 0.5;

/** Post-clean: credit / share / label rules apply only to paragraphs shorter than this. */
export const SHORT_PARAGRAPH_CHARS = 160;

/** Section-front detection: links on the page, and paragraph text below which a page is a front. */
export const FRONT_MIN_LINKS = 60;
export const FRONT_MAX_TEXT_CHARS = 1200;
/** Teaser lines are short: a front's paragraphs average below this. */
export const FRONT_MAX_MEAN_PARAGRAPH_CHARS = 100;
/** Many teaser cards (article elements) mark a listing page. */
export const FRONT_MIN_CARDS = 6;

/** Story feeds (feed.ts): a sibling <article> counts as a story with this much paragraph text. */
export const FEED_MIN_STORY_CHARS = 400;

/**
 * Hydration JSON (hydration.ts) is read only when the text found is shorter than this, and matched
 * on this many opening characters of its first paragraph.
 */
export const HYDRATION_MAX_TEXT_CHARS = 1500;
export const HYDRATION_SNIPPET_CHARS = 60;

/** A dek (dek.ts) is taken only within these lengths: shorter is a label, longer a paragraph of its own. */
export const DEK_MIN_CHARS = 30;
export const DEK_MAX_CHARS = 400;

/** Paywall markers only flag when the text is shorter than this (metered pages carry them too). */
export const PAYWALL_MAX_TEXT_CHARS = 1500;

/** Tags removed outright before Readability: scripts, chrome and widgets. */
export const DROP_TAGS = [
  'script',
  'style',
  'noscript',
  'iframe',
  'form',
  'nav',
  'aside',
  'footer',
  'svg',
  'button',
  'select',
  'input',
  'textarea',
  'template',
  'object',
  'embed',
  'canvas',
  'dialog',
  'figcaption',
  'link',
  'meta',
] as const;

/**
 * Class/id word parts that mark boilerplate. Matched against the parts of each
 * class or id token split on '-', '_' and camelCase, never as substrings, so
 * 'shadow' is not 'ad' and 'sharp' is not 'share'.
 */
export const BOILERPLATE_WORDS: ReadonlySet<string> = new Set([
  'related',
  'share',
  'sharing',
  'sharebar',
  'social',
  'newsletter',
  'newsletters',
  'comment',
  'comments',
  // An old blog theme's comment list ("commentlist").
  'commentlist',
  'disqus',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'promo',
  'promotion',
  'advert',
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'adslot',
  'adunit',
  'dfp',
  'gpt',
  'sponsored',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'recommended',
  'recommendations',
  'trending',
  'popular',
  'mostread',
  'outbrain',
  'taboola',
  // Other recommendation networks' widgets, as 'outbrain' and 'taboola'.
  'zergnet',
  'revcontent',
  'mgid',
  'nativo',
  'subscribe',
  'login',
  'signin',
  'signup',
  'caption',
  'credit',
  'credits',
  'byline',
  'author',
  'tags',
  'tagcloud',
  'masthead',
  'topbar',
  'toolbar',
  'pagination',
  'pager',
  'modal',
  'popup',
  'overlay',
  // Boxes that open over the page or beside a control, and a paywall's sales pitch.
  'lightbox',
  'tooltip',
  'flyout',
  'toast',
  'upsell',
  'banner',
  'skip',
  'readmore',
  'nextpost',
  'prevpost',
  'navigation',
  'menu',
  'footer',
  'tweet',
  'instagram',
  'tiktok',
  // Facebook's embed markup ("fb-xfbml-parse-ignore" around the post's text).
  'xfbml',
  // Teaser rails, author bios, donation asks, disclosures and calls to action: on the dev set
  // the elements carrying these words hold almost no article text.
  'teasers',
  'recirc',
  'recirculation',
  'bio',
  'donate',
  'donation',
  'disclosure',
  'affiliate',
  'cta',
  'rating',
  'correction',
  'support',
  // An embedded photo gallery brings its own headline and blurb.
  'photogallery',
  // A photo carousel's slides: images with their captions, each set as a heading.
  'carousel',
  // A box set beside the story: product cards with their prices, a takeaways panel, a subscribe box.
  'callout',
  // A pull quote prints again a line the story already has.
  'pullquote',
]);

/**
 * Class/id word parts that mark boilerplate only around no prose: publishers also wrap the
 * story's own paragraphs in a "widget" (a deal box's editorial blurb, a buyer's guide verdict).
 */
export const WEAK_BOILERPLATE_WORDS: ReadonlySet<string> = new Set(['widget', 'widgets']);

/** Pairs of adjacent word parts that mark boilerplate together ('most-read', 'read-more'). */
export const BOILERPLATE_PAIRS: ReadonlySet<string> = new Set([
  'most read',
  'most popular',
  'most viewed',
  'read more',
  'read also',
  'also read',
  'see also',
  'you missed',
  'more stories',
  'more news',
  'post meta',
  'entry meta',
  'article meta',
  'post nav',
  'print only',
  'sr only',
  'visually hidden',
  'screen reader',
  'ad container',
  'inline ad',
  // Embedded posts of social networks: "fb-post", "reddit-card", "bluesky-embed".
  'fb post',
  'fb video',
  'twitter timeline',
  'reddit card',
  'reddit embed',
  'bluesky embed',
  'mastodon embed',
  'pull quote',
]);

/**
 * The heading of a story's reference list. The list under it is citations, not
 * prose, though each entry reads like a sentence; postclean cuts it when it closes the text.
 */
export const REFERENCE_LIST_LABEL =
  /^(footnotes|endnotes|references|sources|our sources|sources cited|works cited|bibliography|literatur|quellen|références|referencias|fuentes)$/;

/**
 * Whole-text labels that head a boilerplate block (lower-cased, whitespace
 * normalised, trailing punctuation removed). English, German, French, Spanish.
 */
export const BOILERPLATE_LABELS: readonly RegExp[] = [
  /^(related|recommended|popular|trending|latest|more|top|similar)( posts| articles| stories| news| content| reading| videos?| coverage| links| topics)?$/,
  /^((photo|video|image|production) )?credits$/,
  /^(you (may|might) (also )?(like|enjoy|be interested in)|you missed|don'?t miss|more from .{1,40}|more in .{1,40}|more on this story)$/,
  /^(read more|read also|also read|see also|read next|up next|watch next|further reading|keep reading|continue reading|see|watch|listen|also)$/,
  /^(must watch|must read|next read this)$/,
  /^(more on this (topic|subject)|more from this (author|writer|reporter)|about the (author|writer|reporter)|paid (content|post)|partner content)$/,
  /^(others are reading now|most read|most popular|most viewed|editor'?s picks|what to read next|in case you missed it)$/,
  // The same rails named for their section or source: "Most read in Celebrity", "Latest from the Magazine", "Other news".
  /^((most (read|popular|viewed)|latest|top stories) (in|from) .{1,40}|other (news|stories)|breaking news)$/,
  // What an image embed leaves when the picture is gone: a lone "Image" line. ("Video" and "Audio" also head a review's sections.)
  /^(image|photo)$/,
  /^(more .{0,20}(reads|stories|news|articles|videos) from .{1,30})$/,
  /^(more for you|recommended for you|editors' recommendations|top reads .{1,30}|best of .{1,20}|trending now|popular now|tagged in)$/,
  /^(advertisement|advertisements|advertising|sponsored|sponsored content|ad|ads|anzeige|publicité|publicidad)( · scroll to continue)?$/,
  /^advertisement · scroll to continue$/,
  /^(ads by .{1,30}|promoted by .{1,30}|sponsored by .{1,30}|recommended by .{1,30})$/,
  /^(share|share this|share this article|share this story|share on .{1,20}|follow us|follow us on .{1,30}|comments?|leave a (reply|comment)|\d+ comments?)$/,
  /^(sign up for .{1,60}|subscribe to .{1,60}|get our .{1,40} newsletter|newsletter)$/,
  REFERENCE_LIST_LABEL,
  // A table of contents: the label and its anchor links ("Contents", "In This Guide", "Jump to").
  /^(contents|table of contents|in this (guide|article|story|post|review)|on this page|jump to( section)?|skip to( section)?)$/,
  /^(weitere artikel|mehr zum thema|das könnte sie auch interessieren|lesen sie auch|auch interessant)$/,
  /^(à lire aussi|a lire aussi|lire aussi|sur le même sujet|les plus lus)$/,
  /^(te puede interesar|lee también|noticias relacionadas|más noticias|lo más leído)$/,
];

/** Short paragraphs that are image credits or captions rather than prose. */
export const CREDIT_PATTERNS: readonly RegExp[] = [
  /via wikimedia commons/i,
  // Where a picture or a chart comes from: "Source: Bureau of Labor Statistics".
  /^(image |photo |chart |data )?source:\s/i,
  /^(photo|image|picture|credit|foto|bild|crédit photo|illustration)s?\s*(:|by\b)/i,
  /\((photo|image|credit)s?:?[^)]*\)\s*$/i,
  /\b(getty images|afp via getty|reuters\/|ap photo|shutterstock|istock|epa-efe)\b/i,
  /^(public domain|cc by(-sa)? [\d.]+)/i,
  /\bcredits?: [^.]{1,60}\.?$/i,
  // "[Image via MEGA/WENN]", "Immagine di Freepik", "Foto de EFE".
  /^\[?(image|photo|picture|pic)s? via\b/i,
  // A picture taken from a social account, credited as platform and account: "Instagram/Ann Lee", "X/@annlee".
  /^(instagram|twitter|x|tiktok|facebook|youtube|threads)\s?\/\s?@?[\p{L}\d_.'’-]+( [\p{L}\d_.'’-]+){0,3}$/iu,
  /^(immagine|immagini|foto|imagen|imagem) (di|de|da)\b/i,
  // A writer's signature under their part of a shared piece: "Ann Lee, staff writer", "Tom Rowe, senior editor".
  /^(\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+, ([\p{L}.&]+ ){0,3}(writer|editor|reporter|correspondent|columnist|critic|contributor)$/u,
  // Shoot credits: "Hair: Danielle Bradley with Glamsquad", "Senior Fashion Editor: Tchesmeni Leonard".
  /^([\p{L}&,'’-]+ ){0,4}(stylist|photographer|hair|makeup|make-up|manicurist|nails|retouching|videographer|colorist|gaffer|producer|engineer|director|editor|assistant|artist|illustration|illustrator|photography)s?:\s*\p{L}[\p{L}.'’ -]{1,40}( (with|at|for) [\p{L}.'’ &-]{1,30})?$/iu,
];

/**
 * Photo captions, which run to a few sentences (up to CAPTION_MAX_CHARS): the
 * agency credit that closes one ("... in Olympia, Wash. (AP Photo/Ted S. Warren)"),
 * the photographer and outlet that open one ("Ann Lee / The Daily World Jade Black
 * poses ..."). Prose credits its sources in sentences.
 */
export const CAPTION_MAX_CHARS = 600;
export const CAPTION_PATTERNS: readonly RegExp[] = [
  /\((ap|afp|reuters|getty images|getty|epa|file|ap photo|shutterstock)( photo)?[^)]{0,40}\)\s*$/i,
  // The credit that opens a caption in capitals: "SUBMITTED PHOTO Ann Lee stands ...", "FILE PHOTO: The ferry ...".
  /^(SUBMITTED|CONTRIBUTED|FILE|STAFF|COURTESY) (PHOTO|IMAGE)S?\b/u,
  /^(\p{Lu}[\p{L}.'’-]+ ){1,3}\/ (the )?\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3} \p{Lu}/u,
  // A photographer's credit closing a caption: "... before she poses. (Jane Doe / The Daily World)".
  /\((photo( by|:)\s*)?(\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*\s?\/\s?[^()]{2,40}\)\s*$/u,
];

/** Paragraphs (of any length below SHORT_PARAGRAPH_CHARS × 3) that are legal or affiliate notices. */
export const NOTICE_PATTERNS: readonly RegExp[] = [
  /^(©|\(c\)\s|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  /^citation: .{0,300}retrieved\b/i,
  /^this document is subject to copyright/i,
  /\b(affiliate (partnerships|links|commission)|we (may )?(receive|earn) (a )?(small )?(compensation|commission))\b/i,
  /^(this newsletter may contain|subscribing to a newsletter indicates)/i,
  // A newsletter printed as a web page says so above and below the story.
  /^you['’]re reading the .{1,60} newsletter\b/i,
  /^(our journalism needs your support|support (our|independent) journalism)/i,
  // Notes on how an interview or quoted reviews were edited: "This interview has been edited for length and clarity."
  /\bedited (for|and condensed for) (length|clarity|brevity|space)\b/i,
  // A review copy's provenance: "A copy of the game was provided by the publisher for review."
  // A review box's rating and certificate lines: "THE FERRY ★★★½", "(PG) 110 minutes".
  /^[^.!?]{0,80}[★☆✩✭]{2,}½?$/u,
  /^\((G|PG|PG-13|R|M|MA ?15\+?|NC-17|U|12A?|15|18)\) \d{2,3} ?(minutes|mins?)\.?$/i,
  // A review's test rig: "Reviewed on Windows 10, Ryzen 7 3700X, RTX 3080, 32GB RAM".
  /^reviewed (on|with|using) [^.!?]{3,120}$/i,
  /^(an? |the )?(review )?(copy|code|key|unit|sample|loaner)( of .{1,80})? (was|were) (provided|supplied|sent|lent|loaned|independently sourced|purchased)\b.{0,80}\breview/i,
  /^your subscription has been (successful|confirmed|received)\b/i,
  // A book excerpt's permission line: "Reprinted by permission of William Morrow, an imprint of HarperCollins".
  /\b(reprinted|excerpted|adapted) (by|with) (the )?(kind )?permission\b/i,
  // Provenance notes about the piece rather than its story: "This article originally appeared on ...".
  /^(editor['’]?s note\b|this (story|article|piece|post|interview)( was| has been| is)? (originally|first) (appeared|published|ran|posted)\b)/i,
  // Corrections and clarifications of the piece: "Correction: Dec. 20, 2023: ...", "Clarification, 2 January 2024, 12:45 p.m.: ...",
  // "An earlier version of this story misstated ...", "Updated to add comments from ...".
  /^(correction|clarification)s?\s*(:|,\s*\d|\(|[-–—]\s)/i,
  /^(an? )?(earlier|previous|prior) ver\p{L}* of this (article|story|post|report|piece)\b/iu,
  /^(this (article|story|post|report|piece) (has been|was) (updated|corrected) to\b|updated to (add|include|reflect|correct|clarify)\b)/i,
  // Reference lines that science-news sites print under a story.
  /^(more information|journal information|further information)\s*:/i,
  // Credit lines for reporting and editing help: "... contributed to this report.", "Associated Press
  // researcher Ann Lee in New York contributed.", "With reporting by ...".
  /\bcontributed( reporting)? to this (report|story|article)\.?$/i,
  /^[^.!?]{5,140}\bcontributed( reporting)?\.$/i,
  /^(with |additional )?reporting by\b/i,
  // A wire story's trailer: "(Reporting by Ann Lee; Editing by Tom Rowe)", "Our Standards: The Thomson Reuters Trust Principles."
  /^\(?(additional )?(reporting|writing) by\b.{0,200}\bediting by\b/i,
  /^our standards:/i,
  // How to reach the reporter or the desk.
  /^(contact|email|reach) (the )?(reporter|writer|author|\p{Lu}[\p{L}.'’-]+)\b.{0,80}(@|\bat\b)/iu,
  /^follow (the )?\p{Lu}[\p{L}.'’-]+( [\p{L}.'’-]+){0,5} on (twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)\b/iu,
  /^(got|have) a (news |story )?tip\b/i,
  /^\*?(some )?(names|details)( and (names|details))? (have|has) been changed/i,
  /^this (story|article|piece) (is|was) (from|in) (the|our) .{0,40}\bissue\b/i,
  /^a version of this (story|article|piece) appear(s|ed) in print\b/i,
  // Editorial-process notes: "This article has been reviewed according to Science X's editorial process…".
  /^this (story|article|piece|content) (has been|was) (reviewed|fact[- ]checked|medically reviewed)\b.{0,80}\b(process|policies|standards|guidelines)\b/i,
  // Where the figures of a piece come from, as a note beside it: "The data used to compile this article was
  // sourced from ...", "(Performance data sourced from Ford)", "*Data in this piece reflects estimates ...".
  /\b(data|figures|information|statistics) (used (to compile|in|for) this (article|story|piece|list)|in this (article|story|piece) (reflects?|comes?|is drawn))\b/i,
  /^[(*]?(performance |price |all )?(data|figures|specs|specifications) (sourced|taken|provided|compiled) (from|by)\b/i,
  // A link printed as its bare address: a source the page cites, never a sentence ("www.example.com/news/story-123").
  /^(https?:\/\/\S+|www\.[\w-]+(\.[\w-]+)+(\/\S*)?|[\w-]+(\.[\w-]+)+\/\S+)$/i,
  // Hints of the page's widgets ("Swipe to scroll horizontally" over a wide table).
  /^(swipe|scroll) to (scroll|see more|view)( horizontally| more)?\.?$/i,
  // Pointers to the piece's audio or video ("Listen to the podcast:", "WATCH | Official trailer").
  /^(watch|listen)( to)?\b.{0,80}:$/i,
  /^watch this:/i,
  /^(watch|listen) (now|\|)/i,
  /^(also )?available on (apple podcasts|spotify|google podcasts)\b/i,
  /^(listen|subscribe|follow)( to [^.!?]{1,60})? on (apple podcasts|spotify|google podcasts|your favou?rite podcast (app|player))\b/i,
  // Widget error text and pointers to a section front.
  /\b(this (feature|content|video) is (currently )?unavailable|please try again later)\b/i,
  /^for more .{0,80}\b(coverage|news|stories),? (visit|go to|click|head)\b/i,
  // Syndication and comment-thread notes: "Read the original article on Parents.", "Cross-posted from the Boston Globe.".
  /^read the original (article|story|post) (on|at)\b/i,
  /^(cross-?posted|reposted|republished|reprinted) (from|with permission)\b/i,
  /^comments (are|have been) (closed|disabled)\.?$/i,
  // Reference lists: numbered footnotes and paper citations ("Zhizhi Sheng et al, ... Science (2023)").
  /^\[\d{1,3}\]\s/,
  /^(\p{Lu}[\p{L}.'’-]*\.?\s){1,4}et al\b/u,
  /^your subscription could not be saved\b/i,
  // A teaser line that points to another story: "Read More: LA Leads a New Fight ...", "Lesen Sie auch: ...".
  /^(read more|read also|also read|see also|read next|related( story| article)?|lesen sie auch|mehr zum thema|à lire aussi|lire aussi|lee también|te puede interesar)\s*:\s*\S.{0,140}$/i,
  // A tag list under the story: "Tags: ferries, islands", "Read related topics:Amazon", "Filed under: Transport".
  /^(read )?(related )?(topics?|tags?|tagged( in| with)?|filed under|categories|category)\s*:\s*[^\s.!?][^.!?]{0,200}$/i,
  // A collection's teaser: "Read more reviews in our collection of films released this summer. See all 5 stories."
  /\bsee all \d+ (stories|articles|reviews|posts|items)\.?$/i,
  // Shopping disclosures in their other wordings: "GameSpot may get a share of the revenue", "we may make money when you click".
  /\b(may|might|could) (get|earn|receive|make) (a share of (the )?revenue|an affiliate (fee|commission)|money when you click)\b/i,
  /\bindependently (chosen|selected) by our editors\b/i,
  // Source line of a wire-assisted story: "Contributing: Associated Press; ...".
  /^contributing:\s/i,
  // A player's fallback text and pointers to more information elsewhere ("For more information: https://nasa.gov/scan").
  /\bplease enable javascript\b/i,
  // A paywall's and a sign-in box's lines: "This article is for subscribers only.", "Already a subscriber? Log in",
  // "You've read 3 of 5 free articles this month.", "Create a free account to continue reading".
  /^this (article|story|content|piece) is (only )?(for|available to|exclusive to|reserved for) (paying )?(subscribers|members|premium)\b/i,
  /^already (a subscriber|a member|have an account|registered)\?/i,
  /^(create|register for) a (free )?account to (continue|keep) reading\b/i,
  /^you( have|['’]ve) (read|reached|used) (\d+|all|your)\b.{0,40}\b(free (articles?|stories)|limit)\b/i,
  // A sign-up form's and a comment form's lines: "Thanks for signing up!", "By signing up, you agree to our Terms ...",
  // "Your email address will not be published.", "Save my name, email, and website in this browser ...".
  /^(thanks|thank you) for (signing up|subscribing|registering)\b/i,
  /^by (signing up|subscribing|clicking|submitting|registering|entering your email)\b.{0,80}\b(agree|accept|consent|acknowledge)\b/i,
  /\bprotected by recaptcha\b/i,
  /^(please )?(enter|provide) (your|a valid) e-?mail( address)?\.?$|^invalid e-?mail( address)?\.?$/i,
  /^your e-?mail address will not be published\b|^save my name, e-?mail,? and website\b|^required fields are marked\b/i,
  // The cookie banner's lines, and the wire's redistribution notice under a story.
  /^we use cookies( and similar technologies)? (to|on|for|so)\b|^accept (all )?cookies$|^our privacy policy has (been updated|changed)\b/i,
  /^this material may not be published, broadcast, rewritten,? or redistributed\b/i,
  // The text a social embed leaves: "View this post on Instagram", "A post shared by Ann Lee (@annlee)".
  /^view (this|more) (post|photo|video|reel|profile)s? on (instagram|facebook|tiktok|x|twitter|threads)$/i,
  /^a (post|photo|video|reel) shared by\b[^.!?]{0,80}$/i,
  // A category line under a post: "Posted in News, Transport".
  /^(posted|filed) in\s+[^.!?]{1,60}$/i,
  // A player's advice about the reader's browser: "Please use Chrome browser for a more accessible video player".
  /\b(your browser does not support (the )?(video|audio|html5|iframes?)|please use (the )?(chrome|firefox|safari|edge|a (modern|different|supported|newer)) browser)\b/i,
  /^for more information\b.{0,120}\b(visit|at|:)\s*(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?\.?$/i,
  // Production credits of a podcast or video piece: "This episode was produced by X, edited by Y".
  /^(this|the) (episode|segment|podcast|video|interview) (was )?(produced|edited|reported|mixed) by\b/i,
  /^(the )?(interview|episode|segment) with .{1,60} (was )?produced by\b/i,
  /\blisten and subscribe wherever you get your podcasts\b/i,
  // Pointers to the page's gallery: "Scroll through the gallery below to see photos of ...".
  /^(scroll|click|swipe|flip)( down| through| below)? .{0,60}\b(gallery|photos|pictures|slideshow|images)\b/i,
  // Advice columns' and finance pages' disclaimers.
  /\bfor (general )?informational purposes only\b|\bdoes not constitute (medical|legal|financial|investment|tax) advice\b/i, // A shoot's credits run together on one line: "Styling: Ann Lee. Grooming: Tom Rowe/Agency. Production: Studio Co."
  /^((prop |set |fashion |hair |makeup )?(styling|stylist|grooming|hair|makeup|make-up|nails|manicure|photography|photographs?|photos?|production|producer|set design|tailoring|casting|creative direction|art direction|video)( (by|assistance|assistant|director|design))?: [^.:]{2,60}\.\s*){2,}$/i,
];

/**
 * The publisher's promotions set among or under the story (any position, below
 * SHORT_PARAGRAPH_CHARS × 3): event invitations, sponsorship and subscription
 * offers, free guides and trials, newsletters "delivered every Thursday", asks
 * to send the desk a photo or a problem, pointers to the publisher's streaming
 * service, and the site's blurb about itself. Each names an offer to the reader
 * in words a story uses only when quoting an advertisement.
 */
export const PROMOTION_PATTERNS: readonly RegExp[] = [
  /\brequest an invit(e|ation)\b/i,
  /\bconsider becoming a sponsor\b|^become a sponsor\b/i,
  /^special offer\b/i,
  /\b(start|begin|claim|activate) your (free )?(\d+[- ]day )?(free )?trial\b/i,
  /\bdelivered (straight )?(to your inbox|every (day|morning|evening|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/i,
  /\bemail us at\b/i,
  /\bbrought to you by our\b/i,
  // "Get CNBC's free guide to ...", "Get our free report": the publisher's own free offer, not "Get free shipping".
  /^get ((\p{Lu}[\p{L}.&-]* ){0,2}\p{Lu}[\p{L}.&-]*['’]s |our )free\b/iu,
  // "To learn more about the case, stream the documentary on Fox Nation."
  /^to (learn|find out|see|hear) more\b.{0,120}\b(stream|subscribe)\b/i,
  // "Do you want to submit a photo? Reach out.", "If you would like advice, send your problem to ask@paper.com."
  /\b(if you|do you|would you|you can|want to)\b.{0,100}\b(send|submit|share|email)\b.{0,100}(@[\w-]+\.\w|\breach out\b|\bget in touch\b)/i,
  // A short line that only points at its link: "Wrap up the year with HT! Click here".
  /^.{0,120}\bclick here[.!]?$/i,
  // A shopping teaser set between paragraphs: "Skip the salon and shop this at-home treatment instead!"
  /\bshop (this|these|the look|them now)\b.{0,60}!$/i,
  // The publisher's ask to use its app ("Enjoy more audio and podcasts on iOS or Android"), app badges gone.
  /^enjoy more (audio|podcasts|stories|videos|news)\b/i,
];
/** Lines that end a story with its author's bio or contact, checked in the last TAIL_PARAGRAPHS only. */
export const TAIL_PARAGRAPHS = 4;
export const TAIL_PATTERNS: readonly RegExp[] = [
  /^([A-Z][\p{L}.'’-]+ ){1,3}writes about\b/u,
  // The same tagline whose name was a link the cleaning took: "writes about national security and ...".
  /^(writes|reports) (about|on)\b/,
  // A plug for the author's book under a review or an essay: "Ann Lee's most recent book, The Tide, is published by ...".
  /^(\p{Lu}[\p{L}.'’-]+ ){0,3}\p{Lu}[\p{L}.-]+['’]s (most recent|latest|new|newest|debut|forthcoming) (book|novel|memoir|album|collection)\b/u,
  /^[*•\s]*(follow|reach) [A-Z][\p{L}.'’-]+( [A-Z][\p{L}.'’-]+)* (on|at) (twitter|x|facebook|instagram|threads|bluesky|snapchat|tiktok|youtube|linkedin)\b/iu,
  // The wire service signing off a story: "—Field Level Media", "-- Reuters".
  /^[—–-]{1,2}\s*(\p{Lu}[\p{L}.'’&-]*\s?){1,4}$/u,
  /^comments on this (piece|article|story)\b/i,
  // How to reach the reporter, with the address: "—Contact Jennifer Toland at jt@...", "X can be reached at x@...".
  /^[—–•*\s-]*(you can )?(contact|e-?mail|write to|reach)\b.{0,120}@[\w-]+\.\w/i,
  /\b(can|may) be reached (at|by e-?mail)\b.{0,80}@[\w-]+\.\w/i,
  // A publisher's mission statement printed under every story: "VentureBeat's mission is to be ...".
  /^(our|(the )?([\p{L}.&-]+ ){0,3}[\p{L}.&-]+['’]s) (primary )?(journalistic |editorial )?mission is\b/iu,
  /^for more information\b.{0,120}\bcontact\b.{0,80}@[\w-]+\.\w/i,
  // Wire-story credit lines: "Russo reported from New York.", "Smith and Lee contributed from Paris."
  /^(\p{Lu}[\p{L}.'’-]+,? (and )?){1,4}(reported|contributed)( reporting)? from\b.{0,60}$/u,
  // An op-ed writer's tagline, set off by a bullet or a dash: "• Ann Lee, a former port official, is president of ...".
  /^[•—–*]\s*(\p{Lu}[\p{L}.'’-]+ ){0,3}\p{Lu}[\p{L}.'’-]+( \([^)]{1,20}\))?(,[^,]{3,120},)? (is|was|has been|writes|teaches|serves)\b/u,
  // Who signs an unsigned editorial: "The Harbour Gazette Editorial Board consists of ...".
  /\beditorial board (consists|is composed|is made up) of\b/i,
];

/**
 * Sign-up asks that close a story: "Want more movie news? Sign up for ... newsletter", "Get all the
 * latest news ... direct to your inbox". Checked on the last paragraphs only, back to the first that
 * is not one, and only below CLOSING_ASK_MAX_CHARS: the same ask set between paragraphs is often part
 * of the story as its publisher prints it, and a long closing paragraph is the story's own.
 */
export const CLOSING_ASK_MAX_CHARS = 200;
export const CLOSING_ASK_PATTERNS: readonly RegExp[] = [
  /\b(sign(ing)? up|subscribe)\b.{0,120}\b(newsletters?|inbox|e-?course|alerts|app)\b/i,
  /\b(direct(ly)? to|delivered to|in) your inbox\.?$/i,
  /^you['’]re reading the .{1,60} newsletter\b/i,
  /\bclick here\.?!?$/i,
  /\bsign up here\b/i,
  /^thanks? (you )?for reading\b/i,
  // Pointers to the page's gallery or to more picks: "Check out the exclusive photos above.", "Now, see more of our favourites:".
  /\b(check out|see|view|browse) (the |our |more )?(exclusive |full |latest )?(photos|pictures|images|gallery|slideshow)( above| below)?\.?$/i,
  /^now,? see (some )?more\b/i,
  // Where to read more, pointing off the page: "The U.S. National Institute of ... has more about air pollution.", "See more from BLS here."
  /^[\p{L}\d.,'’&() -]{2,100} has more (information )?(about|on)\b[^.!?]{0,100}\.?$/u,
  /^see more (from|at|on)\b.{0,60}\bhere\.?$/i,
  // Who supplied the release a science-news page reprints: "Provided by University of Somewhere".
  /^Provided by (the )?\p{Lu}[^!?]{2,120}$/u,
  // "Want more of her recipes? Follow her on Instagram.", "Highly recommend following him on Insta."
  /\bfollow(ing)? (her|him|them|us|me)\b.{0,40}\bon (insta(gram)?|twitter|x|tiktok|facebook|threads|bluesky|youtube|substack)\b/i,
];

/**
 * An author bio opens with a capitalised name (and pronouns), a verb, then a
 * newsroom role within a few words: "Kent German is a News Editor at ...". The
 * name is matched case-sensitively, the role in any case, so two patterns.
 */
export const BIO_OPENING = /^(\p{Lu}[\p{L}.'’-]+ ){1,3}(\([^)]{1,20}\) )?(is|was|has been|writes|covers|reports)\b/u;
export const BIO_ROLE = /\b(reporter|editor|writer|correspondent|columnist|contributor|freelancer|journalist|intern|producer|analyst|critic)\b/i;
/** The role must come within this many characters of the opening. */
export const BIO_ROLE_WITHIN_CHARS = 80;

/**
 * A paragraph that is only a date, in either order, with a weekday, an ordinal and a time or two
 * ("Dec 20, 2023", "December 22nd, 2023", "Tuesday 19 December 2023 09:14",
 * "Saturday December 23, 2023 09:30 PM EST 12/23/2023 9:30 PM").
 */
export const LONE_DATE =
  /^((mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(st|nd|rd|th)?|\d{1,2}(st|nd|rd|th)? (of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),? \d{4}\b(\s*at)?[^a-z]{0,30}(am|pm)?[^a-z]{0,30}([a-z]{2,4})?[^a-z]{0,30}(am|pm)?$/i;

/** Short lines that only state when the page was published or updated. */
/** A relative timestamp standing alone ("2 days ago"): a teaser's or the page's, never prose. */
export const RELATIVE_TIME = /^\d{1,2} (minutes?|hours?|days?|weeks?|months?) ago$/i;

export const DATE_LINE = /^(published|updated|posted|last updated|first published|modified)( on| at)?\s*:?\s*.{0,50}\d.{0,30}$/i;

/** Short paragraphs that are share bars or calls to action. */
export const SHARE_PATTERNS: readonly RegExp[] = [
  /^(share|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit)(\s*(this|on|via|article|story|link|facebook|twitter|x|email|whatsapp|linkedin))*\s*[:.!]?$/i,
  /^(click|tap) (here )?to (share|print|email)/i,
  /^(follow|subscribe to) (us|our)\b/i,
  // Widget controls whose label is their only text, and the label of a control that reveals a hidden answer ("Rewards: Tap to Reveal").
  /^(close|expand|collapse|toggle|loading\.{0,3}|show (more|less|all)|see \d+ more)$/i,
  /\b(tap|click) to (reveal|expand)$/i,
  // A reading-time line, an audio player's label and a comment count: "5 min read", "Listen to this article", "Comments (12)".
  /^(\d{1,3}[ -]min(ute)?s?( read| listen)?|listen to (this|the) (article|story)( \d{1,2}[:.]\d{2}| \d{1,3} min(ute)?s?)?|comments? \(\d+\))$/i,
  // The marker an ad slot leaves between paragraphs: "Story continues below advertisement", "Article continues after ad".
  /^((story|article|text|content) continues (below|after)( (the |this )?(advertisement|ad))?|scroll (down )?to continue( with content| reading)?)\.?$/i,
  // A price box's button, and the disclosure link over a rate table.
  /^(buying options|advertiser disclosure)$/i,
  // Shopping and teaser buttons.
  /^(view deal|see offers?|check price|shop now|buy now|see it|read the story|get (the )?deal|see (the )?deal|view (on|at) [\p{L}.]+|see (it )?at [\p{L}.]+|buy (it )?(on|at) [\p{L}.]+)!?$/iu,
  /^try [\p{L}\d .'-]{1,30} now$/iu,
  /^learn more$/i,
  // Controls of the page's widgets printed as their labels: comments, captions, pagers, saved stories,
  // feedback boxes, the app, the ad slot ("View comments", "Toggle caption", "Next article", "Gift this article").
  /^((view|show|hide|read|load|loading|see) (all )?(\d+ )?comments?( \(\d+\))?|(join|start) the (conversation|discussion)|cancel reply|leave a reply|post a comment)(\.{3}|…)?$/i,
  /^((click|tap) to (enlarge|zoom)|enlarge (this )?(image|photo|picture)|(toggle|hide|show) caption|link copied!?|back to top|see more|updated)$/i,
  /^((previous|prev|next) (article|post|story|page|slide)|(skip|close) (advertisement|ad)|continue reading (the )?main story)$/i,
  /^(was this (article|page|story|information) (helpful|useful)\??|rate this (article|story|page)|thank you for your feedback!?|yes no)$/i,
  /^((open|read) in (the )?app|(download|get) (the |our )?app|(gift|save|bookmark|share) (this )?(article|story)|add to (your )?saved (stories|articles|items)|sign in to (save|comment|read|continue))$/i,
  /^(like|follow) us on (facebook|twitter|x|instagram|linkedin|threads|tiktok|youtube)$/i,
  // A price box's lines in a buying guide: "Best Prices Today: $40 at ShopName", "Read our full Acme VPN review".
  /^(best|lowest) prices? today:/i,
  /^read our (full|complete|in-depth|hands-on) [^.!?]{1,60} review$/i,
  /^(sign up|subscribe) (for|to) (our|the)\b.{0,80}(newsletter|inbox|briefing|brief|updates)/i,
];

/**
 * Poll results: an option's share or vote count ("Yes 54% (1,203 votes)",
 * "Total votes: 2,210"). Prose states numbers of votes in sentences, with verbs.
 */
export const POLL_TALLY: readonly RegExp[] = [
  /^(total )?(votes?|responses?)\s*:?\s*\d[\d,.]*$/i,
  /^\d[\d,.]*\s+(total )?(votes?|responses?)$/i,
  /^[^.!?]{0,60}?\s\d{1,3}(\.\d+)?\s?%\s*(\(\s*\d[\d,.]*\s*(votes?|responses?)\s*\))?$/i,
  /^[^.!?]{0,60}?\(\s*\d[\d,.]*\s*(votes?|responses?)\s*\)$/i,
];

/**
 * A byline standing as a line of its own ("By Ann Lee", "Photos and Story By Ann Lee", "By Ann Lee and
 * Tom Rowe") and a newsroom role on its own line ("Senior Editor", "Special Correspondent to THE HARBOUR
 * NEWS"): the metadata reads the author elsewhere, and the truth of a story never carries them. Names
 * are capitalised words, so a sentence opening on "By" ("By noon the queue ...") is not one.
 */
export const BYLINE_LINE =
  /^(([Pp]hotos?|[Ww]ords|[Ss]tory|[Tt]ext|[Pp]hotography|[Rr]eporting)( and | & | [Aa]nd )([Pp]hotos?|[Ss]tory|[Ww]ords|[Tt]ext|[Vv]ideo) )?([Bb]y|BY):? \p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3}((, | and | & )\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3})*$/u;
export const ROLE_LINE =
  /^((special|senior|staff|contributing|managing|deputy|executive|associate|political|chief|foreign|national|features?|news|sports?|business|health|science) )*(correspondent|writer|reporter|editor|columnist|critic|contributor)( (to|at|for) [\p{L}\d .&'’-]{1,40})?$/iu;
/** A lone label that says what kind of piece this is ("OPINION:", "Analysis"), printed above it. */
export const KICKER_LABEL = /^(opinion|analysis|commentary|satire|exclusive|editorial|sponsored|advertorial)\s*:?$/i;

/** Labels of a review's pros-and-cons box; the short list items after them go with them. */
export const PROS_CONS_LABEL = /^(pros|cons|pros and cons|the good|the bad|what we like|what we don'?t like|likes|dislikes)$/i;

/** Page titles and texts of bot-challenge interstitials. */
export const BOT_CHALLENGE_TITLES: readonly RegExp[] = [
  /^just a moment/i,
  /^attention required/i,
  /^checking your browser/i,
  /^access denied/i,
  /^are you a robot/i,
  /^pardon our interruption/i,
  /^security check/i,
  /^ddos-guard/i,
  /captcha/i,
  /^verify(ing)? you are human/i,
  /^one more step/i,
];
export const BOT_CHALLENGE_MARKERS: readonly RegExp[] = [
  /challenge-platform/i,
  /cf-browser-verification/i,
  /cf_chl_/i,
  /checking (if the site connection is secure|your browser before accessing)/i,
  /enable javascript and cookies to continue/i,
  /g-recaptcha|h-captcha|hcaptcha\.com|captcha-delivery/i,
  /verify you are (a )?human/i,
  /px-captcha/i,
];
/** A challenge marker only flags pages whose text stays below this. */
export const BOT_CHALLENGE_MAX_TEXT_CHARS = 1000;

/** JSON-LD @type values that mark an article page. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
  'socialmediaposting',
  'advertisercontentarticle',
]);

/**
 * Fast path (fast-path.ts): the content root settles the text without
 * Readability when it holds at least this share of the page's paragraph text,
 * its link density stays below the maximum, and it yields this many paragraphs.
 */
export const FAST_PATH_MIN_ROOT_SHARE = 0.9;
export const FAST_PATH_MAX_LINK_DENSITY = 0.25;
export const FAST_PATH_MIN_PARAGRAPHS = 3;
