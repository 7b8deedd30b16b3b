// Lint rules, including the layering rules that keep shared/ platform-free,
// renderer/ free of Node and electron/ free of React.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = [
  'fs',
  'fs/promises',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'util',
  'stream',
  'module',
  'worker_threads',
];
const nodeModules = { group: ['node:*', ...NODE_BUILTINS], message: 'Only electron/ and cli/ may use Node APIs.' };
const electronModule = { group: ['electron', 'electron/*'], message: 'Only electron/ may import Electron.' };
const reactModules = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'React belongs in renderer/ only.',
};
const layer = (name, why) => ({ group: [`**/${name}/**`, `**/${name}`], message: why });

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeModules,
            electronModule,
            reactModules,
            layer('renderer', 'shared/ must not depend on the UI.'),
            layer('electron', 'shared/ must not depend on the desktop shell.'),
            layer('cli', 'shared/ must not depend on the command line.'),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeModules,
            electronModule,
            layer('electron', 'The renderer talks to the main process only through window.host.'),
            layer('cli', 'The renderer must not depend on the command line.'),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            reactModules,
            layer('renderer', 'The main process must not depend on the UI code.'),
            layer('cli', 'The main process must not depend on the command line.'),
          ],
        },
      ],
    },
  },
  {
    files: ['cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            reactModules,
            electronModule,
            layer('renderer', 'The CLI must not depend on the UI code.'),
            layer('electron', 'The CLI must not depend on the desktop shell.'),
          ],
        },
      ],
    },
  },
);
