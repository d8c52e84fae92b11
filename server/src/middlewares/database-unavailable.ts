// Route middleware: a lost or refused database connection answers 503 with Retry-After, in Strapi's error shape, not a 500.
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

const databaseUnavailable = () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    ctx.set('Retry-After', '2');
    // Answered here, in Strapi's error shape: its error middleware would hide a 5xx message, and this one tells the client what to do.
    answerWithError(ctx, 503, 'ServiceUnavailableError', 'The database is unavailable for a moment: try again in a few seconds');
  }
};

export default databaseUnavailable;
