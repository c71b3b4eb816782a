// Lint, and the layer rules of STYLE.md: the folder a file is in says what it may import.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'This layer runs in the browser: ask the host through the contract.' };
const electronModule = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'test/e2e/output/**', 'bench-results/**', '.var/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The few plain CommonJS files run before any TypeScript, on whatever Node.js is there.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, { name: 'react', message: 'shared/ is UI-free.' }, { name: 'react-dom', message: 'shared/ is UI-free.' }],
          patterns: [
            { group: ['node:*'], message: 'shared/ runs on both sides: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing of ours outside shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/host is plain Node: it runs under both shells and in tests.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'The host never imports the renderer.' },
            { group: ['**/main/**', '**/preload/**', '**/browser/**'], message: 'Shells depend on the host, not the other way.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowImportNames: ['contextBridge', 'ipcRenderer'],
              message: 'The preload exposes call/on only: contextBridge and ipcRenderer.',
            },
          ],
          patterns: [
            nodeBuiltins,
            { group: ['**/host/**', '**/renderer/**', '**/main/**'], message: 'The preload bundles nothing but the allow-list.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/browser/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'The browser shell runs without Electron.' }], patterns: [{ group: ['**/renderer/**'], message: 'Shells never import the renderer.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [nodeBuiltins, { group: ['**/electron/**'], message: 'The renderer talks to the host only through the contract.' }],
        },
      ],
    },
  },
);
