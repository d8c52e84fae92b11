// Unit: the plugin's options; a bad one is refused at startup with a message naming it and the fix.
import config, { defaultConfig } from '../../server/src/config';

const check = (overrides: Record<string, unknown>) => () => config.validator({ ...defaultConfig, ...overrides });

test('the defaults pass, and bound the cache by count and by bytes', () => {
  expect(check({})).not.toThrow();
  expect(defaultConfig).toMatchObject({ cacheMaxEntries: 1000, cacheMaxBytes: 50 * 1024 * 1024, graphqlMaxDocumentsPerRequest: 10 });
});

test('Google Consent Mode waits 500 ms everywhere by default; a list of regions and another wait are accepted', () => {
  expect(defaultConfig).toMatchObject({ consentModeWaitForUpdate: 500, consentModeRegion: null });
  expect(check({ consentModeWaitForUpdate: 0, consentModeRegion: ['FR', 'BE', 'ES-CT'] })).not.toThrow();
});

test.each([
  [{ cacheMaxBytes: '50MB' }, /cacheMaxBytes must be a whole number of bytes, at least 1024/],
  [{ cacheMaxBytes: 100 }, /cacheMaxBytes must be a whole number of bytes, at least 1024/],
  [{ cacheMaxEntries: 0 }, /cacheMaxEntries must be a whole number of at least 1/],
  [{ revisionCheckInterval: -1 }, /revisionCheckInterval must be a whole number of milliseconds/],
  [{ publicAccess: 'yes' }, /publicAccess must be true or false/],
  [{ templatesDir: '/nowhere/templates' }, /templatesDir must be null or a directory laid out like the plugin's templates/],
  [{ templatesDir: 42 }, /templatesDir must be null or a directory/],
  [
    { graphqlMaxDocumentsPerRequest: 0 },
    /graphqlMaxDocumentsPerRequest must be a whole number from 1 to 1000 \(the default is 10\), got 0/,
  ],
  [{ graphqlMaxDocumentsPerRequest: '10' }, /graphqlMaxDocumentsPerRequest must be a whole number from 1 to 1000/],
  [{ graphqlMaxDocumentsPerRequest: 1.5 }, /graphqlMaxDocumentsPerRequest must be a whole number/],
  [{ consentModeWaitForUpdate: '500' }, /consentModeWaitForUpdate must be a whole number of milliseconds from 0 to 10000/],
  [{ consentModeWaitForUpdate: 60000 }, /consentModeWaitForUpdate must be a whole number of milliseconds from 0 to 10000/],
  [{ consentModeRegion: 'FR' }, /consentModeRegion must be null \(everywhere\) or a non-empty list of ISO 3166-2 codes/],
  [{ consentModeRegion: [] }, /consentModeRegion must be null/],
  [{ consentModeRegion: ['fr'] }, /consentModeRegion must be null/],
])('%j is refused', (overrides, message) => {
  expect(check(overrides)).toThrow(message);
});
