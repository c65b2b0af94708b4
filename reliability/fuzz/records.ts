// What the fuzzed project holds, found generically from the database catalogue: ids of its records
// (to aim update/delete actions at real rows).
// The caller passes its Prisma client; nothing here depends on a particular domain.

export type RawQuery = { $queryRawUnsafe<T = unknown>(sql: string, ...values: unknown[]): Promise<T> };
export type RecordId = { table: string; id: string };

type Catalogue = { projectTables: string[]; teamTables: string[]; withId: Set<string> };
let catalogue: Promise<Catalogue> | undefined;

function tables(db: RawQuery): Promise<Catalogue> {
  catalogue ??= db
    .$queryRawUnsafe<{ table: string; columns: string[] }[]>(
      `SELECT table_name AS "table", array_agg(column_name::text) AS columns FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_%' GROUP BY table_name ORDER BY table_name`,
    )
    .then((rows) => ({
      projectTables: rows.filter((r) => r.columns.includes("projectId")).map((r) => r.table),
      teamTables: rows.filter((r) => r.columns.includes("teamId") && !r.columns.includes("projectId")).map((r) => r.table),
      withId: new Set(rows.filter((r) => r.columns.includes("id")).map((r) => r.table)),
    }));
  return catalogue;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

// The teams the user belongs to and their projects: everything a fuzzed action could have written.
const TEAMS = `SELECT "teamId" FROM "Membership" WHERE "userId" = $1`;
const PROJECTS = `SELECT id FROM "Project" WHERE "teamId" IN (${TEAMS})`;

/** Ids of the rows in the user's teams and projects (members are named by their user id). */
export async function recordIds(db: RawQuery, userId: string): Promise<RecordId[]> {
  const { projectTables, teamTables, withId } = await tables(db);
  const parts = [
    ...projectTables.filter((t) => withId.has(t)).map((t) => `SELECT '${t}' AS "table", id::text AS id FROM ${quote(t)} WHERE "projectId" IN (${PROJECTS})`),
    ...teamTables.filter((t) => withId.has(t) && t !== "Membership" && t !== "Project").map((t) => `SELECT '${t}', id::text FROM ${quote(t)} WHERE "teamId" IN (${TEAMS})`),
    `SELECT 'Membership', "userId" FROM "Membership" WHERE "teamId" IN (${TEAMS})`,
  ];
  return db.$queryRawUnsafe<RecordId[]>(parts.join(" UNION ALL "), userId);
}
