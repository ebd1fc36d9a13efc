// ESLint for the TypeScript, TSX and script files: ESLint's and typescript-eslint's recommended
// rules. Types are checked by `tsc`/`astro check` (`npm run check`), so the slower type-aware lint
// rules are left out to keep `npm test` quick; formatting is Prettier's (`npm run lint` runs both).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-sub/', '.astro/', 'node_modules/', 'bench-results/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/components/islands/**/*.tsx'],
    // Solid assigns element refs through the `ref` attribute, which this rule cannot see.
    rules: { 'no-unassigned-vars': 'off' },
  },
);
