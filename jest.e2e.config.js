// Jest for the end-to-end test: the real admin in headless Chromium (needs /usr/bin/chromium and the playground's admin build).
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = { ...base, testPathIgnorePatterns: ['/node_modules/'], roots: ['<rootDir>/tests/e2e'], testTimeout: 180000 };
