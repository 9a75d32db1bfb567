/**
 * Reads the text of a group's "Our Papers" page as a browser copies it (`data/group-list.txt`):
 * a heading, then topic headings, each followed by its papers as two blocks: the title, then
 * the abstract, the author line and "Month YYYY; venue".
 *
 * @module
 */
import { entryName, splitAuthorLine, type ListedPaper, type Reading } from './import-source';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DATE_LINE = new RegExp(`^(${MONTHS.join('|')}) (\\d{4}); (.+)$`);

/**
 * Reads the page text. A block is a paper's data when its last line is "Month YYYY; venue";
 * the one-line block before it is the title, any other one-line block a topic heading.
 *
 * @example
 * readGroupPage(text).list.papers[0]?.date // → '2024-07'
 */
export function readGroupPage(source: string): Reading {
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const problems: string[] = [];
  const papers: ListedPaper[] = [];
  const areas: string[] = [];
  // The first block is the page's own heading ("Our Papers").
  for (let i = 1; i < blocks.length; i++) {
    const block = blocks[i] as string;
    const data = blocks[i + 1]?.split('\n') ?? [];
    const dated = DATE_LINE.exec(data.at(-1) ?? '');
    if (block.includes('\n')) {
      problems.push(
        `${entryName(undefined, `block ${i + 1}`)}: is neither a title nor a topic heading`,
      );
    } else if (dated) {
      const [, month = '', year = '', published = ''] = dated;
      const topic = areas.at(-1);
      const where = entryName(block, topic ? `under "${topic}"` : `block ${i + 1}`);
      if (data.length < 3)
        problems.push(`${where}: needs an abstract, an author line and a date line`);
      papers.push({
        where,
        title: block,
        abstract: data.slice(0, -2).join(' '),
        authors: splitAuthorLine(data.at(-2) ?? '').map((printed) => ({ printed })),
        date: `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}`,
        published,
        areas: topic ? [topic] : [],
      });
      i++;
    } else {
      areas.push(block);
    }
  }
  return {
    list: {
      format: 'page text (papers by topic)',
      areas: areas.map((name) => ({ id: name, name })),
      papers,
      editions: [],
    },
    problems,
  };
}
