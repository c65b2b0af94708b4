// Following a notification: marks it read and goes to what it is about. Only the recipient's own;
// anything else (or a path that would leave the site) lands on the list.
import { currentUser } from "@/lib/auth/session";
import { isLocalPath } from "@/lib/notifications/model";
import { openNotification } from "@/lib/notifications/mutations";

// A relative Location: the browser stays on the host it used (request.url may name another).
const seeOther = (path: string) => new Response(null, { status: 303, headers: { Location: path } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await currentUser();
  if (!user) return seeOther("/signin");
  const { id } = await params;
  const path = id.length <= 64 ? await openNotification(user.id, id) : null;
  return seeOther(path && isLocalPath(path) ? path : "/notifications");
}
