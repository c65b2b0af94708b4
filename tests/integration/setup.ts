// Runs in each test file's worker: real database, real Auth.js session cookies (see session.ts);
// only Next's request-scoped APIs, which do not exist outside a request, are provided here.
import { vi } from "vitest";
import { testDatabaseUrl } from "../support/databases";
import { requestCookies } from "./session";

process.env.DATABASE_URL = testDatabaseUrl("integration");
process.env.AUTH_SECRET ??= "integration-test-secret-integration-test-secret";

vi.mock("next/headers", () => ({
  cookies: async () => requestCookies(),
  headers: async () =>
    new Headers({ host: "localhost:3000", "x-forwarded-proto": "http", cookie: requestCookies().toString(), "x-forwarded-for": "10.0.0.1", "x-launchpad-peer": "10.0.0.1" }),
}));

vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));
