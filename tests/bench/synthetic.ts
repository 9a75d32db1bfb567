/**
 * A synthetic paper list of any size, shaped like the real one (titles, abstracts, authors,
 * arXiv ids, topics), for measuring how detection, the popup and search scale.
 */
import type { Author, Paper, PaperList } from '../../lib/papers/model';

const WORDS =
  `adaptive attention batch bandwidth block compression convolution curriculum data dense depth diffusion
distillation dropout dynamic efficient embedding energy entropy exploration feature federated gradient graph hardware
inference kernel language latent layer learning linear low manifold memory mixture model molecular momentum network
normalization optimal optimizer parallel parameter pipeline precision pruning quantization random recurrent regularization
representation residual robust routing sampling scalable scaling search sequence sparse spectral stochastic structured
tensor token training transfer transformer uncertainty unsupervised variance vision weight`.split(
    /\s+/,
  );
const FAMILY =
  `Smith Chen Garcia Müller Rossi Kowalski Nguyen Silva Tanaka Dubois Ivanova Okafor Haddad Larsen Novak Costa`.split(
    ' ',
  );
const GIVEN =
  `Ana Ben Chloe Dmitri Eva Farid Grace Hiro Ines Jonas Kira Luca Mei Nadia Omar Priya`.split(' ');
/** How many people write the papers: a real field's 10,000 papers have thousands of authors. */
const PEOPLE = 3000;

/** Deterministic pseudo-random numbers, so every run measures the same list. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

const SYLLABLES =
  'ka lo mi ne ra su ti vo ze ba ce di fu ga hi jo ku le ma no pe qui ro sa te'.split(' ');

/**
 * A vocabulary as big as a real field's: 6,000 made-up words beside the common ones above,
 * drawn with a long tail (a few words are everywhere, most are rare), as in real abstracts.
 */
function vocabulary(next: () => number): string[] {
  const words = new Set<string>();
  while (words.size < 6000) {
    words.add(
      Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES, next)).join(''),
    );
  }
  return [...words];
}

const capitalized = (word: string): string => word.replace(/^./, (c) => c.toUpperCase());

/**
 * The field's authors: a few real-looking names and many made-up ones. With only the names
 * above, every name would be on thousands of papers, which no real list has.
 */
function people(next: () => number): Author[] {
  const syllables = (min: number): string =>
    capitalized(
      Array.from({ length: min + Math.floor(next() * 2) }, () => pick(SYLLABLES, next)).join(''),
    );
  const given = [...GIVEN, ...Array.from({ length: 200 }, () => syllables(2))];
  return Array.from({ length: PEOPLE }, () => {
    const name = {
      given: pick(given, next),
      family: next() < 0.1 ? pick(FAMILY, next) : syllables(2),
    };
    const person = `${name.given}-${name.family}`;
    return { ...name, person: person.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '') };
  });
}

function zipfPick(words: readonly string[], next: () => number): string {
  return words[Math.floor(words.length * next() ** 3)] as string;
}

export function syntheticPaperList(count: number, seed = 7): PaperList {
  const next = random(seed);
  const topics = [
    'low-precision',
    'graph-neural-networks',
    'sparsity',
    'physics',
    'graphics',
    'efficient-ml',
  ].map((id) => ({
    id,
    name: id.replace(/-/g, ' '),
  }));
  const rare = vocabulary(next);
  const authors = people(next);
  const word = (): string => (next() < 0.15 ? pick(WORDS, next) : zipfPick(rare, next));
  const papers: Paper[] = [];
  for (let i = 0; i < count; i++) {
    const titleWords = Array.from({ length: 6 + Math.floor(next() * 6) }, word);
    const abstractWords = Array.from({ length: 140 }, word);
    const year = 2015 + Math.floor(next() * 11);
    papers.push({
      id: `paper-${i}`,
      // The index keeps titles unique, as a real group's list would be.
      title: capitalized(`${titleWords.join(' ')} ${i}`),
      altTitles: [],
      abstract: `${abstractWords.join(' ')}.`,
      // Some people write many papers, most a few.
      authors: Array.from(
        { length: 2 + Math.floor(next() * 6) },
        () => authors[Math.floor(authors.length * next() ** 2)] as Author,
      ),
      topic: pick(topics, next).id,
      date: `${year}-0${1 + Math.floor(next() * 9)}`,
      venue: {
        name: 'International Conference on Synthetic Learning',
        short: 'ICSL',
        kind: 'conference',
      },
      year,
      arxiv: [
        {
          id: `${String(year - 2000).padStart(2, '0')}${String(1 + (i % 12)).padStart(2, '0')}.${String(10000 + i).slice(-5)}`,
        },
      ],
      codeUrls: [],
    });
  }
  return { group: { name: 'Synthetic Group', url: 'https://example.org/' }, topics, papers };
}
