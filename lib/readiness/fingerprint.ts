import "server-only";
import { createHash } from "node:crypto";
import { canonicalForm, type ReadinessResult } from "./model";

/** Identifies what a result says about the plan; equal fingerprints need only one snapshot. */
export function fingerprintOf(result: Pick<ReadinessResult, "rubricVersion" | "criteria">): string {
  return createHash("sha256").update(canonicalForm(result)).digest("hex");
}
