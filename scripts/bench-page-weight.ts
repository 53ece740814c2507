// Prints the weight of each page as served by a running production server, next to its budget:
// HTML raw and gzipped, and the JavaScript it loads. Usage: `npm run serve` in another terminal, then
// `npm run bench:weight` (BASE_URL, default http://localhost:3000). Also part of `npm run bench`.
import { measureWeights, weightRows } from './bench/weight';
import { formatTable, summary } from './bench/report';

const base = process.env.BASE_URL ?? 'http://localhost:3000';

measureWeights(base)
  .then((weights) => {
    const rows = weightRows(weights);
    console.log(formatTable(rows));
    console.log(`\n${summary(rows)}`);
  })
  .catch((error) => {
    console.error(`Could not measure ${base}: is the production server running? (${error.message})`);
    process.exit(1);
  });
