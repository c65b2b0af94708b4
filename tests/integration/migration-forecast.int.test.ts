// The migration that gives each revenue model its own economics keeps what founders entered: the
// project-wide unit economics (one blended token price) move onto the primary model, or the first
// chosen one. Run on an in-memory PGlite with the real migration files.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { describe, expect, it } from "vitest";

const migration = (name: string) => fs.readFileSync(path.join(process.cwd(), "prisma/migrations", name, "migration.sql"), "utf8");

describe("migration 20261206120000_forecast_per_model_economics", () => {
  it("moves the unit economics onto the primary revenue model and drops the old columns", async () => {
    const db = new PGlite();
    await db.exec(migration("20261127000000_init"));
    await db.exec(`
      INSERT INTO "Team" (id, name, "updatedAt") VALUES ('t', 'T', now());
      INSERT INTO "Project" (id, "teamId", name, "updatedAt") VALUES ('a', 't', 'A', now()), ('b', 't', 'B', now()), ('c', 't', 'C', now());
      -- A: the primary model is the second one chosen.
      INSERT INTO "RevenueModelChoice" (id, "projectId", model, price, "monthlyVolume", "createdAt", "updatedAt") VALUES
        ('a1', 'a', 'customDevelopment', 5000, 1, '2026-01-01', now()), ('a2', 'a', 'subscription', 100, 50, '2026-01-02', now());
      INSERT INTO "UnitEconomics" (id, "projectId", "primaryModel", "inferenceMode", "tokensPerUnit", "pricePerMillionTokens", "hostingPerUnit", "unitsPerCustomer", cac, "thirdPartyModelApi", "modelProvider", "updatedAt")
        VALUES ('ea', 'a', 'subscription', 'tokens', 2000000, 5, 5, 3, 425, true, 'API', now());
      -- B: no primary model: the first chosen gets the GPU-hour economics.
      INSERT INTO "RevenueModelChoice" (id, "projectId", model, "createdAt", "updatedAt") VALUES ('b1', 'b', 'usageApi', '2026-01-01', now()), ('b2', 'b', 'subscription', '2026-01-02', now());
      INSERT INTO "UnitEconomics" (id, "projectId", "inferenceMode", "gpuHoursPerUnit", "gpuHourRate", "updatedAt") VALUES ('eb', 'b', 'gpu', 0.5, 2.4, now());
      -- C: no revenue model at all: nothing to move, nothing lost but the empty settings.
      INSERT INTO "UnitEconomics" (id, "projectId", "modelProvider", "updatedAt") VALUES ('ec', 'c', 'Other API', now());
    `);
    await db.exec(migration("20261206120000_forecast_per_model_economics"));

    const rows = (await db.query<Record<string, unknown>>(`SELECT id, "inferenceMode", "inputTokensPerUnit", "inputPricePerMillion", "outputTokensPerUnit", "hostingPerUnit", "unitsPerCustomer", cac, "gpuHoursPerUnit", "gpuHourRate", "currentVolume", "rampMonths" FROM "RevenueModelChoice" ORDER BY id`)).rows;
    expect(rows).toEqual([
      { id: "a1", inferenceMode: "tokens", inputTokensPerUnit: null, inputPricePerMillion: null, outputTokensPerUnit: null, hostingPerUnit: null, unitsPerCustomer: null, cac: null, gpuHoursPerUnit: null, gpuHourRate: null, currentVolume: null, rampMonths: null },
      { id: "a2", inferenceMode: "tokens", inputTokensPerUnit: 2_000_000, inputPricePerMillion: 5, outputTokensPerUnit: null, hostingPerUnit: 5, unitsPerCustomer: 3, cac: 425, gpuHoursPerUnit: null, gpuHourRate: null, currentVolume: null, rampMonths: null },
      { id: "b1", inferenceMode: "gpu", inputTokensPerUnit: null, inputPricePerMillion: null, outputTokensPerUnit: null, hostingPerUnit: null, unitsPerCustomer: null, cac: null, gpuHoursPerUnit: 0.5, gpuHourRate: 2.4, currentVolume: null, rampMonths: null },
      { id: "b2", inferenceMode: "tokens", inputTokensPerUnit: null, inputPricePerMillion: null, outputTokensPerUnit: null, hostingPerUnit: null, unitsPerCustomer: null, cac: null, gpuHoursPerUnit: null, gpuHourRate: null, currentVolume: null, rampMonths: null },
    ]);
    const settings = (await db.query(`SELECT * FROM "UnitEconomics" ORDER BY id`)).rows as Record<string, unknown>[];
    expect(Object.keys(settings[0]).sort()).toEqual(["createdAt", "id", "modelProvider", "primaryModel", "projectId", "thirdPartyModelApi", "updatedAt", "version"]);
    expect(settings.map((s) => s.modelProvider)).toEqual(["API", "", "Other API"]);
    await db.close();
    // An in-memory PGlite starts a PostgreSQL in WebAssembly: slow on a busy machine.
  }, 180_000);
});
