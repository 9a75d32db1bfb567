/**
 * The summary `npm run data:import` prints: what changed, what the index keeps, and what needs
 * a human, counted first ("3 new papers without an arXiv id: …") and then line by line.
 *
 * @module
 */
import type { ImportReport } from './import';

/** How the summary counts each kind of question, by the field its lines start with. */
const QUESTIONS: Record<string, string> = {
  arxiv: 'new paper(s) without an arXiv id',
  venue: 'paper(s) whose venue needs a short label or a year',
  authors: 'paper(s) with an author who may be a known person under another spelling',
  topic: 'paper(s) without a topic',
  date: 'paper(s) without a month',
  abstract: 'paper(s) without an abstract',
  title: 'new paper(s) that may be a version of another',
  sentenceCaseTitle: 'paper(s) whose suggested sentence-case title needs checking',
};

function section(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ['', title, ...lines.map((line) => `  ${line}`)];
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The report as text, one item a line.
 *
 * @example
 * formatImportReport(report) // → 'Imported publications.yml, read as …: 44 entries.\n\n1 new paper:\n  …'
 */
export function formatImportReport(report: ImportReport): string {
  const fields = new Map<string, Set<string>>();
  for (const { id, line } of report.unresolved) {
    const field = line.split(':')[0] ?? line;
    fields.set(field, (fields.get(field) ?? new Set()).add(id));
  }
  const summary = [...fields].map(([field, ids]) => {
    const what = QUESTIONS[field] ?? `paper(s) with "${field}" questions`;
    return `${ids.size} ${what.replace(/\(s\)/g, ids.size === 1 ? '' : 's')}: ${[...ids].join(', ')}`;
  });
  const nothing =
    report.added.length + report.merged.length + report.changed.length + report.topics.length === 0;
  return [
    `Imported ${report.source}: ${count(report.entries, 'entry', 'entries')}.`,
    ...(nothing ? ['', 'No changes: the index already holds the list.'] : []),
    ...section(
      `${count(report.added.length, 'new paper')}:`,
      report.added.map(({ id, title, venue }) => `${id}: "${title}" (${venue})`),
    ),
    ...section(`${count(report.merged.length, 'earlier version')} merged:`, report.merged),
    ...section(`${count(report.changed.length, 'change')} to known papers:`, report.changed),
    ...section('Topics:', report.topics),
    ...section('Kept as the index has them:', report.kept),
    ...section('New spellings taken as known people:', report.people),
    ...section(
      `${count(report.missing.length, 'paper')} of the index not in the list (kept):`,
      report.missing.map(({ id, title }) => `${id}: "${title}"`),
    ),
    ...section('Notes on the list (the index does not depend on them):', report.notes),
    ...section(
      `Needs a human (written to the papers' "unresolved" lines; npm run data refuses the index until each is settled and removed):`,
      [...summary, ...report.unresolved.map(({ id, line }) => `  ${id}: ${line}`)],
    ),
  ].join('\n');
}
