// An error answered in Strapi's own error shape by code that settles the response itself rather than throwing.
import type { Context } from 'koa';

/** Writes `{ data: null, error: { status, name, message, details: {} } }`, as Strapi's error middleware formats one. */
export const answerWithError = (ctx: Context, status: number, name: string, message: string): void => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
};
