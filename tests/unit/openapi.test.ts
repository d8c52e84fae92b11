// Unit: the shipped openapi.json is the one the code describes, and it covers every public GET route.
import fs from 'fs';
import path from 'path';
import { openApiDocument } from '../../server/src/openapi';
import contentApi from '../../server/src/routes/content-api';

const FILE = path.resolve(__dirname, '..', '..', 'openapi.json');

test('openapi.json is up to date (UPDATE_OPENAPI=1 npm run test:unit rewrites it)', () => {
  const generated = `${JSON.stringify(openApiDocument(), null, 2)}\n`;
  if (process.env.UPDATE_OPENAPI === '1') fs.writeFileSync(FILE, generated);
  expect(fs.readFileSync(FILE, 'utf8')).toBe(generated);
});

test('every public GET route is described', () => {
  const described = Object.keys(openApiDocument().paths);
  const routes = contentApi.routes.filter((r) => r.method === 'GET').map((r) => `/privacy${r.path.replace(/:(\w+)/g, '{$1}')}`);
  expect(described.sort()).toEqual([...new Set(routes)].sort());
});
