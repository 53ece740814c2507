import { EXPORT_FILES, EXPORT_FORMATS, type ExportFormat } from './exports';
import { CITE_LANGUAGES, type CiteLanguage } from './styles';

/** Where each unit's citation files are served, built once at build time: /cite/<id>-<lang>.<ext>. */
const CITE_FILES_PATH = '/cite';

export const citationFileName = (unitId: string, lang: CiteLanguage, format: ExportFormat) =>
  `${unitId}-${lang}.${EXPORT_FILES[format].extension}`;

export const citationFilePath = (unitId: string, lang: CiteLanguage, format: ExportFormat) =>
  `${CITE_FILES_PATH}/${citationFileName(unitId, lang, format)}`;

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
