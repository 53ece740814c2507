// Prints term-marking and glossary-search timings at 1×, 10× and 100× the corpus. Also part of `npm run bench`.
import { formatTable, summary } from './bench/report';
import { measureTerms, termRows } from './bench/terms';

const rows = termRows(measureTerms());
console.log(formatTable(rows));
console.log(`\n${summary(rows)}`);
