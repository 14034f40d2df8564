// ESLint flat config: typescript-eslint's recommended rules over src/, test/, bench/ and scripts/.
// Formatting is Prettier's job (see .prettierrc.json); ESLint only judges code.
//
// The layers of src/ (docs/architecture.md) are enforced here with no-restricted-imports: a folder
// may import its own layer and the layers below it, never one above; only the rehearsal and the CLI
// may import the sandbox; an action entry never imports another entry; and only the runner shell
// (src/actions/, src/runtime/action-*.ts) talks to @actions/core.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Top to bottom. Each entry: the folders of src/ in that layer (a `.ts` name is a file in src/). */
export const LAYERS = [
  { name: 'entries', folders: ['actions', 'cli', 'cli.ts', 'index.ts'] },
  { name: 'release path', folders: ['release', 'rehearse'] },
  { name: 'domain', folders: ['health', 'probes', 'deploy', 'github', 'runner', 'gates', 'flags', 'notify'] },
  { name: 'foundation', folders: ['http', 'inputs', 'runtime', 'format'] },
];
/** The embedded Vercel sandbox: a test double and the rehearsal's stage, never product code's dependency. */
const SANDBOX_USERS = ['cli', 'rehearse'];

const CORE_PATTERN = {
  group: ['@actions/core'],
  message: 'Only src/actions/ and src/runtime/action-*.ts talk to the runner; the domain receives a Logger.',
};

/**
 * Matches a relative import of a folder of src/ (`../release/x.js`, `../../release/x.js`) or of a
 * file at its top (`cli.ts` → `./cli.js`, `../cli.js`).
 */
const intoFolder = (folder) =>
  folder.endsWith('.ts') ? `^(\\.{1,2}/)+${folder.replace(/\.ts$/, '')}\\.js$` : `^(\\.{1,2}/)+${folder}/`;

/** The action entries (one per action.yml), which no other module may import. */
const ENTRIES = readdirSync(new URL('./src/actions/', import.meta.url))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.inputs.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((name) => !['provider', 'registry', 'specs'].includes(name));

function layerRules(layerIndex, folder) {
  const above = LAYERS.slice(0, layerIndex).flatMap((layer) =>
    layer.folders.map((upper) => ({
      regex: intoFolder(upper),
      message: `src/${folder} is in the ${LAYERS[layerIndex].name} layer and must not import src/${upper} (${layer.name}); see docs/architecture.md.`,
    })),
  );
  const sandbox = SANDBOX_USERS.includes(folder)
    ? []
    : [
        {
          regex: intoFolder('sandbox'),
          message: 'Product code never imports the sandbox (only the rehearsal and the CLI drive it).',
        },
      ];
  const siblings =
    folder === 'actions'
      ? [
          {
            regex: `^\\./(${ENTRIES.join('|')})\\.js$`,
            message:
              'An action entry never imports another entry: move what they share to the layer that owns it.',
          },
        ]
      : [];
  return [...above, ...sandbox, ...siblings];
}

const layerConfigs = LAYERS.flatMap((layer, index) =>
  layer.folders.map((folder) => {
    const runnerShell = folder === 'actions';
    return {
      files: folder.endsWith('.ts') ? [`src/${folder}`] : [`src/${folder}/**`],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: [...(runnerShell ? [] : [CORE_PATTERN]), ...layerRules(index, folder)] },
        ],
      },
    };
  }),
);

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'lib/',
      'node_modules/',
      'coverage/',
      '.bench/',
      'test/fixtures/gates/',
      'test/fixtures/apps/',
    ],
  },
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
      'no-restricted-imports': ['error', { patterns: [CORE_PATTERN] }],
    },
  },
  ...layerConfigs,
  {
    // The sandbox may use the foundation's runtime (logger, errors) and nothing else of the product.
    files: ['src/sandbox/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CORE_PATTERN,
            ...LAYERS.flatMap((layer) => layer.folders)
              .filter((folder) => folder !== 'runtime')
              .map((folder) => ({
                regex: intoFolder(folder),
                message: 'The sandbox imports only src/runtime/ from the product.',
              })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/runtime/action-*.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
