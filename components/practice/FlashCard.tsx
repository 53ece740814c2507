'use client';

import type { Ref } from 'react';
import type { ExampleRun } from '@/lib/practice/cards';
import type { QueueItem } from '@/lib/practice/queue';
import type { GradeName } from '@/lib/practice/grades';
import { formatMessage } from '@/lib/format-message';
import { termPath } from '@/lib/routes';
import type { Locale } from '@/lib/locale';
import { labelGap } from '@/lib/label-gap';
import { CardActions } from './CardActions';
import type { PracticeLabels } from './labels';

interface Props {
  ref: Ref<HTMLDivElement>;
  item: QueueItem;
  revealed: boolean;
  onReveal: () => void;
  onGrade: (grade: GradeName) => void;
  /** The next interval of each grade, shown on its button once the answer is revealed. */
  intervals: Record<GradeName, string> | null;
  locale: Locale;
  labels: PracticeLabels;
}

function Runs({ runs }: { runs: ExampleRun[] }) {
  return runs.map((run, i) => (typeof run === 'string' ? run : <mark key={i}>{run.term}</mark>));
}

/** One flashcard: the prompt, and after reveal the answer with pinyin, definition and an example pair. */
export function FlashCard({ ref, item, revealed, onReveal, onGrade, intervals, locale, labels }: Props) {
  const { term, direction } = item;
  const zhFirst = direction === 'zh-en';
  const zh = (
    <p className="flash-zh" lang="zh-Hans">
      {term.zh}
    </p>
  );
  const en = (
    <p className="flash-en" lang="en">
      {term.en}
    </p>
  );

  return (
    <section className="flashcard" aria-labelledby="flash-prompt" ref={ref} tabIndex={-1} data-card={item.key}>
      <h2 id="flash-prompt" className="flash-prompt">
        {zhFirst ? labels.promptZhEn : labels.promptEnZh}
      </h2>
      <div className="flash-front">{zhFirst ? zh : en}</div>

      {revealed ? (
        <div className="flash-back" data-answer="">
          {zhFirst ? en : zh}
          {term.pinyin ? (
            <p className="flash-pinyin" lang="zh-Latn-pinyin">
              {term.pinyin}
            </p>
          ) : null}
          {term.articleForms.length > 0 ? (
            <p className="flash-forms">
              {labels.inArticle}
              {labelGap(labels.inArticle)}
              {term.articleForms.map((form, i) => (
                <span key={form.text}>
                  {i > 0 ? '、' : ''}
                  <span lang="zh-Hans">{form.text}</span>
                  {form.pinyin ? (
                    <>
                      {' '}
                      <span lang="zh-Latn-pinyin" className="flash-form-pinyin">
                        {form.pinyin}
                      </span>
                    </>
                  ) : null}{' '}
                  <span className="flash-form-status">({labels.statuses[form.status]})</span>
                </span>
              ))}
            </p>
          ) : null}
          <p className="flash-definition" lang={locale === 'zh' ? 'zh-Hans' : 'en'}>
            {term.definition}
          </p>
          {term.note ? (
            <p className="flash-note" lang={locale === 'zh' ? 'zh-Hans' : 'en'}>
              {term.note}
            </p>
          ) : null}
          {term.example ? (
            <figure className="flash-example">
              <figcaption>
                {labels.example} ·{' '}
                <a href={term.example.href}>{formatMessage(locale, labels.exampleLink, { id: term.example.unit })}</a> ·{' '}
                <a href={termPath(locale, term.id)}>{labels.termPage}</a>
              </figcaption>
              <p lang="zh-Hans">
                <Runs runs={term.example.zh} />
              </p>
              <p lang="en">
                <Runs runs={term.example.en} />
              </p>
            </figure>
          ) : null}
        </div>
      ) : null}

      <CardActions
        revealed={revealed}
        onReveal={onReveal}
        onGrade={onGrade}
        intervals={intervals}
        locale={locale}
        labels={labels}
      />
    </section>
  );
}
