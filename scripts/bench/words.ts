// The word data files (/data/words/{locale}.json) as the build makes them: raw, gzip and brotli
// bytes, and how many distinct words they hold. Context for the word cards' first use; no budget.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { formatTable, kB, row, type Row } from './report';
import { DATA_URL } from '../../lib/routes';
import { projectWordData } from '../../lib/project/word-data';

export function wordRows(): Row[] {
  console.log(`\n=== word data files (${new Date().toISOString().slice(11, 19)})`);
  const rows = (['en', 'zh'] as const).flatMap((locale) => {
    const data = projectWordData(locale);
    const body = Buffer.from(JSON.stringify(data));
    const gzip = gzipSync(body, { level: 9 }).length;
    const brotli = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const subject = DATA_URL.words(locale);
    return [
      row('words', subject, 'raw', body.length, kB(body.length), undefined, `${data.words.length} entries`),
      row('words', subject, 'gzip', gzip, kB(gzip)),
      row('words', subject, 'brotli 11', brotli, kB(brotli)),
    ];
  });
  console.log(formatTable(rows));
  return rows;
}
