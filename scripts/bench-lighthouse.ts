// Lighthouse 12 (mobile) scores, LCP, TBT and CLS of every bench page, against a running production
// server (BASE_URL, default http://localhost:3000). Uses CHROME_PATH or /usr/bin/chromium. Also part of `npm run bench`.
import { lighthouseRows, runLighthouse } from './bench/lighthouse';
import { formatTable, summary } from './bench/report';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
runLighthouse(base)
  .then((results) => {
    const rows = lighthouseRows(results);
    console.log(formatTable(rows));
    console.log(`\n${summary(rows)}`);
  })
  .catch((error) => {
    console.error(`Could not run Lighthouse against ${base}: ${error.message}`);
    process.exit(1);
  });
