import type { GateModule } from '../gate/gate';
import type { ReaderOptions } from '../reader/reader-behaviour';
import type { TooltipOptions } from '../terms/tooltip';

/**
 * The page's behaviour (the term tooltip; on the reader also the keyboard, notes, contents
 * tracking, study mode and sentence marks) is one lazily loaded module, ./behaviour, behind one
 * gate (./gate). Each island registers its part: these are the parts it can start.
 */
export type Part = { kind: 'tooltip'; options: TooltipOptions } | { kind: 'reader'; options: ReaderOptions };

/** What the gate needs of the behaviour module. */
export type BehaviourModule = GateModule<Part>;
