import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of STYLE.md, checked: each folder of src/ may not import the folders listed for it.
 * Imports are relative, so a layer is matched by its folder name anywhere in the specifier.
 */
const layer = (folders, message) => ({ regex: `(^|/)(${folders.join('|')})/`, message });
const OUTSIDE_WORLD = {
  regex: '^(@actions/|(node:)?(fs|child_process)(/|$)|(execa|ollama)$)',
  message: 'core/ is pure: it reaches the outside world only through the ports in src/ports.ts.',
};
export const LAYER_RULES = {
  'src/core/**': [
    layer(
      ['report', 'adapters', 'action', 'cli', 'app'],
      'core/ imports neither report/, app/, adapters/ nor the shells.',
    ),
    OUTSIDE_WORLD,
  ],
  'src/config/**': [
    layer(
      ['core', 'report', 'adapters', 'action', 'cli', 'app'],
      'config/ parses files; it imports no other layer.',
    ),
  ],
  'src/report/**': [
    layer(['adapters', 'action', 'cli', 'app'], 'report/ renders data; it imports no adapter or shell.'),
  ],
  'src/app/**': [
    layer(
      ['adapters', 'action', 'cli'],
      'app/ composes core and report behind ports; the shells bring the adapters.',
    ),
  ],
  'src/adapters/**': [layer(['action', 'cli', 'app'], 'adapters/ serve the shells; they import no shell.')],
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'reports/',
      '*.config.js',
      'scripts/*.js',
      'scripts/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  ...Object.entries(LAYER_RULES).map(([folder, patterns]) => ({
    files: [folder],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  })),
  {
    files: ['src/adapters/logger/**', 'src/cli.ts', 'src/cli/**', 'bench/**', 'scripts/**', '__tests__/**'],
    rules: { 'no-console': 'off' },
  },
);
