// Admin routes (admin JWT and the plugin's RBAC actions): publish a version now.
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { validateYupSchema, yup } from '@strapi/utils';
import { getService } from '../utils/get-service';

const publishBody = yup
  .object({
    organization: yup.string().matches(/^[A-Za-z0-9._~-]{1,255}$/, "organization must be an organization's slug").optional(),
    note: yup.string().max(2000, 'note must be at most 2,000 characters').optional().nullable(),
  })
  .noUnknown(true, 'unknown field ${unknown}: allowed fields are organization, note');

const adminController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async publishVersion(ctx: Context) {
    const body = await validateYupSchema(publishBody)((ctx.request as unknown as { body?: unknown }).body ?? {});
    const organization = await getService(strapi, 'documents').resolveOrganization(body.organization, 'published');
    const created = await getService(strapi, 'versions').publish(organization, body.note ?? null);
    await getService(strapi, 'documents').invalidate();
    ctx.body = {
      data: {
        organization,
        created: created.map(({ content, number, ...rest }) => ({ ...rest, version: number })),
        message: created.length ? `${created.length} new version(s) recorded` : 'nothing changed since the last version: no version recorded',
      },
    };
  },
});

export default adminController;
