// After an investor's view: count it, tell the link's creator (a notification for each new visit),
// and on the link's very first view also by email.
import "server-only";
import { linkViewedEmail } from "@/lib/email/messages";
import { formatInstant } from "@/lib/i18n/format";
import { sendMail } from "@/lib/email/mutations";
import { notify } from "@/lib/notifications/mutations";
import { timeZoneOr } from "@/lib/time/zone";
import { findLinkCreator } from "./data";
import { recordShareView } from "./mutations";

export async function noteShareView(linkId: string, now: Date, origin: string): Promise<void> {
  const { counted, first } = await recordShareView(linkId, now);
  if (!counted) return;
  const link = await findLinkCreator(linkId);
  if (!link) return;
  await notify([{ userId: link.creator.id, projectId: link.projectId, kind: "linkViewed", path: `/projects/${link.projectId}/sharing`, excerpt: link.label }]);
  if (!first) return;
  // In the creator's own time zone, named, since the mail cannot know where it is read.
  const zone = timeZoneOr(link.creator.timeZone);
  const viewedAt = `${formatInstant(now, "en-GB", zone)} (${zone})`;
  const mail = linkViewedEmail({ projectName: link.projectName, linkLabel: link.label, viewedAt, link: `${origin}/projects/${link.projectId}/sharing` });
  await sendMail({ senderId: link.creator.id, to: link.creator.email, kind: "linkViewed", ...mail });
}
