import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SAVED_WORDS_KEY } from '../components/words/saved-keys';
import { WORD_CARD_ID, WORD_SELECTOR } from '../lib/reader/contract';
import { sentences } from './corpus';
import { expect, test } from './fixtures';
import { inLang, text, WORD_CARD_PINYIN } from './selectors';

// Word mode as a reader meets it: a Chinese word's card by mouse or touch and by keyboard, on a unit
// page and in the parallel reader; Save keeps the word for the practice page's My words deck.

const UNIT = 'scaling-05';
const card = (page: Page) => page.locator(`#${WORD_CARD_ID}`);
const wordIn = (page: Page, word: string) =>
  page.locator(`${text(UNIT, 'zh')} ${WORD_SELECTOR}`).filter({ hasText: new RegExp(`^${word}$`) });

async function point(page: Page, target: ReturnType<typeof wordIn>, touch: boolean) {
  if (touch) await target.tap();
  else {
    // From outside, as a reader's pointer comes: a pointer already resting on the word brings no new hover.
    await page.mouse.move(0, 0);
    await target.hover();
  }
}

test('word mode on a unit page: a card by pointer and keyboard, Escape, Save, then the word in My words', async ({
  page,
  isMobile,
}) => {
  await page.goto(`/en/p/${UNIT}?words=1`);
  await expect(page.getByRole('checkbox', { name: 'Word mode' })).toBeChecked();

  const bottleneck = wordIn(page, '瓶颈');
  await expect(bottleneck).toHaveCount(1);
  await point(page, bottleneck, isMobile);
  await expect(card(page)).toBeVisible();
  await expect(card(page)).toHaveAttribute('role', 'tooltip');
  await expect(card(page).locator(WORD_CARD_PINYIN).first()).toHaveText('píngjǐng');
  await expect(card(page)).toContainText(/bottleneck/i);
  // The sentence it sits in, beside the aligned English sentence, the word marked.
  await expect(card(page).locator(inLang('zh')).filter({ hasText: '瓶颈' }).first()).toBeVisible();
  // The English of the group that holds the word, as the corpus has it today.
  const group = sentences.get(UNIT)!.groups.find((g) => g.zh.text.includes('瓶颈'))!;
  await expect(card(page).locator(inLang('en')).filter({ hasText: group.en.text }).first()).toBeVisible();
  await expect(bottleneck).toHaveAttribute('aria-describedby', WORD_CARD_ID);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Keyboard: Right moves word by word within the paragraph, and the card follows the focus.
  await bottleneck.focus();
  await page.keyboard.press('ArrowRight');
  const next = page.locator(':focus');
  await expect(next).not.toHaveText('瓶颈');
  await expect(next).toHaveAttribute('aria-describedby', WORD_CARD_ID);
  await page.keyboard.press('ArrowLeft');
  await expect(bottleneck).toBeFocused();
  await expect(card(page)).toContainText(/bottleneck/i);
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();
  await expect(bottleneck).not.toHaveAttribute('aria-describedby', WORD_CARD_ID);

  // Save, from the card's own button.
  await point(page, bottleneck, isMobile);
  await expect(card(page)).toBeVisible();
  const save = card(page).getByRole('button', { name: 'Save' });
  if (isMobile) await save.tap();
  else {
    await bottleneck.focus();
    await save.click();
  }
  await expect(card(page).getByRole('button', { name: /Saved/ })).toBeVisible();
  const stored = await page.evaluate((key) => localStorage.getItem(key), SAVED_WORDS_KEY);
  expect(stored).toContain('瓶颈');

  await page.goto('/en/practice?deck=words');
  await expect(page.getByRole('region', { name: 'Your saved words' }).getByRole('listitem').first()).toContainText(
    '瓶颈',
  );
});

test('word mode in the reader: switched on from the reading bar, a card in either layout, plain reading untouched when off', async ({
  page,
  isMobile,
}) => {
  await page.goto(`/zh#${UNIT}`);
  const paragraph = page.locator(text(UNIT, 'zh'));
  const before = await paragraph.textContent();
  const words = page.locator(`${text(UNIT, 'zh')} ${WORD_SELECTOR}`);
  await expect(words).toHaveCount(0);

  // The reader wraps a paragraph's words when the pointer or a tap first reaches it.
  const openCard = async (word: string) => {
    if (isMobile) await paragraph.tap({ position: { x: 2, y: 2 } });
    else await paragraph.hover();
    await point(page, wordIn(page, word), isMobile);
    await expect(card(page)).toBeVisible();
  };
  const wordMode = page.getByRole('checkbox', { name: '查词模式' });
  if (isMobile) await page.getByRole('button', { name: '选项' }).click();
  await wordMode.check();
  await expect(page).toHaveURL(/[?&]words=1/);

  // Side by side, the default layout.
  await openCard('专家');
  await expect(card(page).locator(WORD_CARD_PINYIN).first()).toHaveText('zhuānjiā');
  await expect(card(page)).toContainText(/expert/i);
  expect((await new AxeBuilder({ page }).include(`#${WORD_CARD_ID}`).include(`#${UNIT}`).analyze()).violations).toEqual(
    [],
  );
  await page.keyboard.press('Escape');
  await expect(card(page)).toBeHidden();

  // Interleaved, from an address that carries both choices.
  await page.goto(`/zh?words=1&layout=interleaved#${UNIT}`);
  await openCard('怀疑');
  await expect(card(page).locator(WORD_CARD_PINYIN).first()).toHaveText('huáiyí');
  expect((await new AxeBuilder({ page }).include(`#${WORD_CARD_ID}`).include(`#${UNIT}`).analyze()).violations).toEqual(
    [],
  );
  // Wrapping changes no character of the text as served.
  expect(await paragraph.textContent()).toBe(before);

  // Off again: every word unwrapped, the text exactly as served.
  if (isMobile) await page.getByRole('button', { name: '选项' }).click();
  await wordMode.uncheck();
  await expect(words).toHaveCount(0);
  expect(await paragraph.textContent()).toBe(before);
});
