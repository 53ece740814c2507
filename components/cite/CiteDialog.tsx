'use client';

import { useEffect, useRef, useState } from 'react';
import { fillPlaceholders } from '@/lib/placeholders';
import { localIsoDate } from '@/lib/cite/dates';
import { CITATION_FORMAT_NAMES, EXPORT_FORMATS } from '@/lib/cite/exports';
import { citationFileName, citationFilePath } from '@/lib/cite/static';
import { unitPermalink, type CiteSource } from '@/lib/cite/source';
import { CITE_LANGUAGES, CITE_STYLES, citationText, type CiteLanguage, type CiteStyle } from '@/lib/cite/styles';

export interface CiteLabels {
  dialogTitle: string; // contains {id}
  quote: string;
  languages: Record<CiteLanguage, string>;
  style: string;
  styles: Record<CiteStyle, string>;
  preview: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  close: string;
  provenance: string;
}

interface Props {
  article: CiteSource['article'];
  siteUrl: string;
  defaultLanguage: CiteLanguage;
  defaultStyle: CiteStyle;
  labels: CiteLabels;
}

interface Target {
  unit: CiteSource['unit'];
  quote: { zh: string; en: string };
}

function targetFrom(trigger: HTMLElement): Target | undefined {
  const { cite: id, paragraph, revision, revised } = trigger.dataset;
  const row = id ? document.getElementById(id) : null;
  if (!id || !row || !paragraph || !revision || !revised) return undefined;
  const text = (lang: string) => row.querySelector(`.cell-${lang} .text`)?.textContent?.trim() ?? '';
  return {
    unit: { id, paragraph: Number(paragraph), revision: Number(revision), revised },
    quote: { zh: text('zh'), en: text('en') },
  };
}

/**
 * One cite dialog for the page. Every unit's cite link (a link to the unit's page, which lists its
 * citations without JavaScript) opens it through a single delegated listener.
 */
export function CiteDialog({ article, siteUrl, defaultLanguage, defaultStyle, labels }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const [target, setTarget] = useState<Target>();
  const [language, setLanguage] = useState<CiteLanguage>(defaultLanguage);
  const [style, setStyle] = useState<CiteStyle>(defaultStyle);
  const [status, setStatus] = useState('');
  const [accessed, setAccessed] = useState('');

  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const trigger = (event.target as Element | null)?.closest<HTMLElement>('[data-cite]');
      if (!trigger) return;
      const found = targetFrom(trigger);
      if (!found) return;
      event.preventDefault();
      triggerRef.current = trigger;
      setTarget(found);
      setStatus('');
      setAccessed(localIsoDate(new Date()));
      dialogRef.current?.showModal();
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  const source: CiteSource | undefined = target && {
    article,
    unit: target.unit,
    urls: { zh: unitPermalink(siteUrl, 'zh', target.unit.id), en: unitPermalink(siteUrl, 'en', target.unit.id) },
  };
  const text = source && target ? citationText(style, language, source, accessed, target.quote) : '';

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="cite-dialog"
      aria-labelledby="cite-title"
      onClose={() => triggerRef.current?.focus()}
    >
      <h2 id="cite-title">{fillPlaceholders(labels.dialogTitle, { id: target?.unit.id ?? '' })}</h2>
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
          {target
            ? EXPORT_FORMATS.map((format) => (
                <a
                  key={format}
                  href={citationFilePath(target.unit.id, language, format)}
                  download={citationFileName(target.unit.id, language, format)}
                >
                  {CITATION_FORMAT_NAMES[format]}
                </a>
              ))
            : null}
        </span>
      </div>
      <p className="cite-status" role="status">
        {status}
      </p>
      <form method="dialog" className="cite-close">
        <button type="submit">{labels.close}</button>
      </form>
    </dialog>
  );
}
