import type { Corpus } from '../corpus/model';
import { absoluteUrl, readerPath, unitPath } from '../routes';

/** Characters Markdown would read as syntax, escaped so the text comes back verbatim. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]{}<>#|~!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([+-])(?=\s)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s)/, '$1\\$2')
    .replace(/\n/g, '  \n');
}

/**
 * A Markdown parallel edition: every unit as its Chinese (quoted, verbatim as published) and its
 * English, headed by its ID, which links to its page; sections as headings; notes after the text.
 */
export function toMarkdown(corpus: Corpus, revision: string, siteUrl: string): string {
  const m = corpus.meta;
  const lines: string[] = [
    `# ${escapeMarkdown(m.title.zh)} · ${escapeMarkdown(m.title.en)}`,
    '',
    `${escapeMarkdown(m.author.en)} (${m.author.zh}), ${escapeMarkdown(m.publisher.en)} (${m.publisher.zh}), ${m.published}.`,
    '',
    `The Chinese is shown verbatim as published. The English is the ${escapeMarkdown(m.translator.en)}’s translation of ` +
      `${escapeMarkdown(m.publisher.en)}’s Chinese summary of the interview, not the speakers’ own words; for those, see the ` +
      `[original interview](${m.interview.url}). Corpus revision ${revision}; read it at <${absoluteUrl(siteUrl, readerPath('en'))}>.`,
  ];
  for (const section of corpus.sections) {
    lines.push('', `## ${escapeMarkdown(section.title.zh)} · ${escapeMarkdown(section.title.en)}`);
    for (const unit of section.units) {
      const speaker = m.speakers[unit.speaker];
      lines.push(
        '',
        `### [${unit.id}](${absoluteUrl(siteUrl, unitPath('en', unit.id))})`,
        '',
        `*${escapeMarkdown(speaker?.en ?? unit.speaker)} · English revision ${unit.revision.number}, ${unit.revision.date}*`,
        '',
        `> ${escapeMarkdown(unit.zh)}`,
        '',
        escapeMarkdown(unit.en),
      );
      for (const note of unit.notes) {
        const label = note.type === 'correction' ? 'Correction' : 'Translator’s note';
        lines.push('', `${label}: ${escapeMarkdown(note.en)} (${escapeMarkdown(note.zh)})`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
