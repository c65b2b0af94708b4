import { describe, expect, it } from "vitest";
import { endOfDayIn, isoDateIn, isTimeZone, offsetMs, timeZoneOr } from "./zone";

describe("time zones", () => {
  it("accepts IANA names and refuses anything else", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone(8)).toBe(false);
    expect(timeZoneOr("Mars/Olympus")).toBe("UTC");
    expect(timeZoneOr("Mars/Olympus", "Asia/Shanghai")).toBe("Asia/Shanghai");
  });

  it("gives the calendar date of an instant where the viewer is", () => {
    // 2026-12-05 20:00 UTC is already 04:00 on Dec 6 in Shanghai, still noon on Dec 5 in Los Angeles.
    const instant = new Date("2026-12-05T20:00:00Z");
    expect(isoDateIn(instant, "Asia/Shanghai")).toBe("2026-12-06");
    expect(isoDateIn(instant, "America/Los_Angeles")).toBe("2026-12-05");
    expect(isoDateIn(instant, "UTC")).toBe("2026-12-05");
  });

  it("measures the zone's offset, daylight saving included", () => {
    expect(offsetMs(new Date("2026-12-06T00:00:00Z"), "Asia/Shanghai")).toBe(8 * 3600_000);
    expect(offsetMs(new Date("2026-12-06T00:00:00Z"), "America/New_York")).toBe(-5 * 3600_000);
    expect(offsetMs(new Date("2026-07-01T00:00:00Z"), "America/New_York")).toBe(-4 * 3600_000);
    expect(offsetMs(new Date("2026-12-06T00:00:00Z"), "Asia/Kolkata")).toBe(5.5 * 3600_000);
  });

  it("ends a date-only value at the last millisecond of that day in the plan's zone", () => {
    // Shanghai is UTC+8: 23:59:59.999 on Dec 6 there is 15:59:59.999 UTC.
    expect(endOfDayIn("2026-12-06", "Asia/Shanghai").toISOString()).toBe("2026-12-06T15:59:59.999Z");
    // New York in December is UTC−5: the day ends at 04:59:59.999 UTC the next day.
    expect(endOfDayIn("2026-12-06", "America/New_York").toISOString()).toBe("2026-12-07T04:59:59.999Z");
    expect(endOfDayIn("2026-12-06", "UTC").toISOString()).toBe("2026-12-06T23:59:59.999Z");
    // 2026-03-08 is the day New York moves to summer time (UTC−4 by midnight): 03:59:59.999 UTC on the 9th.
    expect(endOfDayIn("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-09T03:59:59.999Z");
    // 2026-11-01 it moves back (UTC−5 by midnight): 04:59:59.999 UTC on the 2nd.
    expect(endOfDayIn("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-02T04:59:59.999Z");
    expect(() => endOfDayIn("6 Dec", "UTC")).toThrow(RangeError);
  });
});
