// SQLite by default; PostgreSQL or MySQL/MariaDB through the usual DATABASE_* variables.
import type { Core } from '@strapi/strapi';

import path from 'path';

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');
  const common = {
    host: env('DATABASE_HOST', '127.0.0.1'),
    database: env('DATABASE_NAME', 'strapi'),
    user: env('DATABASE_USERNAME', client === 'postgres' ? 'postgres' : 'root'),
    password: env('DATABASE_PASSWORD', ''),
  };
  const connections: Record<string, unknown> = {
    sqlite: {
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
    postgres: {
      connection: { ...common, port: env.int('DATABASE_PORT', 5432), schema: env('DATABASE_SCHEMA', 'public') },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: { ...common, port: env.int('DATABASE_PORT', 3306) },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      // Strapi's schema sync runs DDL in a transaction; knex then prints this notice on every boot. It is harmless.
      log: {
        warn: (message: string) => {
          if (!String(message).includes('do not mix transactions and DDL with MySQL')) console.warn(message);
        },
      },
    },
  };
  return {
    connection: {
      client,
      ...(connections[client] as object),
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
