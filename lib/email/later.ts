// Work that must not hold up the answer (mail after a comment, a share view): run after the
// response with Next's `after`, or right away where there is no request (scripts and tests).
import "server-only";
import { after } from "next/server";

export async function afterResponse(task: () => Promise<unknown>): Promise<void> {
  const run = () => task().catch((error: unknown) => console.error("[after] background task failed", error));
  try {
    after(run);
  } catch {
    await run();
  }
}
