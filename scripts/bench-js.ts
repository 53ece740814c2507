// The JavaScript each bench page loads (at load, after 3 s idle, after the first interaction), in
// Chromium with Pixel 7 emulation, above the framework-only 404 page, against a running production
// server (BASE_URL, default http://localhost:3000). Also part of `npm run bench`.
import { measureScripts, scriptRows } from './bench/javascript';
import { formatTable, summary } from './bench/report';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
measureScripts(base)
  .then((results) => {
    const rows = scriptRows(results);
    console.log(formatTable(rows));
    console.log(`\n${summary(rows)}`);
  })
  .catch((error) => {
    console.error(`Could not measure the JavaScript of ${base}: ${error.message}`);
    process.exit(1);
  });
