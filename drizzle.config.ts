import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` writes a new versioned migration into drizzle/ after a schema change.
export default defineConfig({
  dialect: 'sqlite',
  schema: './lib/db/schema.ts',
  out: './drizzle',
});
