'use client';

import './cite.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CiteSource } from '@/lib/cite/source';
import type { CiteLanguage, CiteStyle } from '@/lib/cite/styles';
import {
  CITE_LINK_CLASS,
  DATA_URL,
  publishedText,
  textSelector,
  unitIdOfCiteLink,
  type CiteData,
  type SentenceData,
  SENTENCE_ATTR,
  SENTENCE_ON_CLASS,
} from '@/lib/reader/contract';

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
  /** What is quoted: the whole paragraph or one sentence group. */
  passage: string;
  passageWhole: string;
  /** Contains {n}. */
  passageSentence: string;
}

export interface CiteDialogProps {
  locale: 'zh' | 'en';
  siteUrl: string;
  defaultStyle: CiteStyle;
}

/** One sentence group of the unit, as the dialog can quote it. */
export interface TargetSentence {
  n: number;
  zh: string;
  en: string;
}

export interface Target {
  labels: CiteLabels;
  article: CiteSource['article'];
  unit: CiteSource['unit'];
  quote: { zh: string; en: string };
  /** The unit's sentence groups, in order; empty where their data could not be loaded. */
  sentences: TargetSentence[];
  /** The group marked in the row when the dialog was opened, if any: quoted first. */
  marked?: number;
}

const CiteBody = lazy(() => import('./CiteBody'));

/** One opening of the dialog: what is cited, on which day; `count` tells openings apart. */
export interface Opened {
  target: Target;
  /** When it was opened (ms since the epoch): the citation's access date. */
  at: number;
  count: number;
}

let citeData: Promise<CiteData & { labels: CiteLabels }> | undefined;
let sentenceData: Promise<SentenceData> | undefined;

function getJson<T>(url: string): Promise<T> {
  return fetch(url).then((response) => (response.ok ? (response.json() as Promise<T>) : Promise.reject(new Error(String(response.status)))));
}

/** The unit a cite link belongs to, with its quotable text and its revision (fetched on first use). */
async function targetFrom(trigger: HTMLElement, locale: 'zh' | 'en'): Promise<Target | undefined> {
  const id = unitIdOfCiteLink(trigger);
  const row = id ? document.getElementById(id) : null;
  if (!id || !row) return undefined;
  citeData ??= getJson<CiteData & { labels: CiteLabels }>(DATA_URL.cite(locale));
  sentenceData ??= getJson<SentenceData>(DATA_URL.sentences);
  let data: CiteData & { labels: CiteLabels };
  try {
    data = await citeData;
  } catch {
    citeData = undefined;
    return undefined;
  }
  const groups = await sentenceData.catch(() => {
    sentenceData = undefined;
    return {} as SentenceData;
  });
  const facts = data.units[id];
  if (!facts) return undefined;
  const [paragraph, revision, revised] = facts;
  const published = (lang: 'zh' | 'en') => {
    const element = row.querySelector(textSelector(lang));
    return element ? publishedText(element) : '';
  };
  const full = { zh: published('zh'), en: published('en') };
  const flat = groups[id] ?? [];
  const sentences = Array.from({ length: flat.length / 4 }, (_, i) => ({
    n: i + 1,
    zh: full.zh.slice(flat[i * 4], flat[i * 4 + 1]).trim(),
    en: full.en.slice(flat[i * 4 + 2], flat[i * 4 + 3]).trim(),
  }));
  const marked = Number(row.querySelector(`.${SENTENCE_ON_CLASS}`)?.getAttribute(SENTENCE_ATTR)) || undefined;
  return {
    labels: data.labels,
    article: data.article,
    unit: { id, paragraph, revision, revised },
    quote: { zh: full.zh.trim(), en: full.en.trim() },
    sentences: sentences.length > 1 ? sentences : [],
    ...(marked && sentences.length > 1 ? { marked } : {}),
  };
}

/**
 * One cite dialog for the page. Every unit's cite link (a link to the unit's page, which lists its
 * citations without JavaScript) opens it through a single delegated listener. A citation has the
 * current revision of the unit's English (from the static units file) and the text as shown. The
 * form and the formatters load on first use.
 */
export function CiteDialog(props: CiteDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const [opened, setOpened] = useState<Opened>();

  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const trigger = (event.target as Element | null)?.closest<HTMLElement>(`a.${CITE_LINK_CLASS}`);
      if (!trigger) return;
      // Without the unit's data (offline), the link leads to the unit's page and its citations.
      event.preventDefault();
      void targetFrom(trigger, props.locale).then((target) => {
        if (!target) {
          window.location.assign(trigger.getAttribute('href')!);
          return;
        }
        triggerRef.current = trigger;
        setOpened((previous) => ({ target, at: Date.now(), count: (previous?.count ?? 0) + 1 }));
      });
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [props.locale]);

  return (
    <dialog
      ref={dialogRef}
      className="cite-dialog"
      aria-labelledby="cite-title"
      onClose={() => triggerRef.current?.focus()}
    >
      {opened ? (
        <Suspense fallback={null}>
          <CiteBody {...props} opened={opened} dialog={dialogRef} />
        </Suspense>
      ) : null}
    </dialog>
  );
}
