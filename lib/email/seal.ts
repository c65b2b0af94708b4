// The outbox keeps mail that holds invitation links. Sealing it with a key derived from AUTH_SECRET
// keeps the rule "tokens are stored only as a hash" true for anyone who reads the database alone.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "launchpad-outbox", "outbox-v1", 32));
}

export function sealText(text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** null when the text was sealed with another secret (e.g. AUTH_SECRET changed since). */
export function openText(sealed: string): string | null {
  try {
    const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key(), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
