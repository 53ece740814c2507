// The page's one behaviour gate (components/gate/gate.ts), in front of ./behaviour.
import { createGate } from '../gate/gate';
import { retryingLoader } from '../retrying-loader';
import type { Part } from './part';

/** The behaviour module, fetched once; a failed request is tried again on the next use. */
export const loadBehaviour = retryingLoader(() => import('./behaviour'));

let gate: ReturnType<typeof createGate<Part>> | undefined;
const pageGate = () => (gate ??= createGate<Part>(document, loadBehaviour));

/** Registers an island's part of the page's behaviour (see createGate). */
export const registerBehaviour = (part: Part) => pageGate().register(part);
/** Starts the page's behaviour without waiting for a first use. */
export const startBehaviour = () => pageGate().start();
