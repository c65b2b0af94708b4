"use client";
import type { ReactNode } from "react";

/**
 * A collapsible summary section, closed until the reader opens it, so that on a share link the
 * founders can see which parts an investor actually read. `open` is for the founders' preview.
 */
export function TrackedSection({ id, title, trackUrl, open, children }: { id: string; title: string; trackUrl?: string; open?: boolean; children: ReactNode }) {
  return (
    <details
      open={open}
      data-testid={`summary-section-${id}`}
      className="group rounded-lg border bg-white p-5 print:break-inside-avoid"
      onToggle={(e) => {
        if (!trackUrl || !(e.currentTarget as HTMLDetailsElement).open) return;
        void fetch(trackUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ section: id }), keepalive: true });
      }}
    >
      <summary className="cursor-pointer text-lg font-semibold">{title}</summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
