// The Prisma CLI's database (prisma.config.ts only; the app never imports this). Prisma 6.19.3 migrates
// through a driver adapter on its bundled wasm schema engine, the only way to migrate on a machine that
// cannot download Prisma's native engines. On top of the app's adapters (./adapters.ts) the CLI needs
// shadow databases, whole-script execution and an exit when idle. Bug numbers: the table in ./README.md.
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { asPostgresError, closeEmbeddedDatabase, connectPglite, databaseUrl, observed, openPglite, pgliteDataDir, poolConfig } from "./adapters";

export function createMigrationAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const url = databaseUrl();
  return observed(url ? postgresFactory(url) : pgliteFactory(pgliteDataDir()));
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

function cliPoolConfig(url: string, database?: string): pg.PoolConfig {
  return poolConfig(url, {
    ...(database ? { database } : {}),
    max: 2,
    // Bug 8: let the CLI exit once its work is done.
    allowExitOnIdle: true,
  } as Partial<pg.PoolConfig>);
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

function postgresFactory(url: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(cliPoolConfig(url));
  return {
    provider: "postgres",
    adapterName: main.adapterName,
    connect: async () => runWholeScripts(await main.connect()),
    // Bug 3: adapter-pg drops the shadow database before closing its pool and leaks it.
    // Own the lifecycle: create → use → close the pool → drop.
    connectToShadowDb: async () => {
      const shadowName = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client(cliPoolConfig(url));
      await admin.connect();
      await admin.query(`CREATE DATABASE "${shadowName}"`);
      const shadow = runWholeScripts(await new PrismaPg(cliPoolConfig(url, shadowName)).connect());
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
// PGlite

function pgliteFactory(dataDir: string): SqlMigrationAwareDriverAdapterFactory {
  // Bug 7: the CLI never disposes its adapter, and an open file-backed PGlite keeps Node alive.
  // Close it after a second of idleness; the next query reopens it (openPglite per call).
  let idleTimer: NodeJS.Timeout | undefined;
  const touch = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void closeEmbeddedDatabase(dataDir), 1000);
    idleTimer.unref?.();
  };
  const withTouch =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      touch();
      try {
        return await fn(...args);
      } finally {
        touch();
      }
    };

  const connectTo = async (db: () => Promise<PGlite>, onDispose?: () => Promise<void>) => {
    const adapter = await connectPglite(db, onDispose);
    adapter.queryRaw = withTouch(adapter.queryRaw.bind(adapter));
    adapter.executeRaw = withTouch(adapter.executeRaw.bind(adapter));
    adapter.startTransaction = withTouch(adapter.startTransaction.bind(adapter));
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
    return adapter;
  };

  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    connect: () => connectTo(() => openPglite(dataDir)),
    connectToShadowDb: async () => {
      const shadow = PGlite.create({ dataDir: "memory://" });
      return connectTo(() => shadow, async () => (await shadow).close());
    },
  };
}
