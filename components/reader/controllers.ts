// The reader's controllers that wait for their first use: one chunk, fetched on the first key
// press, focus, scroll, opened note, study mode or shortcuts overlay, whichever comes first
// (first-use.ts, ReaderTools). Pinyin and the sentence marks, bigger and used by fewer readers,
// load on their own.
export { keyboardHandler } from './keyboard';
export { noteHandler } from './notes';
export { attachTocTracker } from './toc-tracker';
export { setAllRevealed, startStudy } from './study';
export { default as HelpContent } from './HelpContent';
