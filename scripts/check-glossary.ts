// The glossary part of the corpus check (npm run check:corpus runs it too, before every build).
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  [
    ...process.execArgv,
    'scripts/check-corpus.ts',
    '--rules',
    'syntax,schema,glossary-entry,glossary-usage,terminology',
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
