// The dependency rules (`npm run deps`, part of `npm test`): no import cycle anywhere, type-only ones
// included, and the layer order the README's "Layout" describes. Data flows one way: the corpus is
// read by lib/, lib/ by components/, both by app/. lib/ stays pure TypeScript that scripts, tests
// and the server can run without React or Next; components/ never reaches into a page.
/** @type {import('dependency-cruiser').IConfiguration} */
const config = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules are one: split out what both need, or move it to the lower one.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment:
        'Folders form layers too: when lib/a imports lib/b and lib/b imports lib/a, neither can be read, tested or moved alone.',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-below-ui',
      severity: 'error',
      comment: 'lib/ is the domain layer: it imports no components/, app/ or i18n/ (the UI and routing above it).',
      from: { path: '^lib/' },
      to: { path: '^(components|app|i18n)/' },
    },
    {
      name: 'lib-without-frameworks',
      severity: 'error',
      comment: 'lib/ runs in scripts and tests as well as in pages: no React, Next or next-intl in it.',
      from: { path: '^lib/' },
      to: { path: '^node_modules/(@types/)?(react|react-dom|next|next-intl)/' },
    },
    {
      name: 'components-below-app',
      severity: 'error',
      comment: 'components/ are used by pages; a component importing from app/ ties it to one route.',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'no-tests-in-runtime',
      severity: 'error',
      comment:
        'What ships never imports the tests or the e2e specs (a bench script may drive a page by their selectors).',
      from: { path: '^(lib|components|app|i18n)/' },
      to: { path: '^(tests|e2e)/' },
    },
  ],
  options: {
    // The project's own code; node_modules is seen only as an import's target, not followed.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|out|test-results|playwright-report|bench/results)/' },
    // Count `import type` and type-only re-exports too: a type-only cycle still makes two folders one.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.d.mts', '.mts', '.mjs', '.js', '.cjs', '.json'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};

export default config;
