// `npm run bench:interaction`: the first tap on a term, on Cite, on a sentence, on the pinyin
// switch and on a word with word mode on, each after a fresh load and 3 s of quiet, on an emulated mid-range phone (Pixel 7, 4× CPU,
// 150 ms, 1.6 Mbit/s), against a running production server (BASE_URL, default http://localhost:3000).
// RUNS (default 5) runs each; the median and the max are printed beside the budget. ONLY=word,cite
// measures only those. Also part of `npm run bench`.
import { interactionRows, measureInteractions } from './bench/interaction';
import { formatTable, summary } from './bench/report';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const only = process.env.ONLY?.split(',').filter(Boolean);
measureInteractions(base, Number(process.env.RUNS ?? 5), (line) => console.log(line), only)
  .then((results) => {
    const rows = interactionRows(results);
    console.log(formatTable(rows));
    console.log(`\n${summary(rows)}`);
  })
  .catch((error) => {
    console.error(`Could not measure the first interactions on ${base}: ${error.message}`);
    process.exit(1);
  });
