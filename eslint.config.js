// ESLint flat config: typescript-eslint's recommended rules over src/, test/, bench/ and scripts/.
// Formatting is Prettier's job (see .prettierrc.json); ESLint only judges code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'coverage/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/core'],
              message:
                'Only src/actions/ and src/runtime/action-*.ts talk to the runner; the domain receives a Logger.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/actions/**', 'src/runtime/action-*.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
