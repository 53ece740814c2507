import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { APIRequestContext, Download, Page } from '@playwright/test';
import { parse as parseCSV } from 'csv-parse/sync';
import type { WordData } from '../lib/words/data';
import { serializeSavedList, type SavedWord } from '../lib/words/saved';
import { SAVED_ASIDE_PREFIX, SAVED_WORDS_KEY } from '../components/words/saved-keys';
import { PROGRESS_KEY } from '../lib/practice/progress';
import { WORD_CSV_COLUMNS } from '../lib/words/saved-export';
import { sentencePath } from '../lib/routes';
import { ankiFieldText, importAnkiText } from '../tests/helpers/anki-import';
import { expect, test } from './fixtures';
import { ANSWER, flash, FLASHCARD, PRACTICE_READY, PRACTICE_STATS } from './selectors';
import { loadProject } from '../lib/project/load';

// The My words deck of the practice page, with saved words seeded in localStorage in the store's
// own format, built from the corpus and the site's own word data (as a word card saves them).

const sentences = loadProject().sentences;

let wordData: WordData | null = null;
async function words(request: APIRequestContext): Promise<WordData> {
  wordData ??= (await (await request.get('/data/words/en.json')).json()) as WordData;
  return wordData;
}

/** Every word of a unit with its offset, as the word file lists them. */
function unitWords(data: WordData, unitId: string) {
  const out: { start: number; entry: WordData['words'][number] }[] = [];
  const pairs = data.units[unitId] ?? [];
  let at = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    at += pairs[i];
    const entry = data.words[pairs[i + 1]];
    out.push({ start: at, entry });
    at += entry.w.length;
  }
  return out;
}

function entryFor(data: WordData, unitId: string, start: number, savedAt: string): SavedWord {
  const found = unitWords(data, unitId).find((w) => w.start === start);
  if (!found) throw new Error(`no word at ${unitId}:${start}`);
  const { entry } = found;
  const group = sentences.get(unitId)!.groups.find((g) => g.zh.start <= start && start < g.zh.end)!;
  const senses = [...(entry.t ? [entry.t.definition] : []), ...(entry.s ?? []).flatMap(([, en]) => en)];
  return {
    key: `${unitId}:${start}`,
    word: entry.w,
    pinyin: entry.r,
    senses: senses.length
      ? senses.slice(0, 4)
      : (entry.c ?? []).flatMap((i) => (data.words[i].s ?? []).flatMap(([, en]) => en)).slice(0, 4),
    unitId,
    groupN: group.n,
    zhSentence: group.zh.text,
    enSentence: group.en.text,
    start,
    sentenceOffset: start - group.zh.start,
    savedAt,
  };
}

/** The first occurrence of a word in the article, saved. */
async function saved(request: APIRequestContext, text: string, savedAt: string): Promise<SavedWord> {
  const data = await words(request);
  for (const [unitId] of sentences) {
    const hit = unitWords(data, unitId).find((w) => w.entry.w === text);
    if (hit) return entryFor(data, unitId, hit.start, savedAt);
  }
  throw new Error(`${text} is no word of the article`);
}

/** A word that occurs twice in one sentence, saved at its second occurrence. */
async function savedTwice(request: APIRequestContext, savedAt: string): Promise<SavedWord> {
  const data = await words(request);
  for (const [unitId, unit] of sentences) {
    const list = unitWords(data, unitId).filter((w) => w.entry.w.length >= 2 && /\p{Script=Han}/u.test(w.entry.w));
    for (const group of unit.groups) {
      const inGroup = list.filter((w) => w.start >= group.zh.start && w.start < group.zh.end);
      const second = inGroup.find((w, i) => inGroup.slice(0, i).some((v) => v.entry.w === w.entry.w));
      if (second) return entryFor(data, unitId, second.start, savedAt);
    }
  }
  throw new Error('no word occurs twice in one sentence');
}

async function seed(page: Page, list: SavedWord[] | string) {
  const text = typeof list === 'string' ? list : serializeSavedList(list);
  await page.addInitScript(
    ([key, value]) => {
      if (!window.sessionStorage.getItem('seeded')) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem('seeded', '1');
      }
    },
    [SAVED_WORDS_KEY, text] as const,
  );
}

const ready = (page: Page) => page.locator(PRACTICE_READY);
const stats = (page: Page) => page.locator(PRACTICE_STATS);
const card = (page: Page) => page.locator(FLASHCARD);
const list = (page: Page, name = 'Your saved words') => page.getByRole('region', { name });
const readDownload = async (download: Download) => readFile((await download.path())!, 'utf8');
const storedWords = (page: Page) =>
  page.evaluate(
    (key) => (JSON.parse(window.localStorage.getItem(key) ?? '{"words":[]}') as { words: SavedWord[] }).words,
    SAVED_WORDS_KEY,
  );

test('practising saved words: the word in its sentence, the answer, a grade; the list and Remove', async ({
  page,
  request,
}) => {
  const bottleneck = await saved(request, '瓶颈', '2026-12-01T09:00:00.000Z');
  const expert = await saved(request, '专家', '2026-12-01T09:05:00.000Z');
  const twice = await savedTwice(request, '2026-12-01T09:10:00.000Z');
  await seed(page, [bottleneck, expert, twice]);
  await page.goto('/en/practice');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  const deck = page.getByLabel('Deck');
  await expect(deck.getByRole('option', { name: /^My words/ })).toHaveText('My words (3)');
  await deck.selectOption('words');
  await expect(page).toHaveURL(/\/en\/practice\?deck=words$/);
  await expect(page.getByLabel('Direction')).toBeHidden();
  await expect(stats(page)).toHaveText('0 due · 3 new · 0 later');

  // Front: the word marked inside its Chinese sentence, nothing of the answer.
  await expect(card(page).getByRole('heading')).toHaveText('What does the marked word mean?');
  const sentence = card(page).locator(flash('sentence'));
  await expect(sentence).toHaveAttribute('lang', 'zh-Hans');
  await expect(sentence).toHaveText(bottleneck.zhSentence);
  await expect(sentence.locator('mark')).toHaveText('瓶颈');
  await expect(card(page).locator(ANSWER)).toHaveCount(0);
  await expect(card(page)).not.toContainText(bottleneck.enSentence);

  // Back: the word, its pinyin, its senses and the English sentence, with the sentence's address.
  await card(page)
    .getByRole('button', { name: /Show answer/ })
    .click();
  const answer = card(page).locator(ANSWER);
  await expect(answer.locator(flash('zh'))).toHaveText('瓶颈');
  await expect(answer.locator(flash('pinyin'))).toHaveText(bottleneck.pinyin);
  await expect(answer.locator(flash('senses')).getByRole('listitem')).toHaveText(bottleneck.senses);
  expect(bottleneck.senses.join(' ')).toContain('bottleneck');
  await expect(answer.locator(flash('en-sentence'))).toHaveText(bottleneck.enSentence);
  await expect(
    answer.getByRole('link', { name: `Open paragraph ${bottleneck.unitId}, sentence ${bottleneck.groupN}` }),
  ).toHaveAttribute('href', sentencePath('en', bottleneck.unitId, bottleneck.groupN));
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  await card(page).getByRole('button', { name: /Good/ }).click();
  await expect(stats(page)).toHaveText('0 due · 2 new · 1 later');
  await expect(card(page).locator(`${flash('sentence')} mark`)).toHaveText('专家');
  const progress = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key)!), PROGRESS_KEY);
  expect(Object.keys(progress.cards)).toEqual([`word:${bottleneck.key}`]);

  // Keyboard: Space shows the answer, 3 grades Good; the third word is marked at its second occurrence.
  await card(page).focus();
  await page.keyboard.press('Space');
  await expect(card(page).locator(`${ANSWER} ${flash('zh')}`)).toHaveText('专家');
  await page.keyboard.press('3');
  await expect(stats(page)).toHaveText('0 due · 1 new · 2 later');
  const [before, , after] = [
    twice.zhSentence.slice(0, twice.sentenceOffset),
    twice.word,
    twice.zhSentence.slice(twice.sentenceOffset! + twice.word.length),
  ];
  expect(before).toContain(twice.word);
  const marked = await card(page)
    .locator(flash('sentence'))
    .evaluate((p) =>
      [...p.childNodes].map((n) => (n.nodeName === 'MARK' ? `[${n.textContent}]` : n.textContent)).join(''),
    );
  expect(marked).toBe(`${before}[${twice.word}]${after}`);

  // The list: every saved word, each with its Remove button; removing keeps focus in the list.
  const region = list(page);
  await expect(region.getByRole('listitem')).toHaveCount(3);
  await expect(region.getByRole('listitem').first()).toContainText('瓶颈');
  await expect(region.getByRole('listitem').first().getByRole('link')).toHaveAttribute(
    'href',
    sentencePath('en', bottleneck.unitId, bottleneck.groupN),
  );
  await region.getByRole('button', { name: 'Remove 专家' }).click();
  await expect(region.getByRole('status')).toHaveText('Removed 专家.');
  await expect(region.getByRole('listitem')).toHaveCount(2);
  await expect(region.getByRole('button', { name: `Remove ${twice.word}` })).toBeFocused();
  await expect(deck.getByRole('option', { name: /^My words/ })).toHaveText('My words (2)');
  expect((await storedWords(page)).map((w) => w.key)).toEqual([bottleneck.key, twice.key]);
  await page.reload();
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await expect(deck).toHaveValue('words');
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
  await expect(stats(page)).toHaveText('0 due · 1 new · 1 later');
});

test('the saved words as an Anki deck and a CSV, read back', async ({ page, request, baseURL }) => {
  const entries = [
    await saved(request, '瓶颈', '2026-12-01T09:00:00.000Z'),
    await saved(request, '专家', '2026-12-01T09:05:00.000Z'),
  ];
  await seed(page, entries);
  await page.goto('/en/practice?deck=words');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  const region = list(page);

  const [anki] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Download as an Anki deck' }).click(),
  ]);
  expect(anki.suggestedFilename()).toBe('parallel-reader-my-words-en.txt');
  const deck = importAnkiText(await readDownload(anki));
  expect(deck).toMatchObject({ separator: '\t', html: true, notetype: 'Basic', deck: 'Parallel Reader: my words' });
  expect(deck.columns).toEqual(['GUID', 'Front', 'Back', 'Tags']);
  expect(deck.notes).toHaveLength(2);
  for (const [i, entry] of entries.entries()) {
    const note = deck.notes[i];
    expect(note.guid).toBe(`parallel-reader-word-${entry.unitId}-${entry.start}`);
    expect(ankiFieldText(note.fields.Front)).toBe(entry.zhSentence);
    expect(note.fields.Front).toContain(`<b>${entry.word}</b>`);
    const back = ankiFieldText(note.fields.Back);
    for (const part of [entry.word, entry.pinyin, ...entry.senses, entry.enSentence]) expect(back).toContain(part);
    expect(note.fields.Back).toContain(`href="${baseURL}/en/p/${entry.unitId}#s${entry.groupN}"`);
    expect(note.tags).toEqual(['parallel-reader', 'my-words', `unit::${entry.unitId}`]);
  }

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe('parallel-reader-my-words-en.csv');
  const text = await readDownload(csv);
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('\r\n');
  const rows = parseCSV(text, { bom: true, columns: true }) as Record<string, string>[];
  expect(Object.keys(rows[0])).toEqual([...WORD_CSV_COLUMNS]);
  expect(rows).toEqual(
    entries.map((e) => ({
      word: e.word,
      pinyin: e.pinyin,
      senses: e.senses.join(' | '),
      zh_sentence: e.zhSentence,
      en_sentence: e.enSentence,
      unit: e.unitId,
      sentence: String(e.groupN),
      offset: String(e.start),
      address: `${baseURL}/en/p/${e.unitId}#s${e.groupN}`,
      saved_at: e.savedAt,
    })),
  );
});

test('the progress file carries the saved words: export, import into an empty browser, and an old file still imports', async ({
  page,
  request,
}) => {
  const entries = [
    await saved(request, '瓶颈', '2026-12-01T09:00:00.000Z'),
    await saved(request, '专家', '2026-12-01T09:05:00.000Z'),
  ];
  await seed(page, entries);
  await page.goto('/zh/practice?deck=words');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await card(page)
    .getByRole('button', { name: /显示答案/ })
    .click();
  await card(page).getByRole('button', { name: /简单/ }).click();
  await expect(stats(page)).toHaveText('到期 0 · 新卡 1 · 稍后 1');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出进度' }).click(),
  ]);
  const exported = await readDownload(download);
  const file = JSON.parse(exported);
  expect(file).toMatchObject({ format: 'parallel-reader-practice', version: 2 });
  expect(file.words).toEqual(entries);
  expect(Object.keys(file.cards)).toEqual([`word:${entries[0].key}`]);

  // A damaged word in the file is named, and nothing changes.
  const transfer = page.getByRole('region', { name: '学习进度' });
  const input = page.getByLabel('导入进度');
  const damaged = structuredClone(file);
  damaged.words[1].zhSentence = '这句话里没有那个词';
  await input.setInputFiles({
    name: 'damaged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(damaged)),
  });
  await expect(transfer.getByRole('alert')).toContainText('（words.1.zhSentence：');

  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: '还没有收藏的词' })).toBeVisible();
  await page
    .getByLabel('导入进度')
    .setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  await expect(transfer.getByRole('status')).toHaveText('已导入 1 张卡片的进度。新增了 2 个收藏的词。');
  await expect(stats(page)).toHaveText('到期 0 · 新卡 1 · 稍后 1');
  await expect(list(page, '收藏的词').getByRole('listitem')).toHaveCount(2);
  expect(await storedWords(page)).toEqual(entries);

  // A version 1 file (glossary cards only) still imports, and leaves the saved words as they are.
  const v1 = {
    format: 'parallel-reader-practice',
    version: 1,
    exportedAt: '2026-11-30T10:00:00.000Z',
    cards: { 'superposition:zh-en': { ...file.cards[`word:${entries[0].key}`] } },
  };
  await page
    .getByLabel('导入进度')
    .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(v1)) });
  await expect(transfer.getByRole('status')).toHaveText('已导入 1 张卡片的进度。');
  await expect(list(page, '收藏的词').getByRole('listitem')).toHaveCount(2);
  await expect(stats(page)).toHaveText('到期 0 · 新卡 2 · 稍后 0');
  expect(
    Object.keys(await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key)!).cards, PROGRESS_KEY)),
  ).toEqual(['superposition:zh-en']);
});

test('a corrupt store: the page says so, shows what it can, keeps the damaged list aside, and the glossary still works', async ({
  page,
  request,
}) => {
  const bottleneck = await saved(request, '瓶颈', '2026-12-01T09:00:00.000Z');
  const damaged = JSON.stringify({
    format: 'parallel-reader-words',
    version: 1,
    words: [bottleneck, { word: '半个', start: 'x' }],
  });
  await seed(page, damaged);
  await page.goto('/en/practice?deck=words');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  const region = list(page);
  await expect(region.getByRole('alert')).toHaveText(/Some of your saved words could not be read/);
  await expect(region.getByRole('listitem')).toHaveCount(1);
  expect(await page.evaluate((key) => window.localStorage.getItem(key), SAVED_WORDS_KEY)).toBe(damaged);

  // The first change keeps the damaged text aside before it writes, and offers it for download.
  await region.getByRole('button', { name: 'Remove 瓶颈' }).click();
  await expect(region.getByRole('alert')).toHaveText(/A damaged list of saved words was kept aside/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    region.getByRole('button', { name: 'Download the damaged list' }).click(),
  ]);
  expect(await readDownload(download)).toBe(damaged);
  const aside = await page.evaluate(
    (prefix) => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix)),
    SAVED_ASIDE_PREFIX,
  );
  expect(aside).toHaveLength(1);
  await expect(page.getByRole('heading', { name: 'No saved words yet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the reader' })).toHaveAttribute('href', '/en');

  // The glossary decks are untouched.
  await page.getByLabel('Deck').selectOption('all');
  await card(page)
    .getByRole('button', { name: /Show answer/ })
    .click();
  await card(page).getByRole('button', { name: /Good/ }).click();
  await expect(stats(page)).toContainText('1 later');
});

test('a full store: a change that does not fit is refused, said so, and nothing is lost', async ({ page, request }) => {
  const entries = [
    await saved(request, '瓶颈', '2026-12-01T09:00:00.000Z'),
    await saved(request, '专家', '2026-12-01T09:05:00.000Z'),
  ];
  await seed(page, entries);
  // The browser's storage is full: every write of the saved words fails as a full store does.
  await page.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (name: string, value: string) {
      if (name === key && window.sessionStorage.getItem('seeded'))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, name, value);
    };
  }, SAVED_WORDS_KEY);
  await page.goto('/en/practice?deck=words');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  const region = list(page);
  await region.getByRole('button', { name: 'Remove 专家' }).click();
  await expect(region.getByRole('alert')).toHaveText(
    'This browser’s storage is full, so that change to your saved words was not kept. Everything saved before is still there.',
  );
  await expect(region.getByRole('listitem')).toHaveCount(2);
  expect(await storedWords(page)).toEqual(entries);
  // Practice goes on.
  await card(page)
    .getByRole('button', { name: /Show answer/ })
    .click();
  await card(page).getByRole('button', { name: /Good/ }).click();
  await expect(stats(page)).toHaveText('0 due · 1 new · 1 later');
});

test('with nothing saved, the My words deck says how to save a word', async ({ page }) => {
  await page.goto('/zh/practice');
  await expect(ready(page)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('卡组').selectOption('words');
  await expect(page.getByRole('heading', { name: '还没有收藏的词' })).toBeVisible();
  await expect(page.getByText(/从阅读栏打开“词语”模式/)).toBeVisible();
  await expect(page.getByRole('link', { name: '前往阅读器' })).toHaveAttribute('href', '/zh');
  await expect(stats(page)).toHaveText('到期 0 · 新卡 0 · 稍后 0');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
