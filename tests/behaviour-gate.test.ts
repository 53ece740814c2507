// @vitest-environment happy-dom
//
// The one gate in front of the behaviour module (components/behaviour/gate.ts), with a module that
// records what reaches its listeners: nothing loads before the first use, the first use is handed
// on, a tap on a term does not follow the link, and a failed load is tried again.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BehaviourModule, Part } from '@/components/behaviour/part';
import { registerBehaviour } from '@/components/behaviour/gate';
import { createGate } from '@/components/gate/gate';
import { BEHAVIOUR_ATTR, TEXT_CLASS } from '@/lib/reader/contract';

// The page's own gate warms nothing here: its module is the real one.
vi.mock('@/components/warm-up', () => ({ warmWhenIdle: () => {} }));

const PART: Part = { kind: 'tooltip', options: { locale: 'en', labels: {} as never } };
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function recordingModule() {
  const heard: string[] = [];
  const record = (event: Event) => heard.push(event.type);
  const behaviour: BehaviourModule = {
    start: vi.fn(() => ({
      listeners: ['pointerdown', 'click', 'keydown'].map(
        (type) => [document, type, record] as [Document, string, typeof record],
      ),
    })),
    warm: vi.fn(),
  };
  return { behaviour, heard };
}

const term = () => document.querySelector<HTMLAnchorElement>(`.${TEXT_CLASS} a`)!;
const press = (key: string) => document.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

beforeEach(() => {
  document.body.innerHTML = `<main><p class="${TEXT_CLASS}">A <a href="/en/glossary/scaling">term</a>.</p></main>`;
});

describe('the behaviour gate', () => {
  it('loads nothing before the first use, then hands that use on: a tap on a term does not follow its link', async () => {
    const { behaviour, heard } = recordingModule();
    const load = vi.fn(async () => behaviour);
    const gate = createGate(document, load, () => {});
    gate.register(PART);
    expect(load).not.toHaveBeenCalled();
    term().dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', bubbles: true }));
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    term().dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(heard).toEqual(['pointerdown', 'click']));
    expect(load).toHaveBeenCalledTimes(1);
    // Started: later events reach the module's own listeners, once each.
    press('j');
    expect(heard).toEqual(['pointerdown', 'click', 'keydown']);
  });

  it('listens again after a failed load: the next use loads it, and both uses are handled', async () => {
    const { behaviour, heard } = recordingModule();
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk request failed')).mockResolvedValue(behaviour);
    const gate = createGate(document, load, () => {});
    gate.register(PART);
    press('j');
    await tick();
    expect(load).toHaveBeenCalledTimes(1);
    expect(behaviour.start).not.toHaveBeenCalled();
    press('k');
    await vi.waitFor(() => expect(heard).toEqual(['keydown', 'keydown']));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('tries again at once when the reader went on while a load failed', async () => {
    const { behaviour, heard } = recordingModule();
    let fail!: (error: Error) => void;
    const load = vi
      .fn()
      .mockReturnValueOnce(new Promise((_, reject) => (fail = reject)))
      .mockResolvedValue(behaviour);
    const gate = createGate(document, load, () => {});
    gate.register(PART);
    press('j');
    press('k');
    expect(load).toHaveBeenCalledTimes(1);
    fail(new Error('chunk request failed'));
    await vi.waitFor(() => expect(heard).toEqual(['keydown', 'keydown']));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('warms every registered part when the page is idle, and starts a part registered later at once', async () => {
    const { behaviour } = recordingModule();
    let idle!: () => void;
    const gate = createGate(
      document,
      async () => behaviour,
      (warm) => (idle = warm),
    );
    gate.register(PART);
    idle();
    await vi.waitFor(() => expect(behaviour.warm).toHaveBeenCalledWith(document, PART));
    expect(behaviour.start).not.toHaveBeenCalled();
    gate.start();
    await vi.waitFor(() => expect(behaviour.start).toHaveBeenCalledTimes(1));
    const later: Part = { kind: 'tooltip', options: { locale: 'zh', labels: {} as never } };
    gate.register(later);
    await vi.waitFor(() => expect(behaviour.start).toHaveBeenCalledWith(document, later));
  });

  it('names on the root the parts registered with the page’s gate: the readiness signal', () => {
    const root = document.documentElement;
    expect(root.hasAttribute(BEHAVIOUR_ATTR)).toBe(false);
    const stopTooltip = registerBehaviour(PART);
    expect(root.getAttribute(BEHAVIOUR_ATTR)).toBe('tooltip');
    const stopReader = registerBehaviour({ kind: 'reader', options: {} as never });
    expect(root.getAttribute(BEHAVIOUR_ATTR)).toBe('reader tooltip');
    stopTooltip();
    stopTooltip();
    expect(root.getAttribute(BEHAVIOUR_ATTR)).toBe('reader');
    stopReader();
    expect(root.hasAttribute(BEHAVIOUR_ATTR)).toBe(false);
  });
});
