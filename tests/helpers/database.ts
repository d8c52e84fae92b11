// A fresh database per test app: a temporary SQLite file, or a new PostgreSQL/MariaDB database when TEST_DB says so.
import fs from 'fs';
import os from 'os';
import path from 'path';
import crypto from 'crypto';

export interface TestDatabase {
  /** DATABASE_* variables the playground reads. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

const uniqueName = (): string => `privacy_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;

const sqlite = async (): Promise<TestDatabase> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-sqlite-'));
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

const postgres = async (): Promise<TestDatabase> => {
  const { Client } = await import('pg');
  const name = uniqueName();
  const admin = {
    host: process.env.TEST_PG_HOST ?? '127.0.0.1',
    port: 5432,
    user: process.env.TEST_PG_USER ?? 'postgres',
    database: 'test',
  };
  const run = async (sql: string): Promise<void> => {
    const client = new Client(admin);
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE ${name}`);
  return {
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: admin.host,
      DATABASE_PORT: '5432',
      DATABASE_NAME: name,
      DATABASE_USERNAME: admin.user,
      DATABASE_PASSWORD: '',
    },
    drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
};

const mariadb = async (): Promise<TestDatabase> => {
  const mysql = await import('mysql2/promise');
  const name = uniqueName();
  const admin = { host: process.env.TEST_MYSQL_HOST ?? '127.0.0.1', port: 3306, user: 'root', password: '' };
  const run = async (sql: string): Promise<void> => {
    const connection = await mysql.createConnection(admin);
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  await run(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    env: {
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: admin.host,
      DATABASE_PORT: '3306',
      DATABASE_NAME: name,
      DATABASE_USERNAME: 'root',
      DATABASE_PASSWORD: '',
    },
    drop: () => run(`DROP DATABASE IF EXISTS ${name}`),
  };
};

const factories: Record<string, () => Promise<TestDatabase>> = { sqlite, postgres, mariadb, mysql: mariadb };

/** TEST_DB=sqlite (default) | postgres | mariadb. */
export const createTestDatabase = (): Promise<TestDatabase> => {
  const kind = process.env.TEST_DB ?? 'sqlite';
  const factory = factories[kind];
  if (!factory) throw new Error(`TEST_DB must be one of ${Object.keys(factories).join(', ')}, got '${kind}'`);
  return factory();
};
