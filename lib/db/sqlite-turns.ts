import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';

// One for every database: each AsyncLocalStorage adds work to every promise the process makes.
const inside = new AsyncLocalStorage<object>();

/**
 * SQLite has one connection per process, and a transaction stays open on it across the awaits of
 * its body. Any statement run on the connection meanwhile is part of that transaction: another
 * request's write would be rolled back with it, its read would see writes not yet committed. So
 * transactions take turns here, one at a time, and a statement issued from outside while one is
 * open waits its turn behind it; with none open, statements run at once.
 */
export class SqliteTurns {
  private tail: Promise<unknown> = Promise.resolve();
  /** The open transaction, as the token its own code carries in `inside`. */
  private open: object | undefined;

  /** Whether the calling code is the open transaction's own. */
  ownsOpen(): boolean {
    return this.open !== undefined && inside.getStore() === this.open;
  }

  private enqueue<T>(step: () => T | PromiseLike<T>): Promise<T> {
    const run = this.tail.then(step, step);
    this.tail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Runs `body` as the open transaction, after those before it. */
  transaction<T>(body: () => Promise<T>): Promise<T> {
    return this.enqueue(async () => {
      const token = {};
      this.open = token;
      try {
        return await inside.run(token, body);
      } finally {
        this.open = undefined;
      }
    });
  }

  /**
   * Runs one statement: now, unless a transaction other than the caller's is open; then after it.
   * `execute` must start the statement synchronously (Drizzle's SQLite builders do).
   */
  statement<T>(execute: () => T): T | Promise<T> {
    return this.open === undefined || this.ownsOpen() ? execute() : this.enqueue(execute);
  }
}

const EXECUTE = new Set<PropertyKey>(['then', 'catch', 'finally']);

/**
 * `target` (the database, or a query being built on it) whose statements run through `turns`.
 * A query runs when it is awaited — its `then` — so that is where it waits its turn.
 */
export function takingTurns<T extends object>(target: T, turns: SqliteTurns): T {
  return new Proxy(target, {
    get(t, key) {
      const value: unknown = Reflect.get(t, key, t);
      if (typeof value !== 'function') return value;
      if (EXECUTE.has(key))
        return (...args: unknown[]) => turns.statement(() => value.apply(t, args));
      return (...args: unknown[]) => {
        const result: unknown = value.apply(t, args);
        return isBuilder(result) ? takingTurns(result, turns) : result;
      };
    },
  });
}

const isBuilder = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Promise);
