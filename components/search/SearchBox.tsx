import './search-box.css';
import { getTranslations } from 'next-intl/server';
import { QUERY_PARAM, searchPath } from '@/lib/routes';
import type { Locale } from '@/lib/locale';

interface Props {
  locale: Locale;
  /** The query to show in the box (the search page passes the current one). */
  value?: string;
  /** The input's id; unique on the page. */
  inputId: string;
  /** A visible label (the search page) or a visually hidden one (the reader's header). */
  showLabel?: boolean;
}

/** A plain GET form to the search page: no script, so it costs the reader a few hundred bytes. */
export async function SearchBox({ locale, value, inputId, showLabel = false }: Props) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form role="search" action={searchPath(locale)} method="get" className="search-box" aria-label={t('landmark')}>
      <label htmlFor={inputId} className={showLabel ? 'search-box-label' : 'visually-hidden'}>
        {t('label')}
      </label>
      <input
        id={inputId}
        name={QUERY_PARAM}
        type="search"
        defaultValue={value}
        placeholder={t('placeholder')}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">{t('submit')}</button>
    </form>
  );
}
