import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Lang } from '../lib/corpus/model';
import { SPEECH_LANG, SPOKEN_CLASS } from '../lib/listen/queue';
import { expect, test } from './fixtures';
import { sentence } from './selectors';
import { SHORTCUT_KEYS } from '../components/reader/shortcuts';

// Listen, with the browser's speech replaced by a fake that records each utterance and ends it when
// the test says so: what is read, in which language and order, the marks that follow it, the speed,
// stopping; and what the control says where the browser has no voice, or no speech at all.

// scaling-12 has three sentence groups, 1=1, 2=2, 3=3; scaling-13 follows it.
const UNIT = 'scaling-12';
const NEXT = 'scaling-13';
const islandsReady = (page: Page) =>
  expect(page.locator('#lede-01 a[href="#lede-01"]')).toHaveAttribute('tabindex', '0');
const spoken = `.${SPOKEN_CLASS}`;
const listenButton = (page: Page, name: string) =>
  page.locator('.reading-bar').getByRole('button', { name, exact: true });

/**
 * Clicks a control of the sticky reading bar where it is. Playwright's own click would first scroll
 * the page towards the control's place in the flow, and so change the paragraph at the top.
 */
async function clickInPlace(page: Page, control: Locator) {
  const box = (await control.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

interface Said {
  text: string;
  lang: string;
  rate: number;
  voice: string | null;
}
interface FakeSpeech {
  said: Said[];
  cancels: number;
  finish(): boolean;
}

/** Replaces the browser's speech before the page loads; its voices arrive a moment later, as in Chrome. */
async function fakeSpeech(page: Page, voiceLangs: string[]) {
  await page.addInitScript((langs: string[]) => {
    class FakeUtterance extends EventTarget {
      text: string;
      lang = '';
      rate = 1;
      voice: { name: string } | null = null;
      onend: ((event: Event) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      constructor(text = '') {
        super();
        this.text = text;
      }
    }
    const fire = (utterance: FakeUtterance, type: 'end' | 'error') => {
      const event = new Event(type);
      utterance.dispatchEvent(event);
      utterance[type === 'end' ? 'onend' : 'onerror']?.(event);
    };
    const queued: FakeUtterance[] = [];
    let loaded = false;
    const speech = { said: [] as unknown[], cancels: 0, finish: () => false };
    const synth = Object.assign(new EventTarget(), {
      getVoices: () =>
        loaded
          ? langs.map((lang) => ({ lang, name: `fake ${lang}`, default: false, localService: true, voiceURI: lang }))
          : [],
      speak(utterance: FakeUtterance) {
        speech.said.push({
          text: utterance.text,
          lang: utterance.lang,
          rate: utterance.rate,
          voice: utterance.voice?.name ?? null,
        });
        queued.push(utterance);
      },
      cancel() {
        speech.cancels++;
        for (const utterance of queued.splice(0)) fire(utterance, 'error');
      },
      pause() {},
      resume() {},
    });
    speech.finish = () => {
      const utterance = queued.shift();
      if (utterance) fire(utterance, 'end');
      return Boolean(utterance);
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: synth });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      writable: true,
      value: FakeUtterance,
    });
    (window as unknown as { __speech: typeof speech }).__speech = speech;
    window.setTimeout(() => {
      loaded = true;
      synth.dispatchEvent(new Event('voiceschanged'));
    }, 100);
  }, voiceLangs);
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.said);
const cancels = (page: Page) => page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.cancels);
/** Ends the utterance being spoken, as the voice would when it has read it. */
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __speech: FakeSpeech }).__speech.finish());

/** The published text of side `lang` of group `n`, as it would be spoken. */
const groupText = async (page: Page, unit: string, lang: Lang, n: number) =>
  ((await page.locator(sentence(unit, lang, n)).textContent()) ?? '').replace(/\s+/g, ' ').trim();

/** Exactly group `n` of `unit` is marked as read, in both columns. */
async function onlyGroupSpoken(page: Page, unit: string, n: number) {
  await expect(page.locator(sentence(unit, 'zh', n))).toHaveClass(new RegExp(`\\b${SPOKEN_CLASS}\\b`));
  await expect(page.locator(sentence(unit, 'en', n))).toHaveClass(new RegExp(`\\b${SPOKEN_CLASS}\\b`));
  await expect(page.locator(spoken)).toHaveCount(2);
}

/** Waits until `count` utterances have been spoken; returns them all. */
async function saidCount(page: Page, count: number) {
  await expect.poll(async () => (await said(page)).length).toBe(count);
  return said(page);
}

for (const [layout, order] of [
  ['zh-en', ['zh', 'en']],
  ['en-zh', ['en', 'zh']],
] as const) {
  test(`in the ${layout} layout, Listen reads each sentence group in the layout's order, marked in both columns, at the chosen speed`, async ({
    page,
  }, testInfo) => {
    test.skip(
      testInfo.project.name !== 'desktop',
      'the layouts are the same on a phone; the keyboard is the desktop’s',
    );
    test.slow(); // axe over the whole article
    await fakeSpeech(page, ['zh-CN', 'en-US']);
    await page.goto(`/en?layout=${layout}#${UNIT}`);
    await islandsReady(page);
    await page.getByRole('combobox', { name: 'Reading speed' }).selectOption('1.25');
    if (layout === 'zh-en') {
      // The paragraph focused is where reading starts (here it is also the one at the top).
      await page.locator(`#${UNIT} a[href="#${UNIT}"]`).focus();
      await listenButton(page, 'Listen').focus();
      await page.keyboard.press('Enter');
    } else {
      // The speed's select scrolled the page on the way: back to the paragraph, at the top.
      await page.locator(`#${UNIT}`).evaluate((row) => row.scrollIntoView({ block: 'start' }));
      await clickInPlace(page, listenButton(page, 'Listen'));
    }
    await expect(listenButton(page, 'Stop')).toBeVisible();
    await expect(page.locator('.reading-bar').getByText('Reading aloud from this paragraph on.')).toBeAttached();

    // Group by group, each side in the layout's order; the marks move on with the last side's end.
    let count = 0;
    for (const n of [1, 2, 3]) {
      for (const [i, lang] of order.entries()) {
        const all = await saidCount(page, ++count);
        const utterance = all[count - 1];
        expect(utterance.text).toBe(await groupText(page, UNIT, lang, n));
        expect(utterance.lang).toBe(SPEECH_LANG[lang]);
        expect(utterance.voice).toBe(lang === 'zh' ? 'fake zh-CN' : 'fake en-US');
        expect(utterance.rate).toBe(n === 3 && i === 1 ? 1.5 : 1.25);
        await onlyGroupSpoken(page, UNIT, n);
        if (n === 1 && i === 0) {
          await expect(page.locator(sentence(UNIT, lang, 1))).toBeInViewport();
          const axe = await new AxeBuilder({ page }).analyze();
          expect(axe.violations).toEqual([]);
        }
        // A new speed applies from the next utterance.
        if (n === 3 && i === 0) await page.getByRole('combobox', { name: 'Reading speed' }).selectOption('1.5');
        expect(await finish(page)).toBe(true);
      }
    }
    // From the paragraph on: the next paragraph follows.
    const next = await saidCount(page, ++count);
    expect(next[count - 1].text).toBe(await groupText(page, NEXT, order[0], 1));
    await onlyGroupSpoken(page, NEXT, 1);

    // Stopping: Escape from the page, or the control itself.
    const before = await cancels(page);
    if (layout === 'zh-en') await page.keyboard.press('Escape');
    else await clickInPlace(page, listenButton(page, 'Stop'));
    await expect(page.locator(spoken)).toHaveCount(0);
    await expect(listenButton(page, 'Listen')).toBeVisible();
    expect(await cancels(page)).toBeGreaterThan(before);
    await expect(page.locator('.reading-bar').getByText('Stopped reading aloud.')).toBeAttached();
    expect(await said(page)).toHaveLength(count);

    // The shortcut starts reading at the paragraph focused, and stops it.
    if (layout === 'zh-en') {
      await page.locator(`#${NEXT} a[href="#${NEXT}"]`).focus();
      await page.keyboard.press(SHORTCUT_KEYS.listen);
      await expect(listenButton(page, 'Stop')).toBeVisible();
      const again = await saidCount(page, ++count);
      expect(again[count - 1].text).toBe(await groupText(page, NEXT, order[0], 1));
      await page.keyboard.press(SHORTCUT_KEYS.listen);
      await expect(listenButton(page, 'Listen')).toBeVisible();
      await expect(page.locator(spoken)).toHaveCount(0);
    }
  });
}

test('without a Chinese voice the control says so, in the UI language, and reads the English only', async ({
  page,
}) => {
  await fakeSpeech(page, ['en-GB']);
  await page.goto(`/zh?layout=zh#${UNIT}`);
  await islandsReady(page);
  await clickInPlace(page, listenButton(page, '朗读'));
  const note = page.locator('.reading-bar .listen-note');
  await expect(note).toHaveText('此浏览器没有中文语音，无法朗读中文。');
  await expect(listenButton(page, '朗读')).toHaveAccessibleDescription('此浏览器没有中文语音，无法朗读中文。');
  expect(await said(page)).toEqual([]);

  await page.goto(`/en?layout=zh-en#${UNIT}`);
  await islandsReady(page);
  await clickInPlace(page, listenButton(page, 'Listen'));
  await expect(page.locator('.reading-bar .listen-note')).toHaveText(
    'This browser has no Chinese voice, so it can’t read the Chinese aloud.',
  );
  await expect(listenButton(page, 'Stop')).toBeVisible();
  const first = await saidCount(page, 1);
  expect(first[0]).toMatchObject({ lang: 'en', text: await groupText(page, UNIT, 'en', 1) });
  await onlyGroupSpoken(page, UNIT, 1);
  await clickInPlace(page, listenButton(page, 'Stop'));
  await expect(page.locator(spoken)).toHaveCount(0);
});

test('without speech synthesis the control is marked unavailable and says why', async ({ page }) => {
  await page.addInitScript(() => {
    delete (Window.prototype as unknown as Record<string, unknown>).speechSynthesis;
    delete (window as unknown as Record<string, unknown>).speechSynthesis;
  });
  await page.goto(`/en#${UNIT}`);
  await islandsReady(page);
  const button = listenButton(page, 'Listen');
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveAccessibleDescription('This browser can’t read text aloud.');
  await expect(page.getByRole('combobox', { name: 'Reading speed' })).toHaveCount(0);
  // Marked unavailable, not disabled: it stays focusable and answers when pressed.
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.reading-bar .listen-note')).toHaveText('This browser can’t read text aloud.');
});
