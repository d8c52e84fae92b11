// Admin routes (admin JWT and the plugin's RBAC actions): organizations, draft preview, completeness report, Art. 30 record (JSON, CSV, XLSX), versions.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors, validateYupSchema, yup } from '@strapi/utils';
import { BANNER_FORMATS } from '../consent/cookie-banner';
import { EMAIL_KINDS } from '../consent/emails';
import { ESPS } from '../consent/esp';
import { DOCUMENT_FORMATS, MEDIA_TYPES } from '../documents/formats';
import { DOCUMENT_KINDS, formatsOf, kindSpec, type DocumentKind } from '../documents/kinds';
import { lettersOf } from '../letters/letters';
import { XLSX_MEDIA_TYPE } from '../registers/exports';
import { reportMarkdown } from '../report/completeness-markdown';
import { UID } from '../uids';
import { getService } from '../utils/get-service';
import { CONSENT_COPY_QUERY, parseDocumentQuery, VERSIONS_QUERY, type QuerySpec } from '../validation/query-parameters';
import { answerMethodNotAllowed } from '../http/method-not-allowed';

const PREVIEW_QUERY: QuerySpec<'json'> = { formats: ['json'], options: { kind: { values: DOCUMENT_KINDS, default: DOCUMENT_KINDS[0] } } };
const RECORD_QUERY: QuerySpec<'json' | 'csv' | 'xlsx'> = { formats: ['json', 'csv', 'xlsx'] };

const publishBody = yup
  .object({
    organization: yup
      .string()
      .matches(/^[A-Za-z0-9._~-]{1,255}$/, "organization must be an organization's slug")
      .optional(),
    note: yup.string().max(2000, 'note must be at most 2,000 characters').optional().nullable(),
  })
  .noUnknown(true, 'unknown field ${unknown}: allowed fields are organization, note');

const adminController = ({ strapi }: { strapi: Core.Strapi }) => {
  const resolution = () => getService(strapi, 'resolution');
  const editor = () => getService(strapi, 'editor');
  const query = (ctx: Context) => ctx.query as Record<string, unknown>;
  const parse = <F extends string>(spec: QuerySpec<F>, ctx: Context) => parseDocumentQuery(spec, query(ctx), ctx.querystring);
  /** The report's messages come in any language that has a translation file; English by default. */
  const { languages } = getService(strapi, 'engine').translator;
  const reportQuery: QuerySpec<'json' | 'markdown'> = {
    formats: ['json', 'markdown'],
    options: { lang: { values: languages, default: 'en' } },
  };

  return {
    /** What the admin page offers, from the server's registries: it lists nothing of its own. */
    async meta(ctx: Context) {
      parse({ formats: ['json'] }, ctx);
      const { codes, defaultCode } = await resolution().allowedLocales();
      ctx.body = {
        data: {
          kinds: DOCUMENT_KINDS.map((kind) => ({ kind, name: kindSpec(kind).name, formats: formatsOf(kind) })),
          formats: DOCUMENT_FORMATS.map((format) => ({ format, mediaType: MEDIA_TYPES[format] })),
          locales: codes,
          defaultLocale: defaultCode,
          languages,
          emailTools: ESPS,
          emailKinds: EMAIL_KINDS,
          bannerLibraries: BANNER_FORMATS,
          letters: { requests: lettersOf('requests'), breaches: lettersOf('breaches') },
        },
      };
    },

    /** The organizations an editor can pick, from drafts (every entry has one). */
    async organizations(ctx: Context) {
      parse({ formats: ['json'] }, ctx);
      const rows = (await strapi.db.query(UID.organization).findMany({
        select: ['slug', 'name', 'locale'],
        where: { publishedAt: { $null: true } },
        orderBy: { name: 'asc' },
      })) as Array<{ slug: string; name: string; locale: string }>;
      const bySlug = new Map<string, { slug: string; name: string; locales: string[] }>();
      for (const row of rows) {
        const entry = bySlug.get(row.slug) ?? { slug: row.slug, name: row.name, locales: [] };
        entry.locales.push(row.locale);
        bySlug.set(row.slug, entry);
      }
      ctx.body = { data: [...bySlug.values()] };
    },

    async preview(ctx: Context) {
      const q = parse(PREVIEW_QUERY, ctx);
      const organization = await resolution().resolveOrganization(q.organization, 'draft');
      const locale = await resolution().resolveLocale(q.locale);
      ctx.body = { data: await editor().preview(q.options.kind as DocumentKind, organization, locale) };
    },

    async report(ctx: Context) {
      const q = parse(reportQuery, ctx);
      const organization = await resolution().resolveOrganization(q.organization, 'draft');
      const report = await editor().report(organization, q.options.lang);
      if (q.format === 'markdown') {
        ctx.type = MEDIA_TYPES.markdown;
        ctx.body = reportMarkdown(getService(strapi, 'engine').translator.forLocale(report.lang), report);
        return;
      }
      const { lang: _lang, ...data } = report;
      ctx.body = { data };
    },

    /** The Art. 30(1) record of processing activities (the route keeps its first name, /privacy/register). */
    async recordOfProcessing(ctx: Context) {
      const q = parse(RECORD_QUERY, ctx);
      const organization = await resolution().resolveOrganization(q.organization, 'published');
      const locale = await resolution().resolveLocale(q.locale);
      if (q.format === 'xlsx') {
        ctx.type = XLSX_MEDIA_TYPE;
        ctx.set('Content-Disposition', `attachment; filename="register-${organization}-${locale}.xlsx"`);
        ctx.body = await editor().recordWorkbook(organization, locale);
        return;
      }
      const record = await editor().recordOfProcessing(organization, locale, q.format);
      if (q.format === 'csv') {
        ctx.type = MEDIA_TYPES.csv;
        ctx.set('Content-Disposition', `attachment; filename="register-${organization}-${locale}.csv"`);
        ctx.body = record;
        return;
      }
      ctx.body = { data: record };
    },

    /** The same kit as the public route, for the admin page (which works even when the public routes are closed). */
    async consentCopy(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'consent-copy').kit(parse(CONSENT_COPY_QUERY, ctx)) };
    },

    async versions(ctx: Context) {
      ctx.body = { data: await getService(strapi, 'history').list(parse(VERSIONS_QUERY, ctx)) };
    },

    methodNotAllowed(ctx: Context) {
      // The collections accept POST, the registers' entries PUT and a preset's apply only POST (routes/admin.ts); everything else is read-only.
      const entry = /\/privacy\/(rights-requests|breaches)\/(?!export$)[^/]+$/.test(ctx.path);
      const collection = /\/privacy\/(versions|rights-requests|breaches)$/.test(ctx.path);
      const action = /\/privacy\/presets\/[^/]+\/apply$/.test(ctx.path);
      const allowed = action ? 'POST' : collection ? 'GET, POST' : entry ? 'GET, PUT' : 'GET';
      answerMethodNotAllowed(ctx, allowed);
    },

    async publishVersion(ctx: Context) {
      const raw = (ctx.request as unknown as { body?: unknown }).body;
      if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw))) {
        throw new errors.ValidationError('the body must be a JSON object such as {"organization": "acme", "note": "…"}', {
          errors: [{ path: ['body'], message: 'the body must be a JSON object', name: 'ValidationError' }],
        });
      }
      const body = await validateYupSchema(publishBody)(raw ?? {});
      const organization = await resolution().resolveOrganization(body.organization, 'published');
      const created = await getService(strapi, 'versions').publish(organization, body.note ?? null);
      await getService(strapi, 'cache').invalidate([organization]);
      ctx.body = {
        data: {
          organization,
          created: created.map(({ content, sourceHash, number, ...rest }) => ({ ...rest, version: number })),
          message: created.length
            ? `${created.length} new version(s) recorded`
            : 'nothing changed since the last version: no version recorded',
        },
      };
    },
  };
};

export default adminController;
