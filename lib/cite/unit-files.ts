import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from './file-formats';
import { CITE_LANGUAGES, type CiteLanguage } from './styles';
import { citeFilePath } from '../routes';

export const citationFileName = (unitId: string, lang: CiteLanguage, format: ExportFormat) =>
  `${unitId}-${lang}.${EXPORT_FILES[format].extension}`;

/** Where a unit's citation file is served, built once at build time. */
export const citationFilePath = (unitId: string, lang: CiteLanguage, format: ExportFormat) =>
  citeFilePath(citationFileName(unitId, lang, format));

/** Every citation file of a list of units. */
export function citationFiles(
  unitIds: string[],
): { file: string; unitId: string; lang: CiteLanguage; format: ExportFormat }[] {
  return unitIds.flatMap((unitId) =>
    CITE_LANGUAGES.flatMap((lang) =>
      EXPORT_FORMATS.map((format) => ({ file: citationFileName(unitId, lang, format), unitId, lang, format })),
    ),
  );
}
