// @ts-check
import tseslint from 'typescript-eslint';

/** Adapters the pure core must never import (../shared/STYLE.md example 1). */
const adapterModules = [
  'fs',
  'fs/*',
  'node:*',
  'http',
  'https',
  'net',
  'child_process',
  'path',
  'os',
  'crypto',
  'better-sqlite3',
  'express',
  'botbuilder',
  'botbuilder-*',
  'botframework-*',
  'react',
  'react-dom',
  'react/*',
  '@fluentui/*',
  '@azure/*',
  'office-addin-*',
  'pino',
  'nodemailer',
  'croner',
  'jose',
  '**/store/**',
  '**/server/**',
  '**/mail/**',
  '**/addin/**',
  '**/cli/**',
  '**/bot/**',
  '**/config',
  // src/core/mail is the core's own message type, not the mail adapter (issue 3)
  '!../mail/inbound-message',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'data/**',
      'coverage/**',
      'test-artifacts/**',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: adapterModules,
              message: 'src/core is pure: adapters translate around it (STYLE.md #1).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'configuration comes in as arguments' },
        { name: 'fetch', message: 'no I/O in the core' },
        { name: 'setTimeout', message: 'no timers in the core' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'no clock in the core: pass `now` in',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'no clock in the core: pass `now` in',
        },
        {
          selector: "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local)$/]",
          message: 'no clock in the core: pass `now` in',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'no randomness in the core',
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts', 'bot/flows/**/*.ts'],
    ignores: [],
    rules: {},
  },
  {
    files: ['bot/flows/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['botbuilder', 'botbuilder-*', 'botframework-*'],
              message: 'flows speak the activity protocol through the bot port, never botbuilder (issue 7)',
            },
          ],
        },
      ],
    },
  },
);
