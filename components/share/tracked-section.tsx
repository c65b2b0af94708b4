"use client";
import { useEffect, useRef, type ReactNode } from "react";

/** How long a section must stay on screen to count as read, and how much of it (or of the screen). */
const READ_AFTER_MS = 1500;
const VISIBLE_SHARE = 0.5;

/**
 * A summary section, open for reading without clicks. On a share link it reports once per visit
 * when it has been on screen long enough to be read (half of it, or half the screen for a long one),
 * so the founders see which parts an investor actually read.
 */
export function TrackedSection({ id, title, trackUrl, children }: { id: string; title: string; trackUrl?: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!trackUrl || !element || typeof IntersectionObserver === "undefined") return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reported = false;
    const report = () => {
      reported = true;
      observer.disconnect();
      void fetch(trackUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ section: id }), keepalive: true });
    };
    const observer = new IntersectionObserver(
      ([entry]) => {
        const onScreen = entry.intersectionRatio >= VISIBLE_SHARE || entry.intersectionRect.height >= window.innerHeight * VISIBLE_SHARE;
        if (onScreen && !timer && !reported) timer = setTimeout(report, READ_AFTER_MS);
        if (!onScreen && timer) {
          clearTimeout(timer);
          timer = undefined;
        }
      },
      { threshold: [0, 0.25, 0.5, 0.75, 1] },
    );
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [id, trackUrl]);

  return (
    <section ref={ref} aria-labelledby={`summary-${id}-title`} data-testid={`summary-section-${id}`} className="rounded-lg border bg-white p-5 print:break-inside-avoid">
      <h2 id={`summary-${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}
