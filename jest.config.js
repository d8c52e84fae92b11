// Jest: TypeScript tests; unit tests run alone, integration tests boot the real playground Strapi.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } }] },
  testTimeout: 120000,
  modulePathIgnorePatterns: ['<rootDir>/playground/', '<rootDir>/dist/', '<rootDir>/node_modules/strapi-plugin-privacy'],
  watchPathIgnorePatterns: ['<rootDir>/playground/'],
};
