// Messages live in messages/<locale>/<namespace>.json, one file per domain, so each domain's
// strings and guidance can change without touching the others. They are merged by namespace.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "./config";

export type Messages = Record<string, Record<string, unknown>>;

const cache = new Map<Locale, Messages>();

export function messagesDir(): string {
  return path.join(/* turbopackIgnore: true */ process.cwd(), "messages");
}

export function loadMessages(locale: Locale): Messages {
  const cached = cache.get(locale);
  if (cached && process.env.NODE_ENV === "production") return cached;
  const dir = path.join(messagesDir(), locale);
  const messages: Messages = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    messages[path.basename(file, ".json")] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  }
  cache.set(locale, messages);
  return messages;
}

/** The namespaces a client subtree needs; everything else stays on the server. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}

/** Namespaces every client component may use; section pages add their own via ClientMessages. */
export const SHARED_CLIENT_NAMESPACES = ["common", "errors", "validation", "wizard"] as const;
