// Judges one fuzzed call: what an action may answer to bad or odd input.
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import type { FuzzCase } from "./cases";

type Failure = { ok: false; code?: unknown; fieldErrors?: Record<string, { code?: unknown }> };

/** Every message key name in the English messages: a code the UI can translate. */
export function translatableKeys(messagesDir = path.join("messages", "en")): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown) => {
    if (!value || typeof value !== "object") return;
    for (const [key, child] of Object.entries(value)) {
      if (typeof child === "string") keys.add(key);
      else walk(child);
    }
  };
  for (const file of fs.readdirSync(messagesDir)) walk(JSON.parse(fs.readFileSync(path.join(messagesDir, file), "utf8")));
  return keys;
}

export type VerdictContext = {
  translatable: Set<string>;
  /** A successful call may have changed the caller's own role (e.g. handing over ownership). */
  roleMayHaveChanged: boolean;
};

const namesField = (key: string, field: string) => key === field || key.startsWith(`${field}.`);

/** Problems with the answer `result` to `fuzzCase`; empty when the answer is acceptable. */
export function problems(result: unknown, fuzzCase: FuzzCase, schema: z.ZodType | undefined, context: VerdictContext): string[] {
  if (!result || typeof result !== "object" || typeof (result as { ok?: unknown }).ok !== "boolean") {
    return [`answered ${JSON.stringify(result)?.slice(0, 200)} instead of an action result`];
  }
  const refusedBySchema = schema ? !schema.safeParse(fuzzCase.payload).success : false;
  if ((result as { ok: boolean }).ok) return refusedBySchema ? ["accepted an input its own schema refuses"] : [];

  const { code, fieldErrors } = result as Failure;
  const found: string[] = [];
  if (typeof code !== "string") return [`failed without a code: ${JSON.stringify(result).slice(0, 200)}`];
  if (code === "internal") found.push("unexpected error (code internal)");
  else if (!context.translatable.has(code)) found.push(`code "${code}" has no translation`);
  if (code === "unauthenticated" || (code === "forbidden" && !context.roleMayHaveChanged)) found.push(`the owner was refused (${code})`);

  if (code === "validation") {
    const entries = Object.entries(fieldErrors ?? {});
    if (entries.length === 0) found.push("validation failure without field errors");
    for (const [key, error] of entries) {
      if (typeof error?.code !== "string" || !context.translatable.has(error.code)) found.push(`field error ${key}: code ${JSON.stringify(error?.code)} has no translation`);
    }
    if (refusedBySchema && fuzzCase.field && !entries.some(([key]) => namesField(key, fuzzCase.field!))) {
      found.push(`field errors ${JSON.stringify(Object.keys(fieldErrors ?? {}))} do not name the bad field ${fuzzCase.field}`);
    }
  } else if (refusedBySchema && code !== "payloadTooLarge") {
    found.push(`an input its schema refuses was answered "${code}" instead of "validation"`);
  }
  return found;
}
