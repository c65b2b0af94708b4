import "server-only";
import { createHash } from "node:crypto";
import { canonicalForm } from "./model";

/** Identifies what a result says about the plan; equal fingerprints need only one snapshot. */
export function fingerprintOf(result: Parameters<typeof canonicalForm>[0]): string {
  return createHash("sha256").update(canonicalForm(result)).digest("hex");
}
