// @strapi/plugin-documentation, when the app has it: the plugin's public routes in its generated OpenAPI document.
import type { Core } from '@strapi/strapi';
import { openApiDocument } from './openapi';

interface OverrideService {
  registerOverride(override: Record<string, unknown>, options?: { pluginOrigin?: string; excludeFromGeneration?: string[] }): void;
  excludeFromGeneration(api: string | string[]): void;
}

const TAG = 'Privacy (GDPR)';

/**
 * Our openapi.json, shaped to merge into the documentation plugin's: every operation tagged, and our schemas renamed
 * Privacy* (the documentation plugin has an `Error` schema of its own, and merges components by name).
 */
export const documentationOverride = (): Record<string, unknown> => {
  const document = openApiDocument();
  const schemas = document.components.schemas as Record<string, unknown>;
  const renamed = (name: string) => `Privacy${name}`;
  const json = JSON.stringify({ paths: document.paths, components: { schemas } }).replace(
    /"#\/components\/schemas\/([A-Za-z0-9]+)"/g,
    (_match, name: string) => `"#/components/schemas/${renamed(name)}"`
  );
  const parsed = JSON.parse(json) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
    components: { schemas: Record<string, unknown> };
  };
  for (const methods of Object.values(parsed.paths)) {
    for (const operation of Object.values(methods)) operation.tags = [TAG];
  }
  return {
    tags: [{ name: TAG, description: document.info.description }],
    paths: parsed.paths,
    components: { schemas: Object.fromEntries(Object.entries(parsed.components.schemas).map(([name, schema]) => [renamed(name), schema])) },
  };
};

/**
 * Called at register, before the documentation plugin writes its document at bootstrap. The routes are described by
 * hand (query parameters, formats, errors), so the documentation plugin's own generation, which only knows
 * content-type CRUD routes, is turned off for this plugin; the override applies whatever the app's
 * `x-strapi-config.plugins` lists.
 */
export const registerWithDocumentation = (strapi: Core.Strapi): void => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  const overrides = documentation.service('override') as unknown as OverrideService;
  overrides.excludeFromGeneration('privacy');
  overrides.registerOverride(documentationOverride());
};
