'use client';

import { GRADES, type GradeName } from '@/lib/practice/grades';
import { formatMessage } from '@/lib/format-message';
import type { Locale } from '@/lib/locale';
import type { PracticeLabels } from './labels';

interface Props {
  revealed: boolean;
  onReveal: () => void;
  onGrade: (grade: GradeName) => void;
  /** The next interval of each grade, shown on its button once the answer is revealed. */
  intervals: Record<GradeName, string> | null;
  locale: Locale;
  labels: PracticeLabels;
}

/** A card's one action before the answer (show it) and its four grades after. */
export function CardActions({ revealed, onReveal, onGrade, intervals, locale, labels }: Props) {
  return (
    <div className="flash-actions">
      {!revealed ? (
        <button type="button" className="flash-reveal" onClick={onReveal} aria-keyshortcuts="Space">
          {labels.reveal} <kbd>{labels.revealKey}</kbd>
        </button>
      ) : (
        <div role="group" aria-label={labels.gradePrompt} className="flash-grades">
          {GRADES.map((grade, i) => (
            <button
              key={grade}
              type="button"
              className={`grade grade-${grade}`}
              onClick={() => onGrade(grade)}
              aria-keyshortcuts={String(i + 1)}
              data-grade={grade}
            >
              <span className="grade-name">
                <kbd>{i + 1}</kbd> {labels[grade]}
              </span>
              {/* Its line is kept while the scheduler loads, so the buttons do not grow when the intervals come. */}
              <span className="grade-interval">
                {intervals ? formatMessage(locale, labels.nextIn, { interval: intervals[grade] }) : null}
              </span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
