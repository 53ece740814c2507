'use client';

import type { Ref } from 'react';
import type { GradeName } from '@/lib/practice/grades';
import type { WordQueueItem } from '@/lib/practice/queue';
import { formatMessage } from '@/lib/format-message';
import { sentenceParts } from '@/lib/words/saved';
import { sentencePath } from '@/lib/routes';
import type { Locale } from '@/lib/locale';
import { CardActions } from './CardActions';
import type { PracticeLabels } from './labels';

interface Props {
  ref: Ref<HTMLDivElement>;
  item: WordQueueItem;
  revealed: boolean;
  onReveal: () => void;
  onGrade: (grade: GradeName) => void;
  intervals: Record<GradeName, string> | null;
  locale: Locale;
  labels: PracticeLabels;
}

const HAN = /\p{Script=Han}/u;

/**
 * A saved word's flashcard. Front: the word marked inside its Chinese sentence. Back: the word, its
 * pinyin in context and its senses, the sentence's English, and a link to the sentence.
 */
export function WordCard({ ref, item, revealed, onReveal, onGrade, intervals, locale, labels }: Props) {
  const { word } = item;
  const [before, marked, after] = sentenceParts(word);
  return (
    <section
      className="flashcard word-card"
      aria-labelledby="flash-prompt"
      ref={ref}
      tabIndex={-1}
      data-card={item.key}
    >
      <h2 id="flash-prompt" className="flash-prompt">
        {labels.promptWord}
      </h2>
      <div className="flash-front">
        <p className="flash-sentence" lang="zh-Hans">
          {before}
          <mark>{marked}</mark>
          {after}
        </p>
      </div>

      {revealed ? (
        <div className="flash-back" data-answer="">
          <p className="flash-zh" lang="zh-Hans">
            {word.word}
          </p>
          {word.pinyin ? (
            <p className="flash-pinyin" lang="zh-Latn-pinyin">
              {word.pinyin}
            </p>
          ) : null}
          {word.senses.length > 0 ? (
            <ol className="flash-senses">
              {word.senses.map((sense, i) => (
                // CC-CEDICT's senses are English; a glossary term's definition may be in Chinese.
                <li key={i} lang={HAN.test(sense) ? 'zh-Hans' : 'en'}>
                  {sense}
                </li>
              ))}
            </ol>
          ) : null}
          <figure className="flash-example">
            <figcaption>
              {labels.wordSentence} ·{' '}
              <a href={sentencePath(locale, word.unitId, word.groupN)}>
                {formatMessage(locale, labels.wordSentenceLink, { id: word.unitId, n: word.groupN })}
              </a>
            </figcaption>
            <p lang="en" className="flash-en-sentence">
              {word.enSentence}
            </p>
          </figure>
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
