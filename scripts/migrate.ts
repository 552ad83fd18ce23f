/**
 * `npm run db:migrate`: brings the database up to the newest migration and stops. The server does
 * the same when it starts; a deploy runs this first so no instance serves a request on an old schema.
 */
import { readOptions, type CommandSpec } from '../tools/cli';

readOptions({
  usage: { vi: ['npm run db:migrate'], en: ['npm run db:migrate'] },
  about: {
    vi: 'Cập nhật cơ sở dữ liệu lên bản mới nhất (drizzle/pg với DATABASE_URL, drizzle/sqlite với DATABASE_PATH).\nChạy lại bao nhiêu lần cũng an toàn.',
    en: 'Brings the database up to the newest migration (drizzle/pg with DATABASE_URL, drizzle/sqlite with DATABASE_PATH).\nSafe to repeat.',
  },
  options: {},
} satisfies CommandSpec);

const { env } = await import('@/lib/env');
const { closeDb, readyDb } = await import('@/lib/db/client');
await closeDb(await readyDb());
console.log(
  `Cơ sở dữ liệu đã cập nhật / Database is up to date: ${env.DATABASE_URL ? 'PostgreSQL' : env.DATABASE_PATH}`,
);
