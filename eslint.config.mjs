// ESLint's flat config: the JavaScript recommendations, Next's own rules (React, hooks, jsx-a11y,
// Core Web Vitals, TypeScript), import hygiene, and Prettier's opt-out of every formatting rule.
// Folder cycles and the layer order are the dependency rules' job, not this file's.
import js from '@eslint/js';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { flatConfigs as importX } from 'eslint-plugin-import-x';

const config = [
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'out/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'e2e/screenshots/**',
      'next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...nextVitals,
  ...nextTypescript,
  importX.recommended,
  importX.typescript,
  {
    name: 'house/imports',
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-duplicates': 'error',
      'import-x/no-extraneous-dependencies': 'error',
      'import-x/first': 'error',
      'import-x/newline-after-import': 'error',
      'import-x/order': [
        'error',
        {
          // Node, then packages, then the project's own `@/` modules, then relative ones. Not
          // alphabetized within a group: the tree groups by layer instead (55 files would churn).
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
        },
      ],
    },
  },
  {
    name: 'house/choices',
    rules: {
      // Dropping a field by destructuring it beside a rest (`{ at: _at, ...item }`) is how the code omits one.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    name: 'house/e2e',
    files: ['e2e/**'],
    // Playwright reads a test's fixtures from its destructured first argument: `{}` asks for none.
    rules: { 'no-empty-pattern': 'off' },
  },
  prettier,
];

export default config;
