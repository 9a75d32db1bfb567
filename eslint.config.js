import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_HTML_STRINGS = [
  {
    selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Build DOM nodes; never HTML strings (text from pages or the index could be markup).',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Build DOM nodes; never HTML strings.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text as text; never HTML strings.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name='write']",
    message: 'No document.write.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '.wxt/',
      'node_modules/',
      'demo-output/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/pages/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': ['error', ...NO_HTML_STRINGS],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-eval': 'error',
    },
  },
  {
    // Tests build fixture DOM from literal strings they own.
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '#imports', message: 'lib/ is pure: no extension APIs.' }],
          patterns: [
            {
              group: [
                'wxt',
                'wxt/*',
                'webextension-polyfill',
                'preact',
                'preact/*',
                '**/entrypoints/**',
                '**/components/**',
                '**/utils/**',
              ],
              message: 'lib/ is pure logic: no extension APIs, UI or glue.',
            },
          ],
        },
      ],
    },
  },
  {
    // The content script runs on every matching page, so it stays small: it loads the
    // detection index only, and draws with plain DOM.
    files: ['entrypoints/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/data/index',
                '**/data/papers.json',
                '**/data/papers.json?*',
                '**/data/related',
                '**/data/generated/citations.json',
                '**/data/generated/related*.json',
              ],
              message:
                'The content script loads data/generated/detection-index.json only: never the paper list, its citations or related work.',
            },
            {
              group: ['preact', 'preact/*'],
              message: 'The content script builds DOM nodes itself: no Preact.',
            },
            {
              group: ['webextension-polyfill', '@wxt-dev/webextension-polyfill/*'],
              message:
                "The content script's `browser` (from '#imports') is the browser's own: see modules/content-scripts-without-polyfill.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '#imports',
              message: 'Components are presentational: pass data and callbacks as props.',
            },
          ],
          patterns: [
            {
              group: ['webextension-polyfill', '**/entrypoints/**', '**/utils/**'],
              message: 'Components are presentational.',
            },
          ],
        },
      ],
    },
  },
);
