// Public routes: parse the query, get the representation, answer with its ETag (304 when unchanged).
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { PrivacyPluginConfig } from '../config';
import { DOCUMENT_KINDS, kindSpec, type DocumentKind } from '../documents/kinds';
import { publicOutputs } from '../http/public-outputs';
import { send } from '../http/representation';
import { answerMethodNotAllowed } from '../http/method-not-allowed';
import {
  CONSENT_COPY_QUERY,
  CONSENT_EMAIL_QUERY,
  COOKIE_BANNER_QUERY,
  documentQuerySpec,
  parseDocumentQuery,
  VERSIONS_QUERY,
  type QuerySpec,
} from '../validation/query-parameters';

type Handler = (ctx: Context) => Promise<void> | void;

const documentController = ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::privacy') as PrivacyPluginConfig;
  const outputs = publicOutputs(strapi);
  const parse = <F extends string>(spec: QuerySpec<F>, ctx: Context) =>
    parseDocumentQuery(spec, ctx.query as Record<string, unknown>, ctx.querystring);

  /** One handler per document kind, named as the registry says (the users-permissions action is that name). */
  const documentHandlers = Object.fromEntries(
    DOCUMENT_KINDS.map((kind: DocumentKind): [string, Handler] => [
      kindSpec(kind).name,
      async (ctx) => send(ctx, await outputs.document(kind, parse(documentQuerySpec(kind), ctx)), config.cacheControl),
    ])
  );

  return {
    ...documentHandlers,
    async consentCopy(ctx: Context) {
      send(ctx, await outputs.consentCopy(parse(CONSENT_COPY_QUERY, ctx)), config.cacheControl);
    },
    async consentEmail(ctx: Context) {
      const kind = String(ctx.params.kind ?? '');
      send(ctx, await outputs.consentEmail(kind, parse(CONSENT_EMAIL_QUERY, ctx)), config.cacheControl);
    },
    async cookieBanner(ctx: Context) {
      const query = parse(COOKIE_BANNER_QUERY, ctx);
      send(ctx, await outputs.cookieBanner(query.format, query), config.cacheControl);
    },
    async versions(ctx: Context) {
      send(ctx, await outputs.history(parse(VERSIONS_QUERY, ctx)), config.cacheControl);
    },
    /** Any other method on a public path: a 405 in Strapi's error shape, rather than the router's bare text. */
    methodNotAllowed(ctx: Context) {
      answerMethodNotAllowed(ctx, 'GET, HEAD');
    },
  };
};

export default documentController;
