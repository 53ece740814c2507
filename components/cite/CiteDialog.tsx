'use client';

import './cite.css';
import { useEffect, useRef, useState } from 'react';
import { fillPlaceholders } from '@/lib/placeholders';
import { localIsoDate } from '@/lib/cite/dates';
import { EXPORT_FILES, EXPORT_FORMATS, exportCitation, type ExportFormat } from '@/lib/cite/exports';
import { unitPermalink, type CiteSource } from '@/lib/cite/source';
import {
  CITE_LINK_CLASS,
  DATA_URL,
  publishedText,
  textSelector,
  unitIdOfCiteLink,
  type UnitCiteData,
} from '@/lib/reader/contract';
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

const EXPORT_NAMES: Record<ExportFormat, string> = { bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' };

let unitData: Promise<UnitCiteData> | undefined;

/** The unit a cite link belongs to, with its quotable text and its revision (fetched on first use). */
async function targetFrom(trigger: HTMLElement): Promise<Target | undefined> {
  const id = unitIdOfCiteLink(trigger);
  const row = id ? document.getElementById(id) : null;
  if (!id || !row) return undefined;
  unitData ??= fetch(DATA_URL.units).then((response) =>
    response.ok ? (response.json() as Promise<UnitCiteData>) : Promise.reject(new Error(String(response.status))),
  );
  let data: UnitCiteData;
  try {
    data = await unitData;
  } catch {
    unitData = undefined;
    return undefined;
  }
  const facts = data[id];
  if (!facts) return undefined;
  const [paragraph, revision, revised] = facts;
  const text = (lang: 'zh' | 'en') => {
    const element = row.querySelector(textSelector(lang));
    return element ? publishedText(element).trim() : '';
  };
  return { unit: { id, paragraph, revision, revised }, quote: { zh: text('zh'), en: text('en') } };
}

/**
 * One cite dialog for the page. Every unit's cite link (a link to the unit's page, which lists its
 * citations without JavaScript) opens it through a single delegated listener. A citation has the
 * current revision of the unit's English (from the static units file) and the text as shown.
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
      const trigger = (event.target as Element | null)?.closest<HTMLElement>(`a.${CITE_LINK_CLASS}`);
      if (!trigger) return;
      // Without the unit's data (offline), the link leads to the unit's page and its citations.
      event.preventDefault();
      void targetFrom(trigger).then((found) => {
        if (!found) {
          window.location.assign(trigger.getAttribute('href')!);
          return;
        }
        triggerRef.current = trigger;
        setTarget(found);
        setStatus('');
        setAccessed(localIsoDate(new Date()));
        dialogRef.current?.showModal();
      });
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

  function download(format: ExportFormat) {
    if (!source) return;
    const { extension, mime } = EXPORT_FILES[format];
    const blob = new Blob([exportCitation(format, source, language, accessed)], { type: `${mime};charset=utf-8` });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${source.unit.id}-${language}.${extension}`;
    link.click();
    URL.revokeObjectURL(link.href);
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
          {EXPORT_FORMATS.map((format) => (
            <button key={format} type="button" onClick={() => download(format)}>
              {EXPORT_NAMES[format]}
            </button>
          ))}
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
