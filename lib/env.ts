import { z } from 'zod';

// The only reader of process.env. Each module that needs a variable imports `env` from here.
const schema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/, error: 'SITE_URL must be an absolute http(s) URL, e.g. https://langnghe.example.vn' })
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
  DATABASE_PATH: z.string().min(1).default('data/shop.db'),
});

const parsed = schema.safeParse({
  SITE_URL: process.env.SITE_URL || undefined,
  DATABASE_PATH: process.env.DATABASE_PATH || undefined,
});
if (!parsed.success) {
  const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`Invalid environment: ${detail}`);
}

export const env = parsed.data;
