import { recreateDatabase, testDatabaseUrl } from "../support/databases";

export default async function setup() {
  const url = testDatabaseUrl("integration");
  await recreateDatabase(url);
  process.env.DATABASE_URL = url;
}
