import { z } from 'zod';

// The only reader of process.env. Server-only secrets join this schema in their own modules' issues.
const schema = z.object({
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:3000')
    .transform((u) => u.replace(/\/+$/, '')),
});

const parsed = schema.safeParse({ SITE_URL: process.env.SITE_URL || undefined });
if (!parsed.success) {
  const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`Invalid environment: ${detail}`);
}

export const env = parsed.data;
