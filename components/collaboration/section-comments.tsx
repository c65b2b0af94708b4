"use client";
import { MessageSquare } from "lucide-react";
import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { isProjectArea, type ProjectArea } from "@/lib/activity/schema";
import { ThreadPanel } from "./thread-panel";

/** The area a project page belongs to: "/projects/p1" → overview, "/projects/p1/risks/…" → risks. */
function areaOf(pathname: string, projectId: string): ProjectArea | null {
  const rest = pathname.split(`/projects/${projectId}`)[1] ?? "";
  const segment = rest.split("/").filter(Boolean)[0];
  if (!segment) return "overview";
  return isProjectArea(segment) ? segment : null;
}

/**
 * The collapsible comments panel under every project page, for the section being viewed. Opens by
 * itself when a link points at a comment (?comments=open#comment-…), e.g. from the mentions list.
 */
export function SectionComments({ projectId, openCounts }: { projectId: string; openCounts: Record<string, number> }) {
  const t = useTranslations("collaboration.comments");
  const tSections = useTranslations("sections");
  const pathname = usePathname();
  const wantsOpen = useSearchParams().get("comments") === "open";
  const area = areaOf(pathname, projectId);
  const [open, setOpen] = useState(wantsOpen);

  useEffect(() => {
    // The URL asked for the panel (a link to a comment): open it, then bring the comment into view.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (wantsOpen) setOpen(true);
  }, [wantsOpen, pathname]);

  if (!area) return null;
  const count = openCounts[area] ?? 0;
  const panelId = `comments-${area}`;
  return (
    <section className="no-print mt-8 rounded-lg border bg-white shadow-sm" aria-label={t("panelLabel", { section: tSections(area) })} data-testid="section-comments">
      <h2>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
          className="flex w-full items-center gap-2 rounded-lg px-4 py-3 text-left text-sm font-semibold hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          <MessageSquare aria-hidden className="h-4 w-4 text-slate-500" />
          {t("panelTitle", { section: tSections(area) })}
          {count > 0 ? <Badge tone="warn">{t("openCount", { count })}</Badge> : null}
          <span className="ml-auto text-xs font-normal text-slate-500">{open ? t("hide") : t("show")}</span>
        </button>
      </h2>
      {open ? (
        <div id={panelId} className="border-t px-4 py-4">
          <ThreadPanel key={area} projectId={projectId} section={area} />
        </div>
      ) : null}
    </section>
  );
}
