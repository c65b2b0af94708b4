"use client";
import { useEffect, useRef, type ReactNode } from "react";

/** How long a section must stay on screen to count as read, and how much of it (or of the screen). */
const READ_AFTER_MS = 1500;
const VISIBLE_SHARE = 0.5;

/**
 * Time on screen per section, per share link, kept here until the page is hidden and then sent in
 * one beacon (sendBeacon survives the tab closing, which fetch may not). Only a section on screen
 * while the page itself is visible counts.
 */
const onScreenSince = new Map<string, { trackUrl: string; section: string; since: number | null }>();
const unsent = new Map<string, Record<string, number>>();
let listening = false;

function bank(key: string, now: number) {
  const entry = onScreenSince.get(key);
  if (!entry || entry.since === null) return;
  const totals = unsent.get(entry.trackUrl) ?? {};
  totals[entry.section] = (totals[entry.section] ?? 0) + (now - entry.since);
  unsent.set(entry.trackUrl, totals);
  entry.since = now;
}

function flush() {
  const now = Date.now();
  for (const key of onScreenSince.keys()) bank(key, now);
  for (const [trackUrl, totals] of unsent) {
    const seconds = Object.fromEntries(Object.entries(totals).filter(([, ms]) => ms >= 1000).map(([section, ms]) => [section, Math.round(ms / 1000)]));
    if (Object.keys(seconds).length === 0) continue;
    navigator.sendBeacon?.(trackUrl, new Blob([JSON.stringify({ seconds })], { type: "application/json" }));
    unsent.delete(trackUrl);
  }
}

function listenForHide() {
  if (listening) return;
  listening = true;
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") return flush();
    // Back from the background: the hidden time was not reading.
    for (const entry of onScreenSince.values()) if (entry.since !== null) entry.since = Date.now();
  });
  window.addEventListener("pagehide", flush);
}

/**
 * A summary section, open for reading without clicks. On a share link it reports once per visit
 * when it has been on screen long enough to be read (half of it, or half the screen for a long one),
 * so the founders see which parts an investor actually read, and it adds up how long it was on screen.
 */
export function TrackedSection({ id, title, trackUrl, children }: { id: string; title: string; trackUrl?: string; children: ReactNode }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!trackUrl || !element || typeof IntersectionObserver === "undefined") return;
    listenForHide();
    const key = `${trackUrl}#${id}`;
    onScreenSince.set(key, { trackUrl, section: id, since: null });
    let timer: ReturnType<typeof setTimeout> | undefined;
    let reported = false;
    const report = () => {
      reported = true;
      void fetch(trackUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ section: id }), keepalive: true });
    };
    const observer = new IntersectionObserver(
      ([entry]) => {
        const onScreen = entry.intersectionRatio >= VISIBLE_SHARE || entry.intersectionRect.height >= window.innerHeight * VISIBLE_SHARE;
        const timing = onScreenSince.get(key);
        if (timing && onScreen && timing.since === null) timing.since = Date.now();
        if (timing && !onScreen && timing.since !== null) {
          bank(key, Date.now());
          timing.since = null;
        }
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
      bank(key, Date.now());
      onScreenSince.delete(key);
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
