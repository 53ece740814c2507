import path from 'node:path';
import { Document, isMap, isScalar, isSeq } from 'yaml';
import { CORPUS_DIR } from '../corpus/files';
import type { SentenceEntry } from './schema';

export const SENTENCES_DIR = `${CORPUS_DIR}/sentences`;

/** A units file's sentences file: `corpus/units/03-scaling.yaml` → `corpus/sentences/03-scaling.yaml`. */
export const sentencesFileFor = (unitsFile: string): string =>
  path.posix.join(SENTENCES_DIR, path.posix.basename(unitsFile));

const HEADER =
  '# Sentences of each unit and how they align (corpus/README.md, "Sentences"). The sentences of a side\n' +
  '# concatenate exactly to the unit\'s text; each align group is "<zh sentence numbers>=<en sentence numbers>".\n';

/** The YAML of one sentences file, in the layout translators review: one sentence a line, groups on one line. */
export function formatSentencesFile(section: string, entries: SentenceEntry[]): string {
  const doc = new Document({ section, units: entries }, { aliasDuplicateObjects: false });
  const units = doc.get('units', true);
  if (isSeq(units)) {
    for (const item of units.items) {
      const align = isMap(item) ? item.get('align', true) : undefined;
      if (!isSeq(align)) continue;
      align.flow = true;
      // Quoted: unquoted, "1,2=1" inside [ ] would read as two items.
      for (const group of align.items) if (isScalar(group)) group.type = 'QUOTE_DOUBLE';
    }
  }
  return (
    HEADER +
    doc.toString({
      lineWidth: 0,
      defaultStringType: 'PLAIN',
      defaultKeyType: 'PLAIN',
      doubleQuotedMinMultiLineLength: 1e9,
      flowCollectionPadding: false,
    })
  );
}
