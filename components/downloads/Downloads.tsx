import { getLocale, getTranslations } from 'next-intl/server';
import { inParens } from '@/lib/label-gap';
import { downloadFiles } from '@/lib/downloads/build';
import {
  ARTICLE_DOWNLOADS,
  DOWNLOAD_FORMATS,
  GLOSSARY_DOWNLOADS,
  schemaPath,
  type DownloadKind,
} from '@/lib/downloads/files';
import { downloadFilePath } from '@/lib/routes';
import './downloads.css';

interface Props {
  /** Which lists to show: the aligned article, the glossary, or both. */
  show?: 'article' | 'glossary' | 'both';
  /** Heading level of the list titles, to fit the page the list sits in. */
  headingLevel?: 2 | 3;
}

/**
 * The downloads, built at build time, as plain links (they work without JavaScript), each with its format and
 * a one-line note on how to import it. Mount it in the reader, the glossary and the downloads page.
 */
export async function Downloads({ show = 'both', headingLevel = 2 }: Props) {
  const t = await getTranslations('Downloads');
  const locale = await getLocale();
  const files = new Map(downloadFiles().map((f) => [f.kind, f]));
  const Heading = `h${headingLevel}` as const;
  const list = (kinds: readonly DownloadKind[]) => (
    <ul className="downloads-list">
      {kinds.map((kind) => {
        const f = files.get(kind)!;
        return (
          <li key={kind}>
            <a href={downloadFilePath(f.name)} download={f.name} data-download={kind}>
              {t(`label.${kind}`)}
            </a>{' '}
            <span className="downloads-format">{inParens(locale, DOWNLOAD_FORMATS[kind].name)}</span>
            <span className="downloads-howto">{t(`howto.${kind}`)}</span>
            {kind === 'json' ? (
              <span className="downloads-howto">
                <a href={schemaPath()}>{t('schema')}</a>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
  return (
    <section className="downloads">
      {show !== 'glossary' ? (
        <>
          <Heading id="downloads-article-title">
            {show === 'both' ? t('articleTitle') : t('articleDownloadTitle')}
          </Heading>
          {list(ARTICLE_DOWNLOADS)}
        </>
      ) : null}
      {show !== 'article' ? (
        <>
          <Heading id="downloads-glossary-title">
            {show === 'both' ? t('glossaryTitle') : t('glossaryDownloadTitle')}
          </Heading>
          {list(GLOSSARY_DOWNLOADS)}
        </>
      ) : null}
      <p className="downloads-note">{t('note')}</p>
    </section>
  );
}
