// Server middleware: a lost or refused database connection answers 503 with Retry-After, in Strapi's error shape, not a 500.
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { answerWithError } from '../http/error-body';

const CONNECTION_CODES = new Set([
  // PostgreSQL: admin shutdown, crash shutdown, cannot connect now, connection exceptions
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  // MySQL/MariaDB and Node sockets
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  // SQLite
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
]);

const CONNECTION_MESSAGES =
  /Connection terminated|Connection ended unexpectedly|terminating connection|not currently accepting connections|the database system is (shutting down|starting up)|Timeout acquiring a connection|Connection lost|server closed the connection|Client has encountered a connection error/i;

export const isConnectionError = (error: unknown): boolean => {
  const e = error as { code?: unknown; message?: unknown } | null;
  return (
    (typeof e?.code === 'string' && CONNECTION_CODES.has(e.code)) || (typeof e?.message === 'string' && CONNECTION_MESSAGES.test(e.message))
  );
};

const answerUnavailable = (ctx: Context): void => {
  ctx.set('Retry-After', '2');
  // Answered here, in Strapi's error shape: its error middleware would hide a 5xx message, and this one tells the client what to do.
  answerWithError(ctx, 503, 'ServiceUnavailableError', 'The database is unavailable for a moment: try again in a few seconds');
};

/** One trivial query: false only when it fails for want of a connection. */
const databaseAnswers = async (strapi: Core.Strapi): Promise<boolean> => {
  try {
    await strapi.db.connection.raw('select 1');
    return true;
  } catch (error) {
    return !isConnectionError(error);
  }
};

/**
 * Around every request to the plugin's paths: the public ones under the REST prefix and the admin ones under
 * /privacy. Mounted on Strapi's server (bootstrap.ts), before the router, rather than as a route middleware: a
 * route's own middlewares run after Strapi's authentication, whose admin session and user lookups hit the database
 * first and would otherwise reach Strapi's error middleware as a 500. users-permissions (publicAccess: false) is
 * another case: its strategy catches every error of its lookups and answers 401, so a 401 on these paths is checked
 * with one query, and answered 503 when the database is not there.
 */
export const databaseUnavailableMiddleware = (strapi: Core.Strapi) => {
  const restPrefix = (strapi.config.get('api.rest.prefix', '/api') as string).replace(/\/$/, '');
  const prefixes = [`${restPrefix}/privacy/`, '/privacy/'];
  return async (ctx: Context, next: Next): Promise<void> => {
    if (!prefixes.some((prefix) => ctx.path.startsWith(prefix))) return next();
    try {
      await next();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      answerUnavailable(ctx);
      return;
    }
    if (ctx.status === 401 && !(await databaseAnswers(strapi))) answerUnavailable(ctx);
  };
};
