// Prints search index build time and heap, and query times, at 1×, 10× and 100× the corpus. Also part
// of `npm run bench`. Budgets are printed, never asserted.
import { formatTable, summary } from './bench/report';
import { measureSearch, searchRows } from './bench/search';

const rows = searchRows(measureSearch());
console.log(formatTable(rows));
console.log(`\n${summary(rows)}`);
