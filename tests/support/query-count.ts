import { queryObservers } from "@/lib/db/adapters";

/** Runs `fn` and returns its result with the number of SQL statements it sent to the database. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> {
  const statements: string[] = [];
  const observe = (sql: string) => void statements.push(sql);
  queryObservers.add(observe);
  try {
    const result = await fn();
    return { result, queries: statements.length, statements };
  } finally {
    queryObservers.delete(observe);
  }
}
