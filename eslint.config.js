// ESLint for the TypeScript, TSX and script files: ESLint's recommended rules, typescript-eslint's
// type-aware ones (`recommendedTypeChecked`, through the project service, so they see the same
// types as `astro check`), and import-x's `no-cycle`, which keeps `src/` free of import cycles.
// Formatting is Prettier's (`npm run lint` runs both, each with its cache).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-sub/', '.astro/', 'node_modules/', 'bench-results/', 'public/']),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    // Relative imports only in src/, so no resolver beyond import-x's own is needed.
    rules: { 'import-x/no-cycle': 'error' },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
  },
  {
    files: ['tests/**/*.ts'],
    // Tests read JSON back from storage, files and pages and then assert on its shape: the asserts
    // are the check there, so the rules against untyped values, and the ones that second-guess
    // casts of Playwright's handles, would only add casts that prove nothing.
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/components/islands/**/*.tsx'],
    // Solid assigns element refs through the `ref` attribute, which this rule cannot see.
    rules: { 'no-unassigned-vars': 'off' },
  },
);
