import { resolveShareToken } from "@/lib/authz/share";
import { recordSectionOpen, recordViewerSeconds } from "@/lib/share/mutations";
import { isOwnTeam } from "@/lib/share/own-view";
import { sectionTimeSchema } from "@/lib/share/schema";

// Counts which summary sections an investor opens ({ section }) and, for a verified viewer of an
// email-gated link, how long each was on screen ({ seconds: { section: n } }, sent in a batch when
// the page is hidden). Answers 204 whatever happens: it tells a caller nothing about the token.
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const access = await resolveShareToken(token);
  if (access.status === "granted" && !(await isOwnTeam(access.capability.projectId))) {
    const body = (await request.json().catch(() => null)) as { section?: unknown; seconds?: unknown } | null;
    if (typeof body?.section === "string" && body.section.length <= 40) await recordSectionOpen(access.capability.linkId, body.section);
    const time = sectionTimeSchema.safeParse(body);
    if (time.success && access.capability.viewerId) await recordViewerSeconds(access.capability.viewerId, time.data.seconds);
  }
  return new Response(null, { status: 204 });
}
