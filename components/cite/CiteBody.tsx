'use client';

import { useState } from 'react';
import type { Lang } from '@/lib/corpus/model';
import type { Locale } from '@/lib/locale';
import { formatMessage } from '@/lib/format-message';
import { localIsoDate } from '@/lib/cite/dates';
import { CITATION_FORMAT_NAMES, CITATION_FORMATS } from '@/lib/cite/file-formats';
import { citationFileName, citationFilePath } from '@/lib/cite/unit-files';
import { unitPermalink, type CiteSource } from '@/lib/cite/source';
import { CITE_LANGUAGES, CITE_STYLES, citationText, type CiteLanguage, type CiteStyle } from '@/lib/cite/styles';
import { loadFacts, targetFrom, type Target } from './target';

// Loaded together: the dialog finds what a link cites before it shows the form. Marked public for
// knip, which reads `retryingLoader(() => import('./CiteBody'))` as it reads React.lazy: as a use of
// the default export alone.
/** @public */
export { loadFacts, targetFrom };

/** The settings the cite dialog takes and hands to its form. */
export interface CiteDialogProps {
  locale: Locale;
  siteUrl: string;
  defaultStyle: CiteStyle;
}

/** One opening of the dialog: what is cited, on which day; `count` tells openings apart (0: rendered ahead, closed). */
export interface Opening {
  target: Target;
  /** When it was opened (ms since the epoch): the citation's access date. */
  at: number;
  count: number;
}

/**
 * The cite dialog's form: quoted language, style, the citation and its exports. It is loaded with
 * the citation formatters the first time a cite link is used, so the reader page does not carry them.
 */
export default function CiteBody({ locale, siteUrl, defaultStyle, opened }: CiteDialogProps & { opened: Opening }) {
  const { target } = opened;
  const { labels } = target;
  const accessed = localIsoDate(new Date(opened.at));
  const [language, setLanguage] = useState<CiteLanguage>(locale);
  const [style, setStyle] = useState<CiteStyle>(defaultStyle);
  const [status, setStatus] = useState('');
  // 0: the whole paragraph; n: sentence group n.
  const [passage, setPassage] = useState(target.marked ?? 0);

  // Each opening starts without a status, on the passage marked in the row (the dialog shows itself):
  // the state is reset while rendering the new opening, so it never paints the last one's.
  const opening = `${opened.count}:${target.marked ?? 0}`;
  const [shown, setShown] = useState(opening);
  if (shown !== opening) {
    setShown(opening);
    setStatus('');
    setPassage(target.marked ?? 0);
  }

  const sentence = target.sentences.find((s) => s.n === passage);
  const address = (lang: Lang) => unitPermalink(siteUrl, lang, target.unit.id, sentence?.n);
  const source: CiteSource = {
    article: target.article,
    unit: sentence ? { ...target.unit, sentence: sentence.n } : target.unit,
    urls: { zh: address('zh'), en: address('en') },
  };
  const text = citationText(style, language, source, accessed, sentence ?? target.quote);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  return (
    <>
      <h2 id="cite-title">{formatMessage(locale, labels.dialogTitle, { id: target.unit.id })}</h2>
      <fieldset className="cite-choice">
        <legend>{labels.quote}</legend>
        {CITE_LANGUAGES.map((lang) => (
          <label key={lang}>
            <input
              type="radio"
              name="cite-language"
              value={lang}
              checked={language === lang}
              onChange={() => {
                setLanguage(lang);
                setStatus('');
              }}
            />
            {labels.languages[lang]}
          </label>
        ))}
      </fieldset>
      {target.sentences.length > 0 ? (
        <div className="cite-style">
          <label htmlFor="cite-passage">{labels.passage}</label>
          <select
            id="cite-passage"
            value={passage}
            onChange={(event) => {
              setPassage(Number(event.target.value));
              setStatus('');
            }}
          >
            <option value={0}>{labels.passageWhole}</option>
            {target.sentences.map((s) => (
              <option key={s.n} value={s.n}>
                {formatMessage(locale, labels.passageSentence, { n: s.n })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="cite-style">
        <label htmlFor="cite-style">{labels.style}</label>
        <select
          id="cite-style"
          value={style}
          onChange={(event) => {
            setStyle(event.target.value as CiteStyle);
            setStatus('');
          }}
        >
          {CITE_STYLES.map((s) => (
            <option key={s} value={s}>
              {labels.styles[s]}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor="cite-output" className="cite-output-label">
        {labels.preview}
      </label>
      <textarea
        id="cite-output"
        className="cite-output"
        lang={style === 'gbt' ? 'zh-Hans' : 'en'}
        readOnly
        value={text}
        rows={9}
      />
      {language !== 'zh' ? <p className="cite-provenance">{labels.provenance}</p> : null}
      <div className="cite-actions">
        <button type="button" className="primary" onClick={copy}>
          {labels.copy}
        </button>
        <span className="cite-downloads">
          {labels.download}:
          {CITATION_FORMATS.map((format) => (
            <a
              key={format}
              href={citationFilePath(target.unit.id, language, format)}
              download={citationFileName(target.unit.id, language, format)}
            >
              {CITATION_FORMAT_NAMES[format]}
            </a>
          ))}
        </span>
      </div>
      <p className="cite-status" role="status">
        {status}
      </p>
      <form method="dialog" className="cite-close">
        <button type="submit">{labels.close}</button>
      </form>
    </>
  );
}
