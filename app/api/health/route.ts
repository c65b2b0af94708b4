import { pingDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return Response.json({ ok: await pingDatabase() });
  } catch {
    return Response.json({ ok: false }, { status: 503 });
  }
}
