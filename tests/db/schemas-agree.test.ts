import { getTableConfig as pgTable, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTable, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { is } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as pg from '@/lib/db/schema.pg';
import * as sqlite from '@/lib/db/schema.sqlite';

// lib/ is written once against SQLite's table objects and runs on PostgreSQL's (lib/db/schema.ts):
// that holds only while the two files declare the same tables, columns, JavaScript types,
// nullability, keys and checks.
type Shape = Record<string, Record<string, string>>;

/** What both dialects' table configs say, in the terms they share. */
interface Config {
  name: string;
  columns: { name: string; dataType: string; notNull: boolean; primary: boolean }[];
  checks: { name: string }[];
  indexes: { config: { name?: string } }[];
  foreignKeys: unknown[];
  primaryKeys: { columns: { name: string }[] }[];
}

const configOf = (value: unknown): Config | undefined =>
  is(value, SQLiteTable) ? sqliteTable(value) : is(value, PgTable) ? pgTable(value) : undefined;

const names = (list: { name: string }[]) =>
  list
    .map((x) => x.name)
    .sort()
    .join(', ');

function shape(module: Record<string, unknown>): Shape {
  const tables: Shape = {};
  for (const config of Object.values(module).map(configOf)) {
    if (!config) continue;
    tables[config.name] = {
      ...Object.fromEntries(
        config.columns.map((c) => [
          c.name,
          `${c.dataType}${c.notNull ? ' not null' : ''}${c.primary ? ' primary key' : ''}`,
        ]),
      ),
      '(checks)': names(config.checks),
      '(indexes)': names(config.indexes.map((i) => ({ name: i.config.name ?? '(unnamed)' }))),
      '(foreign keys)': String(config.foreignKeys.length),
      '(primary key)': config.primaryKeys.map((k) => names(k.columns)).join('; '),
    };
  }
  return tables;
}

describe('the two schema files', () => {
  it('declare the same tables with the same columns, JavaScript types, keys, indexes and checks', () => {
    const lite = shape(sqlite);
    expect(Object.keys(lite).length).toBeGreaterThan(10);
    expect(shape(pg)).toEqual(lite);
  });
});
