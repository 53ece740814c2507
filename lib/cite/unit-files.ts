// Each paragraph's own citation files (/cite/<unit>-<zh|en|both>.<bib|ris|json>): one per unit,
// quoted language and format, linked from its page and the cite dialog. They are not downloads of
// the whole text (lib/downloads/), though both are built from the project and served alike.
import { CITATION_FILE_TYPES, CITATION_FORMATS, type CitationFormat } from './file-formats';
import { CITE_LANGUAGES, type CiteLanguage } from './styles';
import { citeFilePath } from '../routes';

export const citationFileName = (unitId: string, lang: CiteLanguage, format: CitationFormat) =>
  `${unitId}-${lang}.${CITATION_FILE_TYPES[format].extension}`;

/** Where a unit's citation file is served, built once at build time. */
export const citationFilePath = (unitId: string, lang: CiteLanguage, format: CitationFormat) =>
  citeFilePath(citationFileName(unitId, lang, format));

/** Every citation file of a list of units. */
export function citationFiles(
  unitIds: string[],
): { file: string; unitId: string; lang: CiteLanguage; format: CitationFormat }[] {
  return unitIds.flatMap((unitId) =>
    CITE_LANGUAGES.flatMap((lang) =>
      CITATION_FORMATS.map((format) => ({ file: citationFileName(unitId, lang, format), unitId, lang, format })),
    ),
  );
}
