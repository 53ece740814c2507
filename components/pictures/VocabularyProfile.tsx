import { getTranslations } from 'next-intl/server';
import { LANG_TAG, type Locale } from '@/lib/locale';
import type { VocabularyProfile as Profile } from '@/lib/words/profile';
import type { RareWordCard } from '@/lib/words/rare';
import { unitPath } from '@/lib/routes';
import { BarChart } from './BarChart';
import { DataTable } from './DataTable';
import './pictures.css';

interface Props {
  profile: Profile;
  rare: RareWordCard[];
  locale: Locale;
}

/** The article's words by frequency band, what a reader of the commonest words can read, and its rarest words. */
export async function VocabularyProfile({ profile, rare, locale }: Props) {
  const t = await getTranslations('Profile');
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // A message key cannot hold '+': the band beyond 30,000 is `band.30001plus`.
  const bandLabel = (id: Profile['bands'][number]['id']) => t(`band.${id === '30001+' ? '30001plus' : id}`);
  const share = (n: number) => (profile.tokens === 0 ? 0 : n / profile.tokens);
  const [k1, k3, k5] = profile.coverage;

  const bandsCaption = t('bandsSummary', {
    tokens: number.format(profile.tokens),
    distinct: number.format(profile.distinct),
    top: percent.format(share(profile.bands[0].tokens)),
    none: percent.format(share(profile.bands.at(-1)!.tokens)),
  });
  const coverageCaption = t('coverageSummary', {
    k1: percent.format(k1.share),
    k3: percent.format(k3.share),
    k5: percent.format(k5.share),
  });

  return (
    <>
      <figure className="picture" aria-labelledby="bands-caption">
        <BarChart
          label={bandsCaption}
          max={profile.tokens}
          bars={profile.bands.map((band) => ({
            id: band.id,
            label: bandLabel(band.id),
            value: band.tokens,
            shown: percent.format(share(band.tokens)),
            tone: band.id === 'none' ? 'soft' : 'main',
          }))}
        />
        <figcaption id="bands-caption">{bandsCaption}</figcaption>
        <DataTable summary={t('showTable')}>
          <table className="picture-table">
            <caption>{t('bandsTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bandColumn')}</th>
                <th scope="col">{t('tokensColumn')}</th>
                <th scope="col">{t('shareColumn')}</th>
                <th scope="col">{t('distinctColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {profile.bands.map((band) => (
                <tr key={band.id}>
                  <th scope="row">{bandLabel(band.id)}</th>
                  <td className="num">{number.format(band.tokens)}</td>
                  <td className="num">{percent.format(share(band.tokens))}</td>
                  <td className="num">{number.format(band.distinct)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </DataTable>
      </figure>

      <h3>{t('coverageTitle')}</h3>
      <figure className="picture" aria-labelledby="coverage-caption">
        <BarChart
          label={coverageCaption}
          max={1}
          bars={profile.coverage.map((c) => ({
            id: String(c.known),
            label: t('knows', { known: number.format(c.known) }),
            value: c.share,
            shown: percent.format(c.share),
          }))}
        />
        <figcaption id="coverage-caption">{coverageCaption}</figcaption>
        <DataTable summary={t('showTable')}>
          <table className="picture-table">
            <caption>{t('coverageTableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('knownColumn')}</th>
                <th scope="col">{t('readableColumn')}</th>
                <th scope="col">{t('shareColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {profile.coverage.map((c) => (
                <tr key={c.known}>
                  <th scope="row">{t('knows', { known: number.format(c.known) })}</th>
                  <td className="num">{number.format(c.tokens)}</td>
                  <td className="num">{percent.format(c.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </DataTable>
      </figure>

      <h3>{t('rarestTitle')}</h3>
      <p>{t('rarestIntro')}</p>
      <ol className="rare-words">
        {rare.map((word) => (
          <li key={word.word}>
            <a href={unitPath(locale, word.unitId)} aria-label={t('rareLink', { word: word.word, id: word.unitId })}>
              <span className="rare-word" lang={LANG_TAG.zh}>
                {word.word}
              </span>
            </a>{' '}
            <span className="rare-reading" lang="zh-Latn-pinyin">
              {word.reading}
            </span>{' '}
            <span className="rare-gloss" lang={LANG_TAG.en}>
              {word.gloss}
            </span>{' '}
            <span className="rare-rank">{t('rank', { rank: number.format(word.rank), id: word.unitId })}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
