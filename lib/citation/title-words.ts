/**
 * Which words of a title keep their capitals whatever a citation style does to its case. One
 * rule serves both outputs: BibTeX braces the parts, CSL-JSON wraps the words in
 * `<span class="nocase">`.
 *
 * @module
 */

/**
 * Title words that Title Case also writes in lower case; they say nothing about how a title
 * is cased.
 */
const MINOR_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and but or nor for so yet as at by in of off on per to up via vs with from into ' +
    'onto over than upon about above across after against along among around before behind ' +
    'below beneath beside between beyond during except inside like near outside since through ' +
    'toward towards under until within without while'
  ).split(' '),
);

/** A whitespace-separated token of a title, split into punctuation and the word proper. */
export interface TitleWord {
  /** Punctuation before the word, e.g. "(". */
  lead: string;
  /** The word itself: starts and ends with a letter or digit ("+" may end it: "GPS++"). */
  core: string;
  /** Punctuation after the word, e.g. "):". */
  trail: string;
  /** The word starts the title or a subtitle, so its capital says nothing. */
  sentenceStart: boolean;
}

const WORD_SHAPE = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}+]*)$/su;

/** A title as words and the whitespace between them (kept as strings). */
export function splitTitle(title: string): (TitleWord | string)[] {
  let sentenceStart = true;
  return title.split(/(\s+)/).map((token) => {
    if (/^\s*$/.test(token)) return token;
    const [, lead = '', core = '', trail = ''] = WORD_SHAPE.exec(token) ?? [];
    const word = { lead, core, trail, sentenceStart };
    sentenceStart = /[:?!.]$/.test(token);
    return word;
  });
}

/** Hyphen- or slash-separated parts of a word, separators kept at odd indices. */
export function wordParts(core: string): string[] {
  return core.split(/([-/])/);
}

/**
 * A part whose capitals a style must not lower-case: a capital after its first character
 * (IPU, FP8, MiniMol, PySCF_IPU, µP, GPS++) or capitals mixed with digits (A100, QM1B).
 */
export function hasProtectedCapitals(part: string): boolean {
  const [first = '', ...rest] = Array.from(part);
  const later = rest.join('');
  return /\p{Lu}/u.test(later) || (/\p{Lu}/u.test(first) && /\p{N}/u.test(later));
}

function startsCapitalised(part: string): boolean {
  return /^\p{Lu}/u.test(part);
}

/**
 * Whether a title is written in sentence case: more of its ordinary words (not minor words,
 * not sentence starts, not acronyms) start lower-case than upper-case. In such a title a
 * capitalised word is a proper noun ("… for Llama 2", "… biomedical Knowledge Graph …").
 */
export function isSentenceCase(title: string): boolean {
  let lower = 0;
  let upper = 0;
  for (const word of splitTitle(title)) {
    if (typeof word === 'string' || word.sentenceStart || !/^\p{L}/u.test(word.core)) continue;
    if (MINOR_WORDS.has(word.core.toLowerCase())) continue;
    if (wordParts(word.core).some(hasProtectedCapitals)) continue;
    if (startsCapitalised(word.core)) upper++;
    else lower++;
  }
  return lower > upper;
}

/** A title word with its parts ({@link wordParts}) marked by whether they keep their case. */
export interface MarkedWord {
  word: TitleWord;
  parts: { text: string; keep: boolean }[];
}

/**
 * A title with, for every word, the parts that keep their case: acronyms and mixed-case or
 * mixed digit/capital parts always; and proper nouns. With the title's curated sentence-case
 * form (`sentenceCase`), a proper noun is any part that form capitalises after its first word
 * ("Intelligence Processing Units", "Knowledge Graph Completion"); without one (a page's
 * paper), a guess: in a sentence-case title, every capitalised part of a word that does not
 * start the title or a subtitle. Whitespace stays as strings.
 */
export function markProtectedParts(title: string, sentenceCase?: string): (MarkedWord | string)[] {
  const words = splitTitle(title);
  const curated = sentenceCase === undefined ? undefined : splitTitle(sentenceCase);
  const aligned = curated !== undefined && curated.length === words.length;
  const guessProperNouns = !aligned && isSentenceCase(title);
  return words.map((word, at) => {
    if (typeof word === 'string') return word;
    const other = aligned ? curated[at] : undefined;
    const curatedParts =
      other !== undefined && typeof other !== 'string' && at > 0 ? wordParts(other.core) : [];
    const parts = wordParts(word.core).map((text, index) => {
      const properNoun = aligned
        ? startsCapitalised(curatedParts[index] ?? '')
        : guessProperNouns && !word.sentenceStart && startsCapitalised(text);
      return { text, keep: index % 2 === 0 && (hasProtectedCapitals(text) || properNoun) };
    });
    return { word, parts };
  });
}

/**
 * A sentence-case title as the styles that capitalise the first word of a subtitle want it
 * (APA 7, IEEE): "Unit scaling: out-of-the-box …" → "Unit scaling: Out-of-the-box …". A
 * stylised word keeps its case ("…: u-μP").
 */
export function capitalizeSubtitles(sentenceCase: string): string {
  return splitTitle(sentenceCase)
    .map((word) => {
      if (typeof word === 'string') return word;
      const { lead, core, trail, sentenceStart } = word;
      if (!sentenceStart || wordParts(core).some(hasProtectedCapitals)) return lead + core + trail;
      return lead + core.charAt(0).toUpperCase() + core.slice(1) + trail;
    })
    .join('');
}

/**
 * A first guess at a title's sentence-case form, for a curator to check: a title already in
 * sentence case stays; otherwise every word but the first is lower-cased, except acronyms and
 * stylised names ("MiniMol", "FP8"). Proper nouns ("Intelligence Processing Units") are lost:
 * only a curator knows them, which is why the import asks.
 */
export function suggestSentenceCase(title: string): string {
  if (isSentenceCase(title)) return title;
  let first = true;
  return splitTitle(title)
    .map((word) => {
      if (typeof word === 'string') return word;
      const { lead, core, trail } = word;
      const keep = first;
      first = false;
      if (keep) return lead + core + trail;
      const parts = wordParts(core).map((part, index) =>
        index % 2 === 1 || hasProtectedCapitals(part) ? part : part.toLowerCase(),
      );
      return lead + parts.join('') + trail;
    })
    .join('');
}
