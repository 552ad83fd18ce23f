import { cloneDatabase } from './pg';

// Runs in each test file's process before its imports: the process-wide database (getDb) of this
// file is a clone of its own, so files running side by side never see each other's orders.
process.env.DATABASE_URL = await cloneDatabase();
