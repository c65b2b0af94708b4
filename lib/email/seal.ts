// Text that holds a working link (mail with an invitation, a share link's token to show its owner
// again) is stored sealed with a key derived from AUTH_SECRET, so the rule "tokens are stored only as
// a hash" stays true for anyone who reads the database alone.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "@/lib/auth/secret";

// One key per purpose, so text sealed for the outbox cannot be opened as a share token or back.
export type SealPurpose = "outbox" | "share-token";

function key(purpose: SealPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), `launchpad-${purpose}`, `${purpose}-v1`, 32));
}

export function sealText(text: string, purpose: SealPurpose = "outbox"): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** null when the text was sealed with another secret (e.g. AUTH_SECRET changed since). */
export function openText(sealed: string, purpose: SealPurpose = "outbox"): string | null {
  try {
    const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
