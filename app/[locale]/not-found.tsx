import { useTranslations } from 'next-intl';

export default function LocaleNotFound() {
  const t = useTranslations('NotFound');
  return (
    <main id="article" className="not-found" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <a href="./">{t('back')}</a>
      </p>
    </main>
  );
}
