// The benchmark's minimal dynamic page: the app's root layout (locale, messages, session lookup,
// theme) around one database query, rendered per request. Routed only in builds made with
// BENCH_PAGES=1 (see next.config.ts `pageExtensions`), so production has no such page. Section
// pages are measured against it: what they cost beyond it is their own layout, loaders and markup.
import { connection } from "next/server";
import { pingDatabase } from "@/lib/health/data";
import { benchMinimalSave } from "./actions";

export default async function BenchBaselinePage() {
  await connection();
  const ok = await pingDatabase();
  // The form only registers the bench's minimal server action in this build; the bench posts to it.
  return (
    <form action={benchMinimalSave}>
      <p data-testid="bench-baseline">{ok ? "ok" : "down"}</p>
    </form>
  );
}
