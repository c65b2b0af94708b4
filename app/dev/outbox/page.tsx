import { redirect } from "next/navigation";

// The outbox used to live here while it was a development-only page.
export default function OldOutboxPage() {
  redirect("/outbox");
}
