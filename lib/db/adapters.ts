// The app's database (lib/db/client.ts): DATABASE_URL set → PostgreSQL through @prisma/adapter-pg;
// unset → embedded PGlite in a data dir. Only what a running app needs is here; the Prisma CLI's extra
// workarounds (shadow databases, whole migration scripts, idle close) are in ./migrate-adapters.ts.
// Each workaround names the upstream bug it exists for: the numbers are the table in ./README.md.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { PrismaPGlite } from "pglite-prisma-adapter";

export function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

export function pgliteDataDir(): string {
  // turbopackIgnore: process.cwd() would otherwise make Turbopack trace the whole project (bug 10).
  return process.env.PGLITE_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "pglite");
}

/** The app's adapter factory (and the integration tests'). */
export function createAdapterFactory(): SqlDriverAdapterFactory {
  const url = databaseUrl();
  if (url) return observed(new PrismaPg(poolConfig(url)));
  const dataDir = pgliteDataDir();
  return observed({ provider: "postgres", adapterName: "pglite-prisma-adapter", connect: () => connectPglite(() => openPglite(dataDir)) });
}

// ---------------------------------------------------------------------------------------------
// Query observation: tests and the benchmark count the SQL statements a page or action runs
// (to prove the count does not grow with the size of a plan).

type QueryObserver = (sql: string) => void;
const observerHolder = globalThis as unknown as { __launchpadQueryObservers?: Set<QueryObserver> };
export const queryObservers: Set<QueryObserver> = (observerHolder.__launchpadQueryObservers ??= new Set());

function observeQueries<T extends Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">>(queryable: T): T {
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query) => {
    for (const observe of queryObservers) observe(query.sql);
    return queryRaw(query);
  };
  queryable.executeRaw = (query) => {
    for (const observe of queryObservers) observe(query.sql);
    return executeRaw(query);
  };
  return queryable;
}

export function observed<F extends SqlDriverAdapterFactory>(factory: F): F {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = observeQueries(await connect());
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => observeQueries(await startTransaction(isolationLevel));
    return adapter;
  };
  return factory;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

// Bug 1 (prisma/prisma#27403): adapter-pg cannot map the catalog types `name` (19) and `"char"` (18)
// nor their arrays, which the schema engine reads while introspecting (and a raw query on
// information_schema returns, e.g. reliability/fuzz/records.ts). Report them as text.
const CATALOG_TYPE_AS_TEXT: Record<number, number> = { 19: 25, 18: 25, 1003: 1009, 1002: 1009 };

function reportCatalogTypesAsText<T>(result: T): T {
  const results = Array.isArray(result) ? result : [result];
  for (const r of results) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      const mapped = CATALOG_TYPE_AS_TEXT[field.dataTypeID];
      if (mapped) field.dataTypeID = mapped;
    }
  }
  return result;
}

class CatalogTypesAsTextClient extends pg.Client {
  // pg's Pool calls query() in its callback form; a promise-only override would hang the Pool.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = args.pop();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args, (err: Error | null, res: unknown) => callback(err, err ? res : reportCatalogTypesAsText(res)));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return typeof result?.then === "function" ? result.then(reportCatalogTypesAsText) : result;
  }
}

/** Pool settings from a connection URL; `database` overrides the URL's (the CLI's shadow database). */
export function poolConfig(url: string, extra: Partial<pg.PoolConfig> = {}): pg.PoolConfig {
  // Bug 2: with { connectionString }, pg lets the string win over `database`, so a shadow database
  // would silently be the real one. Pass discrete fields instead.
  const parsed = parseConnectionString(url);
  return {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user,
    password: parsed.password,
    database: parsed.database ?? undefined,
    ssl: parsed.ssl ? (parsed.ssl as pg.PoolConfig["ssl"]) : undefined,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    Client: CatalogTypesAsTextClient,
    ...extra,
  } as pg.PoolConfig;
}

// ---------------------------------------------------------------------------------------------
// PGlite (embedded, single process, single connection)

const pgliteHolder = globalThis as unknown as { __launchpadPglite?: Map<string, Promise<PGlite>> };

/** The process's PGlite for a data dir: two instances must never open the same directory. */
export function openPglite(dataDir: string): Promise<PGlite> {
  const instances = (pgliteHolder.__launchpadPglite ??= new Map());
  let instance = instances.get(dataDir);
  if (!instance) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    instance = PGlite.create({ dataDir });
    instances.set(dataDir, instance);
  }
  return instance;
}

/** Closes the PGlite of one data dir, or every one, so the directory is released. */
export async function closeEmbeddedDatabase(dataDir?: string): Promise<void> {
  for (const [dir, instance] of pgliteHolder.__launchpadPglite ?? []) {
    if (dataDir !== undefined && dir !== dataDir) continue;
    pgliteHolder.__launchpadPglite?.delete(dir);
    await (await instance).close();
  }
}

// Bug 9: PGlite errors arrive as { kind: "postgres", code } which the 6.19 client does not turn into
// P2002 & co. Map the common SQLSTATEs the way adapter-pg does.
function translatePgliteError(error: unknown): never {
  // Duck-typed: pglite-prisma-adapter bundles its own copy of driver-adapter-utils, so its errors
  // are not instances of our DriverAdapterError class.
  const cause = (error as { name?: string; cause?: { kind?: string } } | null)?.cause;
  if ((error as { name?: string } | null)?.name === "DriverAdapterError" && cause?.kind === "postgres") {
    const { code, detail, message, column } = cause as unknown as {
      code: string;
      detail?: string;
      message: string;
      column?: string;
    };
    const fields = detail?.match(/Key \(([^)]+)\)/)?.at(1)?.split(", ");
    const base = { originalCode: code, originalMessage: message };
    switch (code) {
      case "23505":
        throw new DriverAdapterError({ ...base, kind: "UniqueConstraintViolation", constraint: fields ? { fields } : undefined });
      case "23502":
        throw new DriverAdapterError({ ...base, kind: "NullConstraintViolation", constraint: column ? { fields: [column] } : undefined });
      case "23503":
        throw new DriverAdapterError({ ...base, kind: "ForeignKeyConstraintViolation", constraint: column ? { fields: [column] } : undefined });
      case "40001":
        throw new DriverAdapterError({ ...base, kind: "TransactionWriteConflict" });
      case "22001":
        throw new DriverAdapterError({ ...base, kind: "LengthMismatch", column });
      case "22003":
        throw new DriverAdapterError({ ...base, kind: "ValueOutOfRange", cause: message });
    }
  }
  throw error;
}

type Queryable = Pick<SqlDriverAdapter, "queryRaw" | "executeRaw">;

/** A raw PGlite error as the driver-adapter error Prisma understands. */
export function asPostgresError(error: unknown): DriverAdapterError {
  const e = error as { code?: string; message?: string; detail?: string; column?: string };
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "UNKNOWN",
    severity: "ERROR",
    message: e.message ?? String(error),
    detail: e.detail,
    column: e.column,
    hint: undefined,
  });
}

// `queryable` is the adapter or one of its transactions; its `client` is the PGlite connection or
// the PGlite transaction it wraps, so exec() stays inside the transaction.
function translateErrors<T extends Queryable>(queryable: T): T {
  const client = (queryable as unknown as { client: Pick<PGlite, "exec"> }).client;
  const queryRaw = queryable.queryRaw.bind(queryable);
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.queryRaw = (query: SqlQuery) => queryRaw(query).catch(translatePgliteError);
  queryable.executeRaw = async (query: SqlQuery) => {
    // Bug 6: the engine replays whole migration files through executeRaw; a prepared statement
    // cannot hold several commands, so argument-less statements go through exec() (harmless for the app).
    if (query.args.length === 0) {
      try {
        const results = await client.exec(query.sql);
        return results.reduce((sum, r) => sum + (r.affectedRows ?? 0), 0);
      } catch (error) {
        translatePgliteError(asPostgresError(error));
      }
    }
    return executeRaw(query).catch(translatePgliteError);
  };
  return queryable;
}

/** An adapter over the PGlite that `db()` resolves to (per call, so the CLI can reopen a closed one). */
export async function connectPglite(db: () => Promise<PGlite>, onDispose?: () => Promise<void>): Promise<SqlDriverAdapter> {
  const client = {
    query: async (...args: Parameters<PGlite["query"]>) => (await db()).query(...args),
    exec: async (...args: Parameters<PGlite["exec"]>) => (await db()).exec(...args),
    transaction: async (...args: Parameters<PGlite["transaction"]>) => (await db()).transaction(...args),
  };
  // Bug 11: pglite-prisma-adapter 0.6.1 is typed against driver-adapter-utils 6.10.
  const adapter = (await new PrismaPGlite(client as never).connect()) as unknown as SqlDriverAdapter;
  translateErrors(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => translateErrors(await startTransaction(isolationLevel));
  adapter.dispose = async () => {
    await onDispose?.();
  };
  return adapter;
}
