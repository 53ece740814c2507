// The first interaction on an emulated mid-range phone (issue 17): Chromium with Pixel 7 emulation,
// the CPU slowed 4× and the network at 150 ms round trip and 200,000 B/s each way (1.6 Mbit/s), set
// through the DevTools protocol. Each run opens the reader in a fresh context (empty cache), waits
// for the network to settle and then for 3 s without a long task or a fetch, and makes one tap. The
// time is taken in the page: from the tap's pointerdown (its event timestamp) to the first animation
// frame in which the result is visible.
import { devices, type CDPSession, type Locator, type Page } from '@playwright/test';
import { anyTerm, citeLink, markedSentences, text } from '../../e2e/selectors';
import { freshContext, launchChromium, waitForQuiet } from './browser';
import { WORD_CARD_ID } from '../../lib/reader/contract';
import { INTERACTION_MS } from './budgets';
import { atMost, ms, row, type Row } from './report';
import { readerPath, readerUnitPath, unitFragment } from '../../lib/routes';

const UNIT = 'scaling-08';
/** The reader, opened at a paragraph so that every target below is on screen without scrolling. */
const INTERACTION_PAGE = readerUnitPath('en', UNIT);
/** The same, with word mode on from the URL: its words are wrapped and its card warmed when idle. */
const WORD_PAGE = `${readerPath('en')}?words=1${unitFragment(UNIT)}`;
/** Two sentence groups; its Chinese is on screen under scaling-08 (as in e2e/sentences.spec.ts). */
const SENTENCE_UNIT = 'scaling-09';

const PHONE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  bytesPerSecond: 200_000,
} as const;

interface Interaction {
  id: 'tooltip' | 'cite' | 'sentence' | 'pinyin' | 'word';
  label: string;
  /** The page opened; INTERACTION_PAGE unless given. */
  path?: string;
  /** Untimed steps before the tap (opening the menu that holds the control). */
  prepare?: (page: Page) => Promise<void>;
  /** Where to tap: the centre of this element, or a point the page computes. */
  target: (page: Page) => Promise<{ x: number; y: number }>;
  /** A selector for the result; the result is shown when one of its matches is visible. */
  result: string;
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`nothing to tap: ${locator}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The centre of the first Chinese character in `selector` that is not part of a link (a term's tap opens its tooltip). */
function plainHanPoint(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.locator(selector).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('a')) continue;
      const at = (node.textContent ?? '').search(/\p{Script=Han}/u);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0) return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    }
    throw new Error('no plain Chinese text to tap');
  });
}

const INTERACTIONS: Interaction[] = [
  {
    id: 'tooltip',
    label: 'tap a term → its tooltip',
    target: (page) => centre(page.locator(anyTerm(UNIT)).first()),
    result: '[role="tooltip"]',
  },
  {
    id: 'cite',
    label: 'tap Cite → the cite dialog',
    target: (page) => centre(page.locator(citeLink(UNIT))),
    result: 'dialog[open]',
  },
  {
    id: 'sentence',
    label: 'tap a sentence → it is marked',
    target: (page) => plainHanPoint(page, text(SENTENCE_UNIT, 'zh')),
    result: markedSentences,
  },
  {
    id: 'pinyin',
    label: 'switch pinyin on → the first ruby',
    // On a phone the switch is in the Options menu: opened, then the page is left quiet for 1 s.
    prepare: async (page) => {
      const options = page.getByRole('button', { name: 'Options' });
      if (await options.isVisible()) {
        await options.tap();
        await page.getByRole('checkbox', { name: 'Pinyin' }).waitFor({ state: 'visible' });
        await waitForQuiet(page, 1000);
      }
    },
    target: (page) => centre(page.getByRole('checkbox', { name: 'Pinyin' })),
    result: `${text(UNIT, 'zh')} rt`,
  },
  {
    id: 'word',
    label: 'word mode on, tap a word → its card',
    // Word mode is on from the URL; the tap's paragraph has its words wrapped as the tap begins.
    path: WORD_PAGE,
    target: (page) => plainHanPoint(page, text(UNIT, 'zh')),
    result: `#${WORD_CARD_ID}`,
  },
];

export interface InteractionRun {
  id: Interaction['id'];
  /** Milliseconds from the pointerdown to the first frame showing the result; null if it never showed. */
  ms: number | null;
  /** Whether the page was quiet for 3 s before the tap (false: it never settled within the cap). */
  settled: boolean;
  error?: string;
}

async function throttle(cdp: CDPSession) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.bytesPerSecond,
    uploadThroughput: PHONE.bytesPerSecond,
  });
}

/** Arms the in-page clock: resolves with the time from the next pointerdown to the first frame showing `result`. */
function armProbe(page: Page, result: string, capMs: number) {
  return page.evaluate(
    ([selector, cap]) => {
      const shown = () =>
        Array.from(document.querySelectorAll(selector)).some((el) => {
          const rect = el.getBoundingClientRect();
          return (
            rect.width > 0 && rect.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
          );
        });
      (window as unknown as { __firstInteraction: Promise<number | null> }).__firstInteraction = new Promise(
        (resolve) => {
          addEventListener(
            'pointerdown',
            (event) => {
              // The event's own timestamp: when the tap arrived, even if the main thread was busy then.
              const start =
                event.timeStamp > 0 && event.timeStamp <= performance.now() ? event.timeStamp : performance.now();
              const frame = () => {
                const now = performance.now();
                if (shown()) resolve(now - start);
                else if (now - start > cap) resolve(null);
                else requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            },
            { capture: true, once: true },
          );
        },
      );
    },
    [result, capMs] as const,
  );
}

async function runOnce(
  base: string,
  browser: import('@playwright/test').Browser,
  interaction: Interaction,
): Promise<InteractionRun> {
  const context = await freshContext(browser, { ...devices['Pixel 7'] });
  try {
    const page = await context.newPage();
    await throttle(await context.newCDPSession(page));
    await page.goto(base + (interaction.path ?? INTERACTION_PAGE), { waitUntil: 'load', timeout: 180_000 });
    await page.waitForLoadState('networkidle', { timeout: 180_000 });
    const settled = await waitForQuiet(page, 3000, 60_000);
    await interaction.prepare?.(page);
    const point = await interaction.target(page);
    const viewport = page.viewportSize()!;
    if (point.x < 0 || point.y < 0 || point.x > viewport.width || point.y > viewport.height) {
      throw new Error(`the target is off screen at ${Math.round(point.x)}, ${Math.round(point.y)}`);
    }
    const path = new URL(page.url()).pathname;
    await armProbe(page, interaction.result, 30_000);
    await page.touchscreen.tap(point.x, point.y);
    const time = await page.evaluate(
      () => (window as unknown as { __firstInteraction: Promise<number | null> }).__firstInteraction,
    );
    // The pinyin switch records itself in the query; a followed link changes the path.
    if (new URL(page.url()).pathname !== path) throw new Error(`the tap navigated to ${page.url()}`);
    return { id: interaction.id, ms: time, settled };
  } catch (error) {
    return { id: interaction.id, ms: null, settled: false, error: (error as Error).message.split('\n')[0] };
  } finally {
    await context.close();
  }
}

export async function measureInteractions(
  base: string,
  runs = 5,
  log: (line: string) => void = () => undefined,
  only?: readonly string[],
): Promise<InteractionRun[]> {
  const browser = await launchChromium();
  const out: InteractionRun[] = [];
  try {
    for (const interaction of chosen(only)) {
      for (let i = 0; i < runs; i++) {
        const result = await runOnce(base, browser, interaction);
        log(
          `${interaction.id} run ${i + 1}: ${result.ms === null ? `no result (${result.error ?? 'not shown within 30 s'})` : ms(result.ms)}`,
        );
        out.push(result);
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

/** The interactions named in `only` (all of them when it is empty); an unknown name is an error. */
function chosen(only: readonly string[] = []): Interaction[] {
  const unknown = only.filter((id) => !INTERACTIONS.some((i) => i.id === id));
  if (unknown.length)
    throw new Error(`unknown interaction ${unknown.join(', ')}: one of ${INTERACTIONS.map((i) => i.id).join(', ')}`);
  return only.length ? INTERACTIONS.filter((i) => only.includes(i.id)) : INTERACTIONS;
}

export function interactionRows(results: InteractionRun[]): Row[] {
  const phone = `Pixel 7, ${PHONE.cpuSlowdown}× CPU, ${PHONE.latencyMs} ms RTT, ${(PHONE.bytesPerSecond * 8) / 1e6} Mbit/s`;
  return INTERACTIONS.filter((interaction) => results.some((r) => r.id === interaction.id)).flatMap((interaction) => {
    const runs = results.filter((r) => r.id === interaction.id);
    const times = runs
      .map((r) => r.ms)
      .filter((t): t is number => t !== null)
      .sort((a, b) => a - b);
    const subject = `${interaction.label} (${interaction.path ?? INTERACTION_PAGE})`;
    const failed = runs.filter((r) => r.ms === null);
    if (times.length === 0) {
      return [
        row(
          'interaction',
          subject,
          'first interaction',
          null,
          'no result',
          { text: `≤ ${ms(INTERACTION_MS)}`, pass: false },
          failed[0]?.error ?? 'never shown',
        ),
      ];
    }
    const median = times[Math.floor((times.length - 1) / 2)];
    const max = times[times.length - 1];
    const unsettled = runs.filter((r) => !r.settled && r.ms !== null).length;
    const notes = [
      `${times.length} of ${runs.length} runs: ${times.map(ms).join(', ')}`,
      phone,
      ...(failed.length
        ? [
            `${failed.length} runs without a result: ${failed.map((r) => r.error ?? 'not shown within 30 s').join('; ')}`,
          ]
        : []),
      ...(unsettled ? [`${unsettled} runs tapped before 3 s of quiet (the page never settled within 60 s)`] : []),
    ].join('; ');
    return [
      row(
        'interaction',
        subject,
        `median of ${runs.length}`,
        median,
        ms(median),
        atMost(median, INTERACTION_MS, ms),
        notes,
      ),
      // A run that never showed its result counts as over budget.
      row('interaction', subject, 'max', failed.length ? null : max, failed.length ? 'no result in a run' : ms(max), {
        ...atMost(max, INTERACTION_MS, ms),
        pass: !failed.length && max <= INTERACTION_MS,
      }),
    ];
  });
}
