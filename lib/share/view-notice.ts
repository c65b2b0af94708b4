// After an investor's view: count it, and on a link's very first view tell its creator by email.
import "server-only";
import { linkViewedEmail } from "@/lib/email/messages";
import { sendMail } from "@/lib/email/mutations";
import { timeZoneOr } from "@/lib/time/zone";
import { findLinkCreator } from "./data";
import { recordShareView } from "./mutations";

export async function noteShareView(linkId: string, now: Date, origin: string): Promise<void> {
  const { first } = await recordShareView(linkId, now);
  if (!first) return;
  const link = await findLinkCreator(linkId);
  if (!link) return;
  // In the creator's own time zone, named, since the mail cannot know where it is read.
  const zone = timeZoneOr(link.creator.timeZone);
  const viewedAt = `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(now)} (${zone})`;
  const mail = linkViewedEmail({ projectName: link.projectName, linkLabel: link.label, viewedAt, link: `${origin}/projects/${link.projectId}/sharing` });
  await sendMail({ senderId: link.creator.id, to: link.creator.email, kind: "linkViewed", ...mail });
}
