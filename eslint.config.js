// Lint: typescript-eslint's recommended rules plus the layering rules of ARCHITECTURE.md.
// Layering is enforced here (VS Code style), not by convention: each folder may import only the
// runtimes it is allowed to touch.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

const nodeBuiltins = {
  group: ['node:*'],
  message: 'This layer runs in a browser worker too: no Node built-ins.',
};
const electron = { group: ['electron', 'electron/*'], message: 'Only main/ may import electron.' };
const three = {
  group: ['three', 'three/*', '@react-three/*'],
  message: 'three.js belongs to the renderer only.',
};
const react = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
  message: 'React belongs to the renderer.',
};
const upward = (layers, why) => ({ group: layers.map((l) => `**/${l}/**`), message: why });

/**
 * A pure layer (models, sim-core, drill): runs in Node, a browser worker and the renderer alike, so
 * no Node built-ins, no Electron, no three, no React, no DOM globals, and none of `forbidden` layers.
 */
const pureLayer = (files, forbidden, why, extra = {}) => ({
  files,
  ...extra,
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [nodeBuiltins, electron, three, react, upward(forbidden, why)] },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
  },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Use a seeded RNG.',
        },
      ],
    },
  },
  // models: the building format, the bottom layer.
  pureLayer(['models/**/*.ts'], ['sim-core', 'renderer', 'main', 'cli'], 'models/ is the bottom layer.', {
    ignores: ['models/**/write-*.ts', 'models/samples/build-samples.ts'],
  }),
  // sim-core: the engines; may import models.
  pureLayer(['sim-core/**/*.ts'], ['renderer', 'main', 'cli'], 'sim-core/ may import models/ only.'),
  // drill: verdicts, statistics, report and plan of the drill workflow; pure so the app can reuse it.
  pureLayer(
    ['drill/**/*.ts'],
    ['renderer', 'main', 'cli', 'node'],
    'drill/ may import models/ and sim-core/ only.',
  ),
  {
    // renderer: browser code. No Node, no Electron (the preload bridge is the only way to main).
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            electron,
            {
              // The one exception: the pure contract of the bridge (types, no Node, no Electron).
              regex: '(^|/)(main/(?!ipc/contract\\.ts$)|cli/)',
              message: 'The renderer talks to main only through the bridge (main/ipc/contract.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The bridge contract the renderer imports: it must stay free of Node and Electron.
    files: ['main/ipc/contract.ts', 'main/ipc/channels.ts', 'main/ipc/schemas.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            electron,
            three,
            react,
            upward(['renderer', 'cli', 'node'], 'Pure contract.'),
          ],
        },
      ],
    },
  },
  {
    // node: Node-only helpers shared by cli/ and main/ (file IO). No Electron, no UI.
    files: ['node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electron,
            three,
            react,
            upward(['renderer', 'main', 'cli', 'sim-core'], 'node/ serves cli/ and main/.'),
          ],
        },
      ],
    },
  },
  {
    // cli: Node, no Electron, no renderer.
    files: ['cli/**/*.{ts,mjs}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [electron, three, react, upward(['renderer', 'main'], 'The CLI is headless.')] },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
