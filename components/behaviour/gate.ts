// The page's one behaviour gate (components/gate/gate.ts), in front of ./behaviour.
import { BEHAVIOUR_ATTR } from '@/lib/reader/contract';
import { createGate } from '../gate/gate';
import { retryingLoader } from '../retrying-loader';
import type { Part } from './part';

/** The behaviour module, fetched once; a failed request is tried again on the next use. */
export const loadBehaviour = retryingLoader(() => import('./behaviour'));

let gate: ReturnType<typeof createGate<Part>> | undefined;
const pageGate = () => (gate ??= createGate<Part>(document, loadBehaviour));

/** The kinds of the parts registered, once per registration. */
const registered: Part['kind'][] = [];

/** Names the registered parts on the root (BEHAVIOUR_ATTR), or none. */
function markRegistered() {
  const kinds = [...new Set(registered)].sort().join(' ');
  if (kinds) document.documentElement.setAttribute(BEHAVIOUR_ATTR, kinds);
  else document.documentElement.removeAttribute(BEHAVIOUR_ATTR);
}

/** Registers an island's part of the page's behaviour (see createGate). Returns what unregisters it. */
export function registerBehaviour(part: Part): () => void {
  const unregister = pageGate().register(part);
  registered.push(part.kind);
  markRegistered();
  let done = false;
  return () => {
    unregister();
    if (done) return;
    done = true;
    registered.splice(registered.indexOf(part.kind), 1);
    markRegistered();
  };
}
/** Starts the page's behaviour without waiting for a first use. */
export const startBehaviour = () => pageGate().start();
