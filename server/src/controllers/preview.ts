// GET /api/privacy/preview: the page the Content Manager's preview shows, opened by a signed link instead of a session.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { DOCUMENT_KINDS, type DocumentKind } from '../documents/kinds';
import { pageHref, renderPolicyPage } from '../documents/policy-page';
import { policyPageBody } from '../http/policy-page';
import { answerWithError } from '../http/error-body';
import { PAGE_CONTENT_SECURITY_POLICY } from '../http/representation';
import { checkPreview, previewQuery, type PreviewTarget } from '../preview/signed-link';
import { previewSecret } from '../preview/content-manager-preview';
import { getService } from '../utils/get-service';

const PARAMETERS = ['organization', 'locale', 'kind', 'status', 'expires', 'signature'] as const;

const invalid = (name: string, message: string): errors.ValidationError =>
  new errors.ValidationError(message, { errors: [{ path: [name], message, name: 'ValidationError' }] });

const previewController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async page(ctx: Context) {
    const query = ctx.query as Record<string, unknown>;
    for (const name of Object.keys(query)) {
      if (!(PARAMETERS as readonly string[]).includes(name)) {
        throw invalid(name, `unknown parameter '${name}': a preview link carries only ${PARAMETERS.join(', ')}`);
      }
    }
    const values: Record<string, string> = {};
    for (const name of PARAMETERS) {
      const value = query[name];
      if (typeof value !== 'string' || value === '') {
        throw invalid(name, `${name} is missing or repeated: open the preview again from the Content Manager`);
      }
      values[name] = value;
    }
    if (!DOCUMENT_KINDS.includes(values.kind as DocumentKind)) throw invalid('kind', `kind must be one of ${DOCUMENT_KINDS.join(', ')}`);
    if (values.status !== 'draft' && values.status !== 'published') throw invalid('status', 'status must be draft or published');
    const target: PreviewTarget = {
      organization: values.organization,
      locale: values.locale,
      kind: values.kind,
      status: values.status,
    };
    const secret = previewSecret(strapi);
    const check = secret
      ? checkPreview(secret, target, Number(values.expires), values.signature)
      : ({ ok: false, reason: 'signature' } as const);
    if (!check.ok) {
      // Written here: Strapi's error middleware replaces a ForbiddenError's message with 'Forbidden'.
      answerWithError(
        ctx,
        403,
        'ForbiddenError',
        check.reason === 'expired'
          ? 'this preview link has expired: open the preview again from the Content Manager'
          : 'this preview link is not valid: open the preview from the Content Manager'
      );
      return;
    }
    const kind = target.kind as DocumentKind;
    // The hosted page's policy, except that the admin may frame it (its origin, or the admin.url one).
    const adminUrl = strapi.config.get('admin.url') as string | undefined;
    const adminOrigin = typeof adminUrl === 'string' && /^https?:\/\//.test(adminUrl) ? ` ${new URL(adminUrl).origin}` : '';
    ctx.set(
      'Content-Security-Policy',
      PAGE_CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", `frame-ancestors 'self'${adminOrigin}`)
    );
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    ctx.set('Referrer-Policy', 'no-referrer');
    ctx.type = 'text/html; charset=utf-8';
    if (target.status === 'published') {
      ctx.body = await policyPageBody(strapi, kind, {
        organization: target.organization,
        locale: target.locale,
        format: 'page',
        options: {},
      });
      return;
    }
    // Drafts: the same page as format=page, built from the draft entries; its links stay inside the preview.
    const rendered = await getService(strapi, 'policies').draft(kind, { organization: target.organization, locale: target.locale });
    const other = DOCUMENT_KINDS.find((candidate) => candidate !== kind) ?? kind;
    const { translator, renderer } = getService(strapi, 'engine');
    const organization = (await strapi.db.query('plugin::privacy.organization' as never).findOne({
      select: ['name'],
      where: { slug: target.organization, locale: target.locale, publishedAt: { $null: true } },
    })) as { name?: string } | null;
    ctx.body = renderPolicyPage(renderer, translator.forLocale(target.locale), rendered.json, rendered.bodies.html ?? '', {
      organizationName: organization?.name ?? target.organization,
      otherDocument: { kind: other, href: `preview?${previewQuery(secret as string, { ...target, kind: other })}` },
      versions: [],
      historyHref: pageHref('/versions', { organization: target.organization, locale: target.locale, kind }),
      languages: [],
    });
  },
});

export default previewController;
