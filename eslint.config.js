// The house rules, checked by `npm run lint` (part of `npm test`). The layering below is the one in
// docs/architecture.md: a folder imports only from the folders beneath it, and features never import each other.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Bottom to top. Each layer may import the layers listed before it, and itself. */
const LAYERS = ['domain', 'data', 'state', 'i18n', 'shared', 'map', 'features', 'app'];
/** Packages that belong to one layer only. */
const ONLY_IN = { 'maplibre-gl': 'map', 'maplibre-gl/*': 'map' };

/** `../x`: reaching out of the folder by path (tests may still reach the shared fixtures in tests/unit). */
const UP_AND_OUT = '^\\.\\./(?!(\\.\\./)*tests/unit/)';

function layerRules(layer) {
  const above = LAYERS.slice(LAYERS.indexOf(layer) + 1);
  const patterns = above.map((l) => ({ group: [`@/${l}/*`, `@/${l}`], message: `${layer} sits below ${l}: data flows ${LAYERS.join(' → ')}, never back.` }));
  for (const [pkg, owner] of Object.entries(ONLY_IN)) {
    if (owner !== layer) patterns.push({ group: [pkg], message: `Only src/${owner} touches ${pkg}.` });
  }
  if (layer === 'domain')
    patterns.push({ group: ['react', 'react-dom', 'react/*', 'zustand', '@tanstack/*', 'idb', 'papaparse'], message: 'src/domain is pure TypeScript.' });
  // Reaching into another folder goes through its @/ name, so every cross-folder import is checked above.
  // (Tests may reach the shared fixtures in tests/unit.)
  patterns.push({ regex: UP_AND_OUT, message: 'Import another folder as @/folder/…, not through ../' });
  return { 'no-restricted-imports': ['error', { patterns }] };
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'public/data/**', 'bench-results/**', 'tests/output/**', 'test-results/**', 'coverage/**', '.cache/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      // The house limit: a file past 300 lines is doing two jobs. Blank lines and comments count: they are read too.
      'max-lines': ['error', { max: 300 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tests and browser-evaluated snippets read the page's globals loosely on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The bench writes these into its baseline pages before serving them (scripts/bench/prepare-pages.ts);
    // declared here, not in the pages, where the bench's text replacement would hit a comment instead.
    files: ['scripts/bench/pages/**'],
    languageOptions: {
      globals: { __APP_STYLE__: 'readonly', __BARE_STYLE__: 'readonly', __BARE_STATES__: 'readonly', __BARE_HATCH__: 'readonly', topojson: 'readonly' },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...LAYERS.map((layer) => ({ files: [`src/${layer}/**/*.{ts,tsx}`], rules: layerRules(layer) })),
  // Features stand apart: a feature imports shared pieces, never another feature (every folder in src/features).
  ...readdirSync(new URL('./src/features', import.meta.url)).map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*'], message: 'features sit below app.' },
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map touches maplibre-gl.' },
            { regex: UP_AND_OUT, message: 'Import another folder as @/folder/…' },
            {
              group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/*`],
              message: 'Features never import each other: move what both need to src/shared.',
            },
          ],
        },
      ],
    },
  })),
);
