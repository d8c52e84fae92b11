// A 405 with Allow for every method the router does not know (TRACE, PROPFIND, SEARCH, PURGE, LINK, QUERY, MKCOL…) on the public paths.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PUBLIC_GETS } from '../routes/content-api';
import { answerMethodNotAllowed } from '../http/method-not-allowed';

/**
 * The methods Strapi's router has routes for: on a public path, GET and HEAD serve, OPTIONS is CORS's and the
 * router's, and POST, PUT, PATCH and DELETE reach the plugin's own 405 routes. Any other method never reaches a
 * route: @koa/router answers it 501 Not Implemented. This middleware, added after Strapi's global middlewares (so
 * errors, security headers and CORS apply) and before the router, answers those with the same 405.
 */
const ROUTED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** `/consent-copy/emails/:kind` → a pattern of the full path under the REST prefix. */
const pathPattern = (prefix: string, path: string): RegExp =>
  new RegExp(`^${`${prefix}/privacy${path}`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+')}/?$`);

export const unknownMethodsMiddleware = (strapi: Core.Strapi) => {
  const prefix = (strapi.config.get('api.rest.prefix', '/api') as string).replace(/\/$/, '');
  const publicPaths = PUBLIC_GETS.map(([path]) => pathPattern(prefix, path));
  return async (ctx: Context, next: Next): Promise<void> => {
    if (ROUTED_METHODS.has(ctx.method) || !publicPaths.some((pattern) => pattern.test(ctx.path))) return next();
    answerMethodNotAllowed(ctx, 'GET, HEAD');
  };
};
