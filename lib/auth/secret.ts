// AUTH_SECRET signs session cookies, share-link passcode proofs and the sealed outbox. In production
// every instance behind a load balancer must share it, so a production server without one refuses
// to start. Only the local one-command quick start (`npm start`, which sets LAUNCHPAD_QUICK_START=1)
// creates a random secret in .data/auth-secret (git-ignored) once, so sessions survive restarts.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

export const MISSING_SECRET_MESSAGE =
  "AUTH_SECRET is not set. In production every instance must share one secret: set AUTH_SECRET " +
  "(e.g. `openssl rand -base64 32`). For a local trial only, `npm start` sets LAUNCHPAD_QUICK_START=1, " +
  "which keeps a generated secret in .data/auth-secret.";

export type SecretSource = { kind: "env"; secret: string } | { kind: "local-file" } | { kind: "build" } | { kind: "refuse"; message: string };

/** Pure: where the secret comes from in this environment. */
export function secretSource(env: Record<string, string | undefined>): SecretSource {
  const secret = env.AUTH_SECRET?.trim();
  if (secret) return { kind: "env", secret };
  // `next build` evaluates modules with NODE_ENV=production but signs nothing: a throwaway value.
  if (env.NEXT_PHASE === "phase-production-build") return { kind: "build" };
  if (env.NODE_ENV === "production" && env.LAUNCHPAD_QUICK_START !== "1") return { kind: "refuse", message: MISSING_SECRET_MESSAGE };
  return { kind: "local-file" };
}

export function localSecretFile(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), ".data", "auth-secret");
}

export function ensureLocalSecret(): string {
  const file = localSecretFile();
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let buildSecret: string | undefined;

export function authSecret(): string {
  const source = secretSource(process.env);
  if (source.kind === "env") return source.secret;
  if (source.kind === "refuse") throw new Error(source.message);
  if (source.kind === "build") return (buildSecret ??= randomBytes(32).toString("base64url"));
  return ensureLocalSecret();
}
