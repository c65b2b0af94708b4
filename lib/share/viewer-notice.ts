// After a verified viewer's visit to an email-gated link: count it for them, and on their very
// first visit tell the link's creator who it was (a notification and a mail).
import "server-only";
import { viewerFirstViewEmail } from "@/lib/email/messages";
import { sendMail } from "@/lib/email/mutations";
import { notify } from "@/lib/notifications/mutations";
import { findLinkCreator, findViewerNotice } from "./data";
import { recordViewerView } from "./mutations";

export async function noteViewerView(viewerId: string, now: Date, origin: string): Promise<void> {
  const { first } = await recordViewerView(viewerId, now);
  if (!first) return;
  const viewer = await findViewerNotice(viewerId);
  const link = viewer ? await findLinkCreator(viewer.link.id) : null;
  if (!viewer || !link) return;
  const path = `/projects/${link.projectId}/sharing`;
  await notify([{ userId: link.creator.id, projectId: link.projectId, kind: "viewerFirstView", path, actorName: viewer.email, excerpt: link.label }]);
  const mail = viewerFirstViewEmail({ projectName: link.projectName, linkLabel: link.label, viewerEmail: viewer.email, link: `${origin}${path}` });
  await sendMail({ senderId: link.creator.id, to: link.creator.email, kind: "linkViewed", ...mail });
}
