// With @strapi/plugin-documentation installed and on (the playground has it, off unless PLAYGROUND_DOCUMENTATION=true),
// the document it writes at boot describes the plugin's public routes with our parameters and schemas.
import fs from 'fs';
import path from 'path';
import { startTestApp, type TestApp } from '../helpers/strapi';
import { openApiDocument } from '../../server/src/openapi';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ PLAYGROUND_DOCUMENTATION: 'true' });
});

afterAll(async () => {
  await app?.stop();
});

interface Generated {
  paths: Record<string, Record<string, { tags?: string[]; parameters?: Array<{ name: string }> }>>;
  components: { schemas: Record<string, unknown> };
}

const generated = (): Generated => {
  const service = app.strapi.plugin('documentation').service('documentation');
  const file = path.join(service.getFullDocumentationPath(), service.getDocumentationVersion(), 'full_documentation.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Generated;
};

test('every public route of the plugin is in the documentation plugin’s OpenAPI document, tagged, with its parameters', () => {
  const document = generated();
  const ours = Object.keys(openApiDocument().paths);
  expect(ours.length).toBeGreaterThan(5);
  for (const route of ours) {
    expect(document.paths[route]?.get).toBeDefined();
    expect(document.paths[route].get.tags).toEqual(['Privacy (GDPR)']);
  }
  expect(document.paths['/privacy/policy'].get.parameters?.map((p) => p.name)).toEqual(
    expect.arrayContaining(['organization', 'locale', 'format', 'version'])
  );
});

test('our schemas are renamed Privacy*, so the documentation plugin’s own Error schema is left as it was', () => {
  const { components } = generated();
  expect(components.schemas.PrivacyError).toBeDefined();
  expect(components.schemas.Error).toBeDefined();
  expect(components.schemas.PrivacyError).not.toEqual(components.schemas.Error);
  const text = JSON.stringify(generated().paths['/privacy/policy']);
  expect(text).toContain('#/components/schemas/Privacy');
  expect(text).not.toMatch(/#\/components\/schemas\/(?!Privacy)/);
});
