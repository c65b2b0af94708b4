import { describe, expect, it } from "vitest";
import {
  addDays,
  applicableChecks,
  chainSchedule,
  createsCycle,
  daysBetween,
  EMPTY_PLAN,
  endsBeforeStart,
  executionFacts,
  isOverdue,
  milestoneStepsComplete,
  QUALITY_CHECKS,
  timeline,
  unmetDependencies,
  type MilestoneStatus,
} from "./model";

describe("dates", () => {
  it("adds days across month and year ends without time zone shifts", () => {
    expect(addDays("2027-01-31", 1)).toBe("2027-02-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29"); // leap year
    // The US switches to daylight saving time on 2027-03-14; days stay whole.
    expect(addDays("2027-03-13", 2)).toBe("2027-03-15");
    expect(daysBetween("2027-03-13", "2027-03-15")).toBe(2);
  });

  it("detects an end date before the start date", () => {
    expect(endsBeforeStart("2027-05-02", "2027-05-01")).toBe(true);
    expect(endsBeforeStart("2027-05-01", "2027-05-01")).toBe(false);
    expect(endsBeforeStart(null, "2027-05-01")).toBe(false);
    expect(endsBeforeStart("2027-05-01", null)).toBe(false);
  });

  it("calls a milestone overdue only when not done and past its due date", () => {
    expect(isOverdue({ status: "inProgress", dueDate: "2027-05-01" }, "2027-05-02")).toBe(true);
    expect(isOverdue({ status: "blocked", dueDate: "2027-05-01" }, "2027-05-02")).toBe(true);
    expect(isOverdue({ status: "inProgress", dueDate: "2027-05-02" }, "2027-05-02")).toBe(false); // due today
    expect(isOverdue({ status: "done", dueDate: "2027-05-01" }, "2027-05-02")).toBe(false);
    expect(isOverdue({ status: "planned", dueDate: null }, "2027-05-02")).toBe(false);
  });
});

describe("chainSchedule", () => {
  it("lays the six steps end to end from today", () => {
    const chain = chainSchedule("2027-01-04");
    expect(chain.map((c) => c.step)).toEqual(["kickoff", "requirements", "design", "development", "testing", "launch"]);
    expect(chain[0]).toEqual({ step: "kickoff", startDate: "2027-01-04", dueDate: "2027-01-10" }); // 1 week
    expect(chain[1]).toEqual({ step: "requirements", startDate: "2027-01-11", dueDate: "2027-01-31" }); // 3 weeks
    for (let i = 1; i < chain.length; i++) expect(chain[i].startDate).toBe(addDays(chain[i - 1].dueDate, 1));
    // 1 + 3 + 3 + 10 + 4 + 2 = 23 weeks = 161 days.
    expect(daysBetween(chain[0].startDate, chain[5].dueDate)).toBe(160);
  });
});

describe("createsCycle", () => {
  const chain = [
    { milestoneId: "b", dependsOnId: "a" },
    { milestoneId: "c", dependsOnId: "b" },
  ];

  it("refuses depending on oneself", () => {
    expect(createsCycle([], "a", ["a"])).toBe(true);
  });

  it("refuses closing a loop, directly or through others", () => {
    expect(createsCycle(chain, "a", ["b"])).toBe(true);
    expect(createsCycle(chain, "a", ["c"])).toBe(true);
  });

  it("allows new branches and replacing a milestone's own prerequisites", () => {
    expect(createsCycle(chain, "c", ["a"])).toBe(false);
    expect(createsCycle(chain, "d", ["a", "c"])).toBe(false);
    // b's current prerequisite (a) is replaced, so making a depend on b is checked against the new edges.
    expect(createsCycle([...chain, { milestoneId: "a", dependsOnId: "x" }], "b", ["x"])).toBe(false);
  });

  it("terminates on a graph that already has a cycle", () => {
    const looped = [
      { milestoneId: "a", dependsOnId: "b" },
      { milestoneId: "b", dependsOnId: "a" },
    ];
    expect(createsCycle(looped, "c", ["a"])).toBe(false);
  });
});

describe("unmetDependencies", () => {
  const all: { id: string; status: MilestoneStatus; dependsOn: string[] }[] = [
    { id: "a", status: "done", dependsOn: [] },
    { id: "b", status: "inProgress", dependsOn: [] },
    { id: "c", status: "inProgress", dependsOn: ["a", "b"] },
  ];

  it("lists prerequisites not done for a milestone already under way", () => {
    expect(unmetDependencies(all[2], all).map((m) => m.id)).toEqual(["b"]);
  });

  it("says nothing for a milestone not started", () => {
    expect(unmetDependencies({ ...all[2], status: "planned" }, all)).toEqual([]);
  });
});

describe("timeline", () => {
  it("places bars on a day grid from the earliest start to the latest due date", () => {
    const result = timeline(
      [
        { id: "a", startDate: "2027-01-01", dueDate: "2027-01-10", status: "done" },
        { id: "b", startDate: "2027-01-11", dueDate: "2027-01-20", status: "inProgress" },
        { id: "c", startDate: null, dueDate: "2027-01-05", status: "planned" },
        { id: "d", startDate: null, dueDate: null, status: "planned" },
      ],
      "2027-01-12",
    );
    expect(result).toMatchObject({ start: "2027-01-01", end: "2027-01-20", days: 20, unscheduled: ["d"], todayColumn: 12 });
    expect(result!.bars).toEqual([
      { id: "a", startDate: "2027-01-01", dueDate: "2027-01-10", column: 1, span: 10, overdue: false },
      { id: "b", startDate: "2027-01-11", dueDate: "2027-01-20", column: 11, span: 10, overdue: false },
      { id: "c", startDate: "2027-01-05", dueDate: "2027-01-05", column: 5, span: 1, overdue: true },
    ]);
  });

  it("has no today marker outside the range and nothing to show without milestones", () => {
    expect(timeline([{ id: "a", startDate: "2027-01-01", dueDate: "2027-01-02", status: "planned" }], "2028-01-01")?.todayColumn).toBeNull();
    expect(timeline([], "2027-01-01")).toBeNull();
  });
});

describe("executionFacts and steps", () => {
  const milestones = [
    { owner: "Li", startDate: "2027-01-01", dueDate: "2027-01-10", status: "done" as const },
    { owner: "", startDate: "2027-01-11", dueDate: "2027-01-20", status: "inProgress" as const },
    { owner: "Ana", startDate: null, dueDate: "2027-01-05", status: "blocked" as const },
  ];

  it("counts milestones, overdue ones and quality checks", () => {
    const facts = executionFacts(
      { plan: { ...EMPTY_PLAN, goals: "g", taskBreakdown: "t", timetable: "t", resources: "r" }, milestones, checksDone: ["codeReview", "ciCd", "codeReview", "unknown"] },
      "2027-01-15",
    );
    expect(facts).toEqual({
      planDefined: true,
      milestones: 3,
      milestonesDone: 1,
      milestonesOverdue: 1,
      milestonesWithOwnerAndDates: 1,
      qualityChecksDone: 2,
      qualityChecksTotal: 22,
      feedbackLoopDefined: false,
      // The two not done (in progress, blocked) are both due in January 2027.
      openMilestoneDueMonths: ["2027-01", "2027-01"],
    });
    expect(QUALITY_CHECKS).toHaveLength(22);
  });

  it("checks marked not applicable leave the applicable total, but at least half the list always counts", () => {
    const base = { plan: EMPTY_PLAN, milestones: [], checksDone: ["codeReview"] };
    // 22 checks, 2 not applicable (one named twice, one unknown id ignored): 20 apply.
    expect(executionFacts({ ...base, checksNotApplicable: ["hardware", "hardware", "operatingSystem", "nonsense"] }, "2027-01-15")).toMatchObject({ qualityChecksDone: 1, qualityChecksTotal: 20 });
    // 20 of 22 declared irrelevant: still 11 (half of 22) count.
    expect(executionFacts({ ...base, checksNotApplicable: QUALITY_CHECKS.slice(2) }, "2027-01-15")).toMatchObject({ qualityChecksTotal: 11 });
    expect(applicableChecks()).toBe(22);
  });

  it("the quality step is complete when every check is done or not applicable", () => {
    const half = QUALITY_CHECKS.slice(0, 11);
    const rest = QUALITY_CHECKS.slice(11);
    expect(milestoneStepsComplete({ plan: EMPTY_PLAN, milestones: [], checksDone: half, checksNotApplicable: rest }).quality).toBe(true);
    expect(milestoneStepsComplete({ plan: EMPTY_PLAN, milestones: [], checksDone: half, checksNotApplicable: rest.slice(1) }).quality).toBe(false);
  });

  it("completes steps from what is written", () => {
    const steps = milestoneStepsComplete({ plan: { ...EMPTY_PLAN, feedbackLoop: "monthly user interviews" }, milestones, checksDone: QUALITY_CHECKS });
    expect(steps).toEqual({ plan: false, milestones: false, timeline: false, quality: true, feedback: true });
  });
});
