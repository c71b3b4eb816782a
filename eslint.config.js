// Lint, and the layer rules of STYLE.md: the folder a file is in says what it may import. Every
// file belongs to a layer; a file no layer covers fails lint, and import cycles fail everywhere.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'This layer runs in the browser: ask the host through the contract.' };
const electronModule = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const testCode = { group: ['**/test/**'], message: 'Product code never imports test code.' };
const rendererApps = ['kiosk', 'board', 'console', 'backoffice'];

/** A renderer layer: browser code that reaches the host only through the contract, plus `patterns`. */
function rendererLayer(files, patterns = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          patterns: [nodeBuiltins, testCode, { group: ['**/electron/**'], message: 'The renderer talks to the host only through the contract.' }, ...patterns],
        },
      ],
    },
  };
}

/** What a renderer app may not import: any other app (apps share only the kit). */
function otherApps(app) {
  return rendererApps
    .filter((other) => other !== app)
    .map((other) => ({ group: [`**/${other}/**`], message: `An app never imports another app (${other}/): share through renderer/kit.` }));
}

/** The layers: each says which files it covers and what they may not import. */
const layers = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule, { name: 'react', message: 'shared/ is UI-free.' }, { name: 'react-dom', message: 'shared/ is UI-free.' }],
          patterns: [
            { group: ['node:*'], message: 'shared/ runs on both sides: no Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ imports nothing of ours outside shared/.' },
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
            testCode,
            { group: ['**/renderer/**'], message: 'The host never imports the renderer.' },
            { group: ['**/main/**', '**/preload/**', '**/browser/**'], message: 'Shells depend on the host, not the other way.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            testCode,
            { group: ['**/renderer/**'], message: 'Shells never import the renderer: they serve its built files.' },
            { group: ['**/browser/**', '**/preload/**'], message: 'electron/main is one shell: it shares only the host with the others.' },
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
            testCode,
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
        {
          paths: [{ name: 'electron', message: 'The browser shell runs without Electron.' }],
          patterns: [
            testCode,
            { group: ['**/renderer/**'], message: 'Shells never import the renderer.' },
            { group: ['**/main/**', '**/preload/**'], message: 'The browser shell shares only the host with Electron.' },
          ],
        },
      ],
    },
  },
  {
    // The launcher and the Node.js version check run before anything is known to work: Node built-ins only.
    files: ['electron/launch.ts', 'electron/*.cjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The launcher runs where Electron may be missing: it only spawns it.' }],
          patterns: [{ regex: '^\\.', message: 'The launcher imports nothing of ours: Node built-ins only.' }],
        },
      ],
    },
  },
  rendererLayer(['renderer/main.tsx']),
  rendererLayer(['renderer/kit/**/*.{ts,tsx}'], [{ group: rendererApps.map((app) => `**/${app}/**`), message: 'The kit serves every app: it imports none.' }]),
  ...rendererApps.map((app) => rendererLayer([`renderer/${app}/**/*.{ts,tsx}`], otherApps(app))),
  {
    files: ['test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', allowTypeImports: true, message: 'Electron cannot run in tests: use test/fakes/electron.ts.' }] },
      ],
    },
  },
  // The build and lint configuration at the root.
  { files: ['*.{js,ts}'] },
];

/** Fails any file no layer covers, so a new folder gets its rules before its code. */
const layerCoverage = {
  rules: {
    covered: {
      meta: {
        type: 'problem',
        schema: [],
        messages: { uncovered: 'No layer rule covers this file: give its folder a layer in eslint.config.js (STYLE.md).' },
      },
      create: (context) => ({ Program: (node) => context.report({ node, messageId: 'uncovered' }) }),
    },
  },
};

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
    // No import cycles anywhere: a cycle is a layer that does not know which way it points.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': 'error' },
  },
  {
    // The few plain CommonJS files run before any TypeScript, on whatever Node.js is there.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layers,
  {
    files: ['**/*.{js,cjs,mjs,ts,tsx}'],
    ignores: layers.flatMap((layer) => layer.files),
    plugins: { layers: layerCoverage },
    rules: { 'layers/covered': 'error' },
  },
);
