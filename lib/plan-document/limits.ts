// What a plan file is, and how large it may be. Separate from schema.ts so the browser can check a
// file's size without loading every section's schema.
export const PLAN_FORMAT = "launchpad-plan";
export const PLAN_DOCUMENT_VERSION = 1;
/** Larger files are refused before they are read to the end (a large plan is well under 1 MB). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
