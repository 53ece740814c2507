// The My words deck's own parts, one chunk fetched when that deck is chosen: its card and its list.
export { WordCard } from './WordCard';
export { MyWordsPanel } from './MyWordsPanel';
