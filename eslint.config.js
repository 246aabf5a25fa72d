// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers' rules (ARCHITECTURE.md): the domain depends on nothing outside it; adapters (api, cli)
 * reach storage only through services; the web app takes only types from the server.
 * Imports are relative, so each rule is written for every depth a file can sit at under its layer.
 */
const SERVER_ONLY = ['storage', 'services', 'api', 'cli', 'importers', 'reports', 'exporters', 'demo', 'bench', 'soak', 'browser'];
/** Modules of the domain that hash with node:crypto: the server's, never the web app's. */
const HASHING_DOMAIN = ['audit-chain', 'excerpt', 'transcript'];
const up = (depth) => '../'.repeat(depth);
const into = (depth, folder) => [`${up(depth)}${folder}/*`, `${up(depth)}${folder}/**`];

/** One config block per depth (1: `src/web/App.tsx`, 2: `src/web/api/client.ts`, …) of a layer's files. */
const atEachDepth = (folder, extensions, patterns) =>
  [1, 2, 3, 4].map((depth) => ({
    files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.${extensions}`],
    ignores: ['src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: patterns(depth) }] },
  }));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Control characters are what the text rules and their tests are about.
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } } },
  // Tests read answers whose shape they are about to assert.
  { files: ['test/**/*.ts', 'src/**/*.test.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  ...atEachDepth('domain', 'ts', (depth) => [
    { group: SERVER_ONLY.concat('web').flatMap((l) => into(depth, l)), message: 'the domain depends on nothing outside it' },
    { regex: '^node:(?!crypto$)', message: 'the domain does no I/O' },
    { group: ['kysely', 'better-sqlite3', 'pg', 'hono', '@hono/*', 'commander', 'react', 'react-dom'], message: 'the domain depends on pure libraries only' },
  ]),
  ...['api', 'cli'].flatMap((adapter) =>
    atEachDepth(adapter, 'ts', (depth) => [
      { group: into(depth, 'storage'), allowTypeImports: true, message: 'adapters reach storage through services (its row types may shape their answers)' },
    ]),
  ),
  ...atEachDepth('web', '{ts,tsx}', (depth) => [
    {
      group: SERVER_ONLY.filter((l) => l !== 'api').flatMap((l) => into(depth, l)),
      message: 'the web app runs in the browser: it reaches the server through the API',
    },
    { group: into(depth, 'api'), allowTypeImports: true, message: 'the web app takes only types from the API' },
    { group: HASHING_DOMAIN.map((m) => `${up(depth)}domain/${m}.js`), message: 'this domain module hashes with node:crypto, which the browser lacks' },
    { regex: '^node:', message: 'the web app runs in the browser' },
  ]),
);
