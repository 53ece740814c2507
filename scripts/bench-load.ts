// The load run on its own, against a running production server (BASE_URL, default http://localhost:3000):
// autocannon, 50 connections, reader, glossary and unit page. Also part of `npm run bench`.
import { formatTable, summary } from './bench/report';
import { loadRows, runLoad } from './bench/load';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
runLoad(base, Number(process.env.CONNECTIONS ?? 50), Number(process.env.SECONDS ?? 10))
  .then((results) => {
    const rows = loadRows(results);
    console.log(formatTable(rows));
    console.log(`\n${summary(rows)}`);
  })
  .catch((error) => {
    console.error(`Could not load ${base}: is the production server running? (${error.message})`);
    process.exit(1);
  });
