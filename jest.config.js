/** jest runs TypeScript through swc (types are checked by `npm run typecheck`).
 * transformIgnorePatterns is empty because jose, unified and postal-mime are ESM-only and
 * jest on Node 20 cannot load ESM (../shared/TOOLCHAIN.md). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j|mj)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/support/global-setup.js',
};
