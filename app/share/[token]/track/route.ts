import { resolveShareToken } from "@/lib/authz/share";
import { recordSectionOpen } from "@/lib/share/mutations";
import { isOwnTeam } from "@/lib/share/own-view";

// Counts which summary sections an investor opens. Answers 204 whatever happens: it tells a
// caller nothing about the token.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const access = await resolveShareToken(token);
  if (access.status === "granted" && !(await isOwnTeam(access.capability.projectId))) {
    const body = (await request.json().catch(() => null)) as { section?: unknown } | null;
    if (typeof body?.section === "string" && body.section.length <= 40) await recordSectionOpen(access.capability.linkId, body.section);
  }
  return new Response(null, { status: 204 });
}
