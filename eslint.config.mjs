// ESLint's flat config: the JavaScript recommendations, Next's own rules (React, hooks, jsx-a11y,
// Core Web Vitals, TypeScript), import hygiene, and Prettier's opt-out of every formatting rule.
// Folder cycles and the layer order are the dependency rules' job, not this file's.
import js from '@eslint/js';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { flatConfigs as importX } from 'eslint-plugin-import-x';

// The first segment of the site's addresses: a locale (two letters), one of app/'s folders or a
// public file. A string that starts with one is an address; so is a value followed by a locale
// (`${siteUrl}/en/p/…`) or by a public file.
const FILE = 'display\\.js|icon\\.svg|sitemap\\.xml|robots\\.txt|manifest\\.webmanifest|sw\\.js';
const SITE_SEGMENT = `/^\\/([a-z]{2}|data|downloads|cite|glossary|p|practice|search|text|offline|${FILE})(\\/|$|[?#.])/`;
const AFTER_VALUE = `/^\\/([a-z]{2}|${FILE})(\\/|$|[?#.])/`;

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
  {
    name: 'house/routes',
    // Every address the site serves is built by lib/routes.ts: a path, data URL or fragment link
    // written by hand anywhere else is a second spelling of it that a rename would miss. e2e specs may
    // keep literal URLs (a test states what a user types); tests state the addresses they expect.
    files: ['app/**', 'components/**', 'lib/**', 'scripts/**', 'i18n/**', 'proxy.ts', 'next.config.ts'],
    // lib/http/*.mjs stay plain JavaScript for server.mjs, which cannot import the TypeScript module;
    // tests/offline-plan.test.ts keeps the worker's address there equal to the one here.
    ignores: ['lib/routes.ts', 'lib/http/*.mjs'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          // `/${locale}…`: a path that starts with a value.
          "TemplateLiteral[quasis.0.value.raw='/']",
          // `/zh…`, '/data/…', '/glossary': a path that starts with one of the site's segments.
          `TemplateLiteral[quasis.0.value.raw=${SITE_SEGMENT}]`,
          `Literal[value=${SITE_SEGMENT}]:not(TSLiteralType > Literal)`,
          // `${siteUrl}/en/p/…`, `${base}/zh`
          `TemplateLiteral[quasis.0.value.raw=''][quasis.1.value.raw=${AFTER_VALUE}]`,
          // '/' + locale
          "BinaryExpression[operator='+'] > Literal[value=/^\\//]",
          // `#${id}` and friends given as a link's address.
          "JSXAttribute[name.name='href'] > JSXExpressionContainer > TemplateLiteral",
          "Property[key.name='href'] > TemplateLiteral",
          "AssignmentExpression[left.property.name='href'] > TemplateLiteral",
          "CallExpression[callee.object.property.name='location'] > TemplateLiteral",
        ].map((selector) => ({ selector, message: 'Build this address with lib/routes.ts.' })),
      ],
    },
  },
  prettier,
];

export default config;
