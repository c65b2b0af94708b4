// AUTH_SECRET signs session cookies. On a local machine without one, `npm start` creates a random
// secret in .data/auth-secret (git-ignored) once, so sessions survive restarts.
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";

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

export function authSecret(): string {
  return process.env.AUTH_SECRET?.trim() || ensureLocalSecret();
}
