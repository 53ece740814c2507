import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { DEFAULT_STATE, TEXT_SIZES, THEMES, type TextSize } from '../lib/display/state';
import { HAN } from '../lib/reader/contract';
import { corpus } from './corpus';
import { expect, test } from './fixtures';
import { ROWS, text } from './selectors';

// scaling-05 is where readings ran together (不少专 read "shǎozhuān", 总能找到 "zǒngnéngzhǎodào"),
// with Latin words in parentheses inside the Chinese; scaling-24 has two of the widest readings side
// by side (两种 liǎng zhǒng, 章中 zhāng zhōng).
const UNITS = ['scaling-05', 'scaling-24'];
const MIN_GAP = 2;
const TOLERANCE = 1;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

interface Reading {
  /** The box of the reading's letters. */
  rt: Box;
  /** The box of the character it reads. */
  base: Box;
  reading: string;
  char: string;
}

/** Each reading over its character, in text order, and the line fragments of the text outside ruby. */
function measure(page: Page, unit: string): Promise<{ readings: Reading[]; plain: (Box & { text: string })[] }> {
  return page.locator(text(unit, 'zh')).evaluate((el) => {
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const range = document.createRange();
    // The reading's own text, not the rt element: in the browser's ruby layout an rt spans its whole
    // column, so its element box does not say where the letters are.
    const textBox = (node: Node) => {
      range.selectNodeContents(node);
      return box(range.getBoundingClientRect());
    };
    const readings = Array.from(el.querySelectorAll('rt'), (rt) => {
      const char = rt.previousSibling!;
      return { rt: textBox(rt), base: textBox(char), reading: rt.textContent!, char: char.textContent! };
    });
    const plain: (ReturnType<typeof box> & { text: string })[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (node.parentElement!.closest('ruby') || !node.data.trim()) continue;
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) if (r.width > 0) plain.push({ ...box(r), text: node.data });
    }
    return { readings, plain };
  });
}

const centre = (b: Box) => (b.left + b.right) / 2;
const middle = (b: Box) => (b.top + b.bottom) / 2;
/** Two boxes on one line: their vertical extents overlap by more than half the smaller one. */
const sameLine = (a: Box, b: Box) =>
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > Math.min(a.bottom - a.top, b.bottom - b.top) / 2;

/** Where each Han character of a unit stands in its text: neighbours there have nothing between them. */
const hanPositions = (unit: string) =>
  Array.from(corpus.units.find((u) => u.id === unit)!.zh).flatMap((c, i) => (HAN.test(c) ? [{ c, i }] : []));

/** Everything wrong with how the readings of one unit are set, and the smallest gap between two. */
function check(size: TextSize, unit: string, readings: Reading[], plain: (Box & { text: string })[]) {
  const problems: string[] = [];
  const han = hanPositions(unit);
  if (readings.map((r) => r.char).join('') !== han.map((h) => h.c).join(''))
    problems.push(`${unit}: not every character has its reading`);
  let minGap = Infinity;
  const pitches: number[] = [];
  for (const [i, { rt, base, reading, char }] of readings.entries()) {
    const at = `${size} ${unit}: ${char} ${reading}`;
    if (rt.right - rt.left <= 0) problems.push(`${at} is not shown`);
    const offCentre = Math.abs(centre(rt) - centre(base));
    if (offCentre > TOLERANCE) problems.push(`${at} is ${offCentre.toFixed(1)} px off its character's centre`);
    if (middle(rt) >= base.top) problems.push(`${at} is not above its character`);
    const next = readings[i + 1];
    if (!next || !sameLine(base, next.base)) continue;
    const gap = next.rt.left - rt.right;
    minGap = Math.min(minGap, gap);
    if (gap < MIN_GAP) problems.push(`${at} and ${next.char} ${next.reading} are ${gap.toFixed(1)} px apart`);
    if (han[i + 1]?.i === han[i]?.i + 1) pitches.push(next.base.left - base.left);
  }
  // Neighbouring characters are evenly spaced, whatever their readings.
  if (Math.max(...pitches) - Math.min(...pitches) > TOLERANCE) {
    problems.push(
      `${size} ${unit}: characters are ${Math.min(...pitches).toFixed(1)} to ${Math.max(...pitches).toFixed(1)} px apart`,
    );
  }
  // Characters, punctuation and Latin words never overlap on a line, no line starts with a closing
  // mark, and a reading never runs into the line above.
  const glyphs = [...readings.map((r) => ({ ...r.base, text: r.char })), ...plain];
  for (const a of glyphs) {
    for (const b of glyphs) {
      if (a !== b && sameLine(a, b) && a.left <= b.left && b.left < a.right - 0.5)
        problems.push(`${size} ${unit}: “${a.text}” and “${b.text}” overlap`);
    }
  }
  const lineStarts = glyphs.filter((g) => !glyphs.some((o) => o !== g && sameLine(o, g) && o.left < g.left));
  for (const g of lineStarts)
    if (/^[，。、；：？！）》”’,.;:?!)]/.test(g.text)) problems.push(`${size} ${unit}: a line starts with “${g.text}”`);
  for (const { rt, base, reading } of readings) {
    for (const g of glyphs) {
      const lineAbove = g.bottom <= base.top && g.right > rt.left && g.left < rt.right;
      if (lineAbove && rt.top < g.bottom - 0.5)
        problems.push(`${size} ${unit}: ${reading} runs into “${g.text}” on the line above`);
    }
  }
  return { problems, minGap };
}

async function chooseSize(page: Page, size: TextSize, phone: boolean) {
  const options = page.getByRole('button', { name: '选项' });
  if (phone) await options.click();
  await page.getByRole('combobox', { name: '字号' }).selectOption(size);
  if (phone) await options.click();
  if (size === DEFAULT_STATE.size) await expect(page.locator('html')).not.toHaveAttribute('data-size');
  else await expect(page.locator('html')).toHaveAttribute('data-size', size);
}

for (const width of [1366, 360]) {
  test(`pinyin at ${width} px: each reading centred over its character, none touching, at every text size`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'the widths are set here');
    // The whole article is set in ruby and laid out again at each of the four sizes.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/zh?pinyin=1#${UNITS[0]}`);
    // The units away from the viewport are set in idle slices: each measured unit has all its readings first.
    for (const unit of UNITS)
      await expect(page.locator(`${text(unit, 'zh')} rt`)).toHaveCount(hanPositions(unit).length);
    await page.evaluate(() => document.fonts.ready);
    // Every size is measured before anything is asserted, so a failure reports all of them.
    const problems: string[] = [];
    for (const size of TEXT_SIZES) {
      await chooseSize(page, size, width <= 720);
      for (const unit of UNITS) {
        const { readings, plain } = await measure(page, unit);
        const found = check(size, unit, readings, plain);
        problems.push(...found.problems);
        const line = `pinyin at ${width} px, size ${size}, ${unit}: smallest gap between readings ${found.minGap.toFixed(2)} px`;
        console.log(line);
        testInfo.annotations.push({ type: 'smallest gap', description: line });
      }
    }
    expect(problems.slice(0, 20), `${problems.length} problems`).toEqual([]);
  });
}

test('axe finds nothing in a section with pinyin on, in either theme', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'checked once');
  test.setTimeout(180_000); // axe over a section of ruby takes about 30 s a theme on a busy 2-core machine
  await page.goto(`/zh?pinyin=1#${UNITS[0]}`);
  await expect(page.locator(`${text(UNITS[0], 'zh')} rt`).first()).toBeVisible();
  for (const theme of THEMES.filter((t) => t !== 'system')) {
    await page.getByRole('combobox', { name: '配色' }).selectOption(theme);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const { violations } = await new AxeBuilder({ page }).include('#section-scaling').analyze();
    expect(violations.map((v) => `${theme}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  }
});

test('switched on, the paragraph in view gets its readings, then every other one, each once; off hides them all', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'checked once');
  const han = corpus.units.reduce((n, u) => n + Array.from(u.zh).filter((c) => HAN.test(c)).length, 0);
  await page.goto(`/zh#${UNITS[1]}`);
  const pinyin = page.getByRole('checkbox', { name: '拼音' });
  await pinyin.check();
  // The paragraph in view is set whole, in the task that handles the switch (tests/pinyin-slices.test.ts
  // shows the order); the rest of the article follows in idle slices.
  await expect(page.locator(`${text(UNITS[1], 'zh')} rt`).first()).toBeVisible();
  expect(await page.locator(`${text(UNITS[1], 'zh')} rt`).count()).toBe(hanPositions(UNITS[1]).length);
  await expect(page.locator(`${ROWS} rt`)).toHaveCount(han, { timeout: 30_000 });
  // Off hides every reading; on again adds none.
  await pinyin.uncheck();
  await expect(page.locator(`${ROWS} rt:visible`)).toHaveCount(0);
  await pinyin.check();
  await expect(page.locator(`${text(UNITS[1], 'zh')} rt`).first()).toBeVisible();
  expect(await page.locator(`${ROWS} rt`).count()).toBe(han);
});
