// Chooses the database for both the Prisma CLI (prisma.config.ts) and the app (lib/db/client.ts):
// DATABASE_URL set → PostgreSQL through @prisma/adapter-pg; unset → embedded PGlite in a data dir.
//
// Prisma 6.19.3 can migrate through driver adapters on its bundled wasm schema engine, which is the
// only way to migrate on a machine that cannot download Prisma's native engines. Each workaround
// below names the upstream bug it exists for: the numbers are the table in ./README.md (with links,
// the runtime/CLI split, and the note on leaving Prisma 6).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parse as parseConnectionString } from "pg-connection-string";
import { PrismaPGlite } from "pglite-prisma-adapter";

export type AdapterOptions = {
  /** The Prisma CLI never disposes its adapter: close idle resources so the process can exit. */
  cli?: boolean;
};

export function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL?.trim();
  return url ? url : undefined;
}

export function pgliteDataDir(): string {
  // turbopackIgnore: process.cwd() would otherwise make Turbopack trace the whole project (bug 10).
  return process.env.PGLITE_DATA_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "pglite");
}

export function createAdapterFactory(options: AdapterOptions = {}): SqlMigrationAwareDriverAdapterFactory {
  const url = databaseUrl();
  return observed(url ? postgresFactory(url, options) : pgliteFactory(pgliteDataDir(), options));
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

function observed(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
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
// nor their arrays, which the schema engine reads while introspecting. Report them as text.
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
      return (super.query as any)(...args, (err: Error | null, res: unknown) =>
        callback(err, err ? res : reportCatalogTypesAsText(res)),
      );
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return typeof result?.then === "function" ? result.then(reportCatalogTypesAsText) : result;
  }
}

function poolConfig(url: string, options: AdapterOptions, database?: string): pg.PoolConfig {
  // Bug 2: with { connectionString }, pg lets the string win over `database`, so a shadow database
  // would silently be the real one. Pass discrete fields instead.
  const parsed = parseConnectionString(url);
  return {
    host: parsed.host ?? undefined,
    port: parsed.port ? Number(parsed.port) : undefined,
    user: parsed.user,
    password: parsed.password,
    database: database ?? parsed.database ?? undefined,
    ssl: parsed.ssl ? (parsed.ssl as pg.PoolConfig["ssl"]) : undefined,
    max: options.cli ? 2 : Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Bug 8: let the CLI exit once its work is done.
    allowExitOnIdle: options.cli ?? false,
    Client: CatalogTypesAsTextClient,
  } as pg.PoolConfig;
}

// Bug 4: adapter-pg splits scripts on every `;`, breaking `$$` bodies and string literals.
// Send the whole script as one simple-protocol query on one connection.
function runWholeScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    const client = await pool.connect();
    try {
      await client.query(script);
    } catch (error) {
      // adapter-pg's own error translation, so callers see the usual DriverAdapterError.
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    } finally {
      client.release();
    }
  };
  return adapter;
}

function postgresFactory(url: string, options: AdapterOptions): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(poolConfig(url, options));
  return {
    provider: "postgres",
    adapterName: main.adapterName,
    connect: async () => runWholeScripts(await main.connect()),
    // Bug 3: adapter-pg drops the shadow database before closing its pool and leaks it.
    // Own the lifecycle: create → use → close the pool → drop.
    connectToShadowDb: async () => {
      const shadowName = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(poolConfig(url, options));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${shadowName}"`);
      const shadow = runWholeScripts(await new PrismaPg(poolConfig(url, options, shadowName)).connect());
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadow();
        await admin.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
        await admin.end();
      };
      return shadow;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PGlite (embedded, single process, single connection)

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

function asPostgresError(error: unknown): DriverAdapterError {
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
    // cannot hold several commands, so argument-less statements go through exec().
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

function pgliteFactory(dataDir: string, options: AdapterOptions): SqlMigrationAwareDriverAdapterFactory {
  const holder = globalThis as unknown as { __launchpadPglite?: Map<string, Promise<PGlite>> };
  holder.__launchpadPglite ??= new Map();
  const instances = holder.__launchpadPglite;

  // One PGlite per data dir and process: two instances must never open the same directory.
  const open = (): Promise<PGlite> => {
    let instance = instances.get(dataDir);
    if (!instance) {
      fs.mkdirSync(path.dirname(dataDir), { recursive: true });
      instance = PGlite.create({ dataDir });
      instances.set(dataDir, instance);
    }
    return instance;
  };

  // Bug 7: the CLI never disposes its adapter, and an open file-backed PGlite keeps Node alive.
  // In the CLI, close after a second of idleness; the next query reopens it.
  let idleTimer: NodeJS.Timeout | undefined;
  const touch = () => {
    if (!options.cli) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(async () => {
      const instance = instances.get(dataDir);
      instances.delete(dataDir);
      await (await instance)?.close();
    }, 1000);
    idleTimer.unref?.();
  };

  const connectTo = async (db: () => Promise<PGlite>, onDispose?: () => Promise<void>) => {
    // Resolve the instance per call, so an instance closed for idleness (CLI) is reopened on demand.
    const client = {
      query: async (...args: Parameters<PGlite["query"]>) => (await db()).query(...args),
      exec: async (...args: Parameters<PGlite["exec"]>) => (await db()).exec(...args),
      transaction: async (...args: Parameters<PGlite["transaction"]>) => (await db()).transaction(...args),
    };
    // Bug 11: pglite-prisma-adapter 0.6.1 is typed against driver-adapter-utils 6.10.
    const adapter = (await new PrismaPGlite(client as never).connect()) as unknown as SqlDriverAdapter;
    const withTouch = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
      async (...args: A) => {
        touch();
        try {
          return await fn(...args);
        } finally {
          touch();
        }
      };
    translateErrors(adapter);
    adapter.queryRaw = withTouch(adapter.queryRaw.bind(adapter));
    adapter.executeRaw = withTouch(adapter.executeRaw.bind(adapter));
    // Bug 5: pglite-prisma-adapter 0.6.1 does not await exec(), so a failing migration would be
    // recorded as applied. Await it, inside a transaction so nothing is left half-applied.
    adapter.executeScript = withTouch(async (script: string) => {
      const database = await db();
      try {
        await database.transaction(async (tx) => {
          await tx.exec(script);
        });
      } catch (error) {
        throw asPostgresError(error);
      }
    });
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = withTouch(async (isolationLevel) => {
      const tx = await startTransaction(isolationLevel);
      return translateErrors(tx);
    });
    adapter.dispose = async () => {
      await onDispose?.();
    };
    return adapter;
  };

  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connectTo(open),
    connectToShadowDb: async () => {
      const shadow = PGlite.create({ dataDir: "memory://" });
      return connectTo(() => shadow, async () => (await shadow).close());
    },
  };
}

/** Closes the process's PGlite (if any) so the data dir is released. */
export async function closeEmbeddedDatabase(): Promise<void> {
  const holder = globalThis as unknown as { __launchpadPglite?: Map<string, Promise<PGlite>> };
  for (const [dir, instance] of holder.__launchpadPglite ?? []) {
    holder.__launchpadPglite?.delete(dir);
    await (await instance).close();
  }
}
