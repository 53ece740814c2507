// Prints the throughput of the term matcher (marking the whole article) and of glossary search.
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../lib/corpus/load';
import { loadTermIndex } from '../lib/terms/load';
import { markUnits } from '../lib/terms/mark';
import { matchesQuery, type SearchableTerm } from '../lib/terms/search';
import { searchableTerm } from '../lib/terms/searchable';

function time(label: string, rounds: number, run: () => void, unit: string, perRound: number) {
  run(); // warm up
  const start = performance.now();
  for (let i = 0; i < rounds; i++) run();
  const ms = performance.now() - start;
  const rate = (rounds * perRound) / (ms / 1000);
  console.log(`${label}: ${(ms / rounds).toFixed(2)} ms per round, ${Math.round(rate).toLocaleString('en')} ${unit}/s`);
}

const { units } = loadCorpus();
const { glossary } = loadTermIndex();
const chars = units.reduce((sum, u) => sum + u.zh.length + u.en.length, 0);
console.log(`article: ${units.length} units, ${chars.toLocaleString('en')} characters; glossary: ${glossary.entries.length} entries`);
time('mark whole article', 50, () => markUnits(units, glossary), 'characters', chars);

const terms: SearchableTerm[] = glossary.entries.map(searchableTerm);
const queries = ['fàn xīn lùn', 'fan4 xin1 lun4', 'fanxinlun', '解释性', 'interp', 'zzz', 'a'];
time('glossary search', 2000, () => queries.forEach((q) => terms.filter((t) => matchesQuery(t, q))), 'term comparisons', queries.length * terms.length);
