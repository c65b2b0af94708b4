import { fail, type ActionFailure } from "@/lib/actions/result";
import { importPlanFile } from "@/lib/plan-document/import";
import { MAX_IMPORT_BYTES } from "@/lib/plan-document/schema";

// Plan files go through this handler, not a server action: they may be up to 5 MB (a server
// action's body is limited to 1 MB) and must be refused before a larger body is read.

const STATUS: Record<string, number> = { importTooLarge: 413, unauthenticated: 401, forbidden: 403, notFound: 404, internal: 500 };

const answer = (result: { ok: true; data: unknown } | ActionFailure) =>
  Response.json(result, { status: result.ok ? 200 : (STATUS[result.code] ?? 400), headers: { "Cache-Control": "no-store" } });

/** The body as text, or null as soon as it passes `limit` bytes (the rest is never read). */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
}

/** Session cookies are SameSite=Lax already; a cross-site request is refused outright as well. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function POST(request: Request) {
  if (!sameOrigin(request)) return answer(fail("forbidden"));
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_IMPORT_BYTES) return answer(fail("importTooLarge"));
  const text = await readLimited(request, MAX_IMPORT_BYTES);
  if (text === null) return answer(fail("importTooLarge"));
  const teamId = new URL(request.url).searchParams.get("team");
  return answer(await importPlanFile(teamId, text));
}
