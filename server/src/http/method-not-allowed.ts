// A 405 answered in Strapi's error shape without going through its error middleware, which logs it as a server error.
import type { Context } from 'koa';
import { answerWithError } from './error-body';

/**
 * `ctx.throw(405)` makes koa's own http-errors instance, which Strapi's error middleware does not recognise as an
 * HttpError (another copy of the package), so it logged a stack trace for what is a client's mistake. This writes the
 * same response the middleware would (status, `Allow`, `{ data: null, error }`) and logs nothing, as for a 400.
 */
export const answerMethodNotAllowed = (ctx: Context, allowed: string): void => {
  ctx.set('Allow', allowed);
  const use = allowed === 'GET, HEAD' ? 'GET' : allowed;
  answerWithError(ctx, 405, 'MethodNotAllowedError', `${ctx.method} is not allowed on ${ctx.path}: use ${use}`);
};
