import { ClientMessages } from "@/components/layout/client-messages";
import type { ProjectArea } from "@/lib/activity/schema";
import { ThreadPanel } from "./thread-panel";

/**
 * Comments on a section or on one item of it, for any page to drop in:
 *
 *   <CommentThread projectId={project.id} section="risks" itemType="risk" itemId={risk.id} />
 *
 * `itemType` is a free kind name ("risk", "canvasNote", "teamMember"…) and needs no schema change.
 * Threads load when the component mounts; who may comment or resolve is decided by the server.
 * Inside a client component, use `ThreadPanel` from ./thread-panel instead and add "collaboration"
 * to the surrounding <ClientMessages namespaces>.
 */
export function CommentThread(props: { projectId: string; section: ProjectArea; itemType?: string; itemId?: string }) {
  return (
    <ClientMessages namespaces={["collaboration"]}>
      <ThreadPanel {...props} />
    </ClientMessages>
  );
}
