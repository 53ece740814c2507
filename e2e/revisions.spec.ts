import { formatMessage } from '../lib/format-message';
import { LANG_TAG, LOCALES, type Locale } from '../lib/locale';
import { REVIEWER_ROLE_KEYS } from '../lib/corpus/review-schema';
import en from '../messages/en.json';
import zh from '../messages/zh.json';
import { corpus } from './corpus';
import { expect, test } from './fixtures';
import { cell } from './selectors';

// What a unit page says of its English's revisions and review, taken from the corpus as it stands:
// a translator's next revision or review changes the expectations with it, not the test.

const messages: Record<Locale, typeof en> = { en, zh };
const date = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

const revised = corpus.units.filter((u) => u.history.length > 0);
const reviewed = corpus.units.filter((u) => corpus.reviews.has(u.id));

test('a revised unit’s page shows the current English and, below it, every revision it replaced', async ({ page }) => {
  expect(revised.length, 'the corpus has revised units').toBeGreaterThan(0);
  // The first and the last revised unit, in both UI languages.
  const cases = [
    [revised[0], 'en'],
    [revised[revised.length - 1], 'zh'],
  ] as const;
  for (const [unit, locale] of cases) {
    const t = messages[locale].Unit;
    await page.goto(`/${locale}/p/${unit.id}`);
    await expect(page.locator(cell(unit.id, 'en'))).toContainText(unit.en);
    const revisions = page.getByRole('region', { name: t.revisionTitle });
    await expect(
      revisions.getByText(
        formatMessage(locale, t.revisionCurrent, {
          number: unit.revision.number,
          date: date(locale, unit.revision.date),
        }),
      ),
    ).toBeVisible();
    // Newest first, each with its number, date and the English it had, verbatim.
    const history = revisions.getByRole('listitem');
    const older = [...unit.history].reverse();
    await expect(history).toHaveCount(older.length);
    for (const [i, old] of older.entries()) {
      await expect(history.nth(i)).toContainText(
        formatMessage(locale, t.earlier, { number: old.number, date: date(locale, old.date) }),
      );
      await expect(history.nth(i).locator('blockquote')).toHaveText(old.en);
    }
  }

  const never = corpus.units.find((u) => u.history.length === 0)!;
  await page.goto(`/en/p/${never.id}`);
  await expect(page.getByRole('region', { name: en.Unit.revisionTitle }).getByText(en.Unit.noEarlier)).toBeVisible();
});

test('a reviewed unit’s page says when and by whom it was reviewed, in each locale', async ({ page }) => {
  expect(reviewed.length, 'the corpus has reviewed units').toBeGreaterThan(0);
  const unit = reviewed[0];
  const review = corpus.reviews.get(unit.id)!;
  for (const locale of LOCALES) {
    const t = messages[locale].Unit;
    await page.goto(`/${locale}/p/${unit.id}`);
    const role = t.reviewerRoles[REVIEWER_ROLE_KEYS[review.reviewer]];
    await expect(
      page
        .getByRole('region', { name: t.revisionTitle })
        .getByText(formatMessage(locale, t.reviewed, { date: date(locale, review.date), role })),
    ).toBeVisible();
  }
});
