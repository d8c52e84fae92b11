// Jest: TypeScript tests; unit tests run alone, integration tests boot the real playground Strapi.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // The browser test needs Chromium and the built admin: `npm run test:e2e`.
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: { warnOnly: false } }] },
  // Generous: a beforeAll boots Strapi and seeds several companies, and CI runs two lanes side by side on two cores.
  testTimeout: 300000,
  modulePathIgnorePatterns: ['<rootDir>/playground/', '<rootDir>/dist/', '<rootDir>/node_modules/strapi-plugin-privacy'],
  watchPathIgnorePatterns: ['<rootDir>/playground/'],
};
