// Admin routes of the vendor presets: the catalogue in the editor's language, and "add a service" to an organization.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { PRESET_LANGUAGES } from '../presets/model';
import type { PresetLanguage } from '../presets/entries';
import { getService } from '../utils/get-service';
import { parseDocumentQuery } from '../validation/query-parameters';

const APPLY_FIELDS = ['organization', 'locales'];

const invalid = (field: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError' }] });

const applyBody = yup
  .object({
    organization: yup
      .string()
      .required('organization is required: the slug of the organization to add the service to')
      .matches(/^[A-Za-z0-9._~-]{1,255}$/, "organization must be an organization's slug"),
    locales: yup
      .array(yup.string().required().max(20, 'a locale code is at most 20 characters'))
      .required('locales is required, e.g. ["fr", "en"]')
      .min(1, 'locales must name at least one locale, e.g. ["fr", "en"]')
      .max(PRESET_LANGUAGES.length, `locales takes at most ${PRESET_LANGUAGES.length} locales`)
      .test('unique', 'locales must not name a locale twice', (value) => !value || new Set(value).size === value.length),
  })
  .noUnknown(true, 'unknown field ${unknown}: allowed fields are organization, locales');

const presetsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const q = parseDocumentQuery(
      { formats: ['json'], options: { lang: { values: [...PRESET_LANGUAGES], default: 'en' } } },
      ctx.query as Record<string, unknown>,
      ctx.querystring
    );
    ctx.body = { data: getService(strapi, 'presets').list(q.options.lang as PresetLanguage) };
  },

  async apply(ctx: Context) {
    const raw = (ctx.request as unknown as { body?: unknown }).body;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      throw invalid('body', 'the body must be a JSON object such as {"organization": "acme", "locales": ["fr", "en"]}');
    }
    const unknown = Object.keys(raw).find((key) => !APPLY_FIELDS.includes(key));
    if (unknown !== undefined) {
      throw invalid(unknown.slice(0, 50), `unknown field ${unknown.slice(0, 50)}: allowed fields are ${APPLY_FIELDS.join(', ')}`);
    }
    const body = await validateYupSchema(applyBody)(raw);
    const result = await getService(strapi, 'presets').apply(String(ctx.params.id), body.organization, body.locales as string[]);
    ctx.status = result.cookies.some((c) => c.created.length) || result.recipient?.created.length ? 201 : 200;
    ctx.body = { data: result };
  },
});

export default presetsController;
