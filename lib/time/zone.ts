/**
 * Time zones, as IANA names ("Asia/Shanghai"). Pure: no framework imports.
 *
 * Two rules hold everywhere in the app:
 * - a date-only value the founders enter (a link's expiry, a review or due date) means the END of that
 *   calendar day in the plan's time zone, and "today" for overdue checks is today in the plan's zone;
 * - an instant (when a summary was prepared, when someone commented) is shown in the viewer's zone.
 */

export const DEFAULT_TIME_ZONE = "UTC";

/** Written by the browser (components/layout/time-zone-sync.tsx), so signed-out readers get their zone too. */
export const TIME_ZONE_COOKIE = "launchpad-tz";

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isTimeZone(value: unknown): value is string {
  if (typeof value !== "string" || value.length === 0 || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone's canonical spelling ("asia/shanghai" → "Asia/Shanghai"), or the default when unknown. */
export function timeZoneOr(value: unknown, fallback: string = DEFAULT_TIME_ZONE): string {
  return isTimeZone(value) ? new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone : fallback;
}

// One formatter per zone: building an Intl.DateTimeFormat costs far more than using one, and "today" in
// the plan's zone is asked for on every request that reads the plan cache (lib/plan-cache).
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `instant` in `timeZone`, as yyyy-mm-dd. */
export function isoDateIn(instant: Date, timeZone: string): string {
  let format = dateFormatters.get(timeZone);
  if (!format) {
    // en-CA formats dates as yyyy-mm-dd.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormatters.set(timeZone, format);
  }
  return format.format(instant);
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in milliseconds (Shanghai: +8 h). */
export function offsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wallClock = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wallClock - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The last millisecond of the calendar day `isoDate` in `timeZone`: a link that expires "on 2026-12-06"
 * in Shanghai stops working at 2026-12-06 23:59:59.999 Shanghai time (15:59:59.999 UTC).
 */
export function endOfDayIn(isoDate: string, timeZone: string): Date {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new RangeError(`not a date: ${isoDate}`);
  const nextMidnightAsUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) + DAY_MS;
  // The offset can differ across the day (daylight saving): take it at the guessed instant, then
  // correct once with the offset at the corrected instant.
  let instant = nextMidnightAsUtc - offsetMs(new Date(nextMidnightAsUtc), timeZone);
  instant = nextMidnightAsUtc - offsetMs(new Date(instant), timeZone);
  return new Date(instant - 1);
}

/** The zones a person can pick from (what this runtime knows, plus UTC and the current value), sorted. */
export function timeZoneChoices(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...known, DEFAULT_TIME_ZONE, current])].sort();
}
