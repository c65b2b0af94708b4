import { describe, expect, it } from "vitest";
import { isCoreAtStage, STRATEGY_FIELDS } from "./catalogue";
import {
  analyseTeam,
  businessInsight,
  coverageOf,
  coreRoles,
  equityTotal,
  findGaps,
  keyPeople,
  stepCompletion,
  strategyFacts,
  teamLevels,
  toTeamFacts,
  type MemberData,
  type TeamInput,
} from "./model";

let nextId = 0;
function member(patch: Partial<MemberData>): MemberData {
  nextId += 1;
  return { id: `m${nextId}`, name: `Member ${nextId}`, commitment: "FULL_TIME", roles: [], skills: {}, equityPct: 0, monthlyCost: 0, ...patch };
}

const fullStrategy = Object.fromEntries(STRATEGY_FIELDS.map((f) => [f, "written"])) as Record<(typeof STRATEGY_FIELDS)[number], string>;

function input(patch: Partial<TeamInput>): TeamInput {
  return {
    stage: "IDEA",
    plan: { rolesNow: [], rolesLater: [] },
    members: [],
    hires: [],
    strategy: null,
    schedule: { memberMonthlyCost: 0, hireCostSteps: [] },
    currentMonth: "2026-11",
    ...patch,
  };
}

describe("role coverage", () => {
  it("is covered by a full-timer, partial with only part-timers or advisors, missing otherwise", () => {
    const advisor = member({ commitment: "ADVISOR", roles: ["domainExpert"] });
    const partTimer = member({ commitment: "PART_TIME", roles: ["dataScientist"] });
    const fullTimer = member({ roles: ["dataScientist"] });
    expect(coverageOf("domainExpert", [advisor])).toBe("partial");
    expect(coverageOf("dataScientist", [partTimer])).toBe("partial");
    expect(coverageOf("dataScientist", [partTimer, fullTimer])).toBe("covered");
    expect(coverageOf("researcher", [advisor, partTimer, fullTimer])).toBe("missing");
  });
});

describe("competency levels", () => {
  it("takes the best level per area and treats junk as 0", () => {
    const levels = teamLevels([member({ skills: { mlResearch: 1, domain: 3 } }), member({ skills: { mlResearch: 2, finance: 7, product: 1.5 } })]);
    expect(levels.mlResearch).toBe(2);
    expect(levels.domain).toBe(3);
    expect(levels.finance).toBe(0); // out of range
    expect(levels.product).toBe(0); // not an integer
    expect(levels.goToMarket).toBe(0);
  });
});

describe("tech–business fusion", () => {
  it("is absent without industry knowledge at working level", () => {
    expect(businessInsight([member({ skills: { domain: 1, mlEngineering: 3 } })])).toBe("absent");
  });
  it("is present when the domain person does not connect to engineering", () => {
    expect(businessInsight([member({ skills: { domain: 3 } }), member({ skills: { mlEngineering: 3 } })])).toBe("present");
    expect(businessInsight([member({ roles: ["domainExpert"] })])).toBe("present");
  });
  it("is linked through a domain person with some technical skill, or an engineer who knows the domain", () => {
    expect(businessInsight([member({ skills: { domain: 2, softwareEngineering: 1 } })])).toBe("linked");
    expect(businessInsight([member({ skills: { domain: 3 } }), member({ skills: { mlEngineering: 2, domain: 1 } })])).toBe("linked");
  });
});

describe("key people", () => {
  it("lists members who alone hold two or more core roles", () => {
    const founder = member({ name: "Lin", roles: ["deepLearningEngineer", "dataScientist", "productManager"] });
    const colleague = member({ name: "Ana", roles: ["productManager", "domainExpert"] });
    const people = keyPeople([founder, colleague], ["deepLearningEngineer", "dataScientist", "productManager", "domainExpert"]);
    // productManager is shared, so Lin alone holds two, Ana alone holds one.
    expect(people).toEqual([{ memberId: founder.id, name: "Lin", coreRoles: ["deepLearningEngineer", "dataScientist"] }]);
  });

  it("treats roles core at the stage and roles needed now as core", () => {
    expect(isCoreAtStage("marketingSales", "MVP")).toBe(false);
    expect(isCoreAtStage("marketingSales", "SCALE")).toBe(true);
    const core = coreRoles("IDEA", { rolesNow: ["marketingSales"], rolesLater: [] });
    expect(core).toEqual(["deepLearningEngineer", "dataScientist", "marketingSales", "domainExpert"]);
  });
});

describe("gaps", () => {
  it("lists needed-now roles not fully covered, later roles nobody holds, and weak areas expected at the stage", () => {
    const gaps = findGaps({
      stage: "IDEA",
      plan: { rolesNow: ["deepLearningEngineer", "domainExpert", "dataScientist"], rolesLater: ["marketingSales", "productManager"] },
      members: [
        member({ roles: ["deepLearningEngineer", "productManager"], skills: { mlEngineering: 3, softwareEngineering: 2, dataEngineering: 2, product: 2 } }),
        member({ commitment: "ADVISOR", roles: ["domainExpert"], skills: { domain: 3 } }),
      ],
      hires: [
        { id: "h1", roleId: "dataScientist", status: "PLANNED", targetMonth: "2026-12", monthlyBudget: 1, channel: "" },
        { id: "h2", roleId: "marketingSales", status: "FILLED", targetMonth: "2026-12", monthlyBudget: 1, channel: "" },
      ],
    });
    expect(gaps).toEqual([
      { kind: "role", roleId: "domainExpert", when: "now", coverage: "partial", inHiringPlan: false },
      { kind: "role", roleId: "dataScientist", when: "now", coverage: "missing", inHiringPlan: true },
      // A filled hire is not an open plan: the gap stays until the person is added as a member.
      { kind: "role", roleId: "marketingSales", when: "later", coverage: "missing", inHiringPlan: false },
    ]);
  });

  it("reports areas nobody has at working level, only from the stage where they matter", () => {
    const team = [member({ skills: { mlEngineering: 2, dataEngineering: 2, softwareEngineering: 2, product: 2, domain: 1 } })];
    const idea = findGaps({ stage: "IDEA", plan: null, members: team, hires: [] });
    expect(idea).toEqual([{ kind: "area", area: "domain", level: 1, suggestedRole: "domainExpert", inHiringPlan: false }]);
    const revenue = findGaps({ stage: "REVENUE", plan: null, members: team, hires: [] }).map((g) => (g.kind === "area" ? g.area : g.roleId));
    expect(revenue).toEqual(["mlResearch", "domain", "goToMarket", "operations", "legalCompliance", "finance"]);
  });
});

describe("strategy and steps", () => {
  it("needs every part of a strategy item written", () => {
    const facts = strategyFacts({ ...fullStrategy, bonus: "  ", tools: "" });
    expect(facts).toEqual({ recruitment: true, training: true, incentives: false, equityPool: true, collaboration: false, rolesWritten: true, backupPlan: true });
    expect(Object.values(strategyFacts(null)).some(Boolean)).toBe(false);
  });

  it("completes steps from the data", () => {
    const empty = input({ plan: null });
    expect(stepCompletion(empty, findGaps(empty))).toEqual({ roles: false, members: false, coverage: false, hiring: false, strategy: false });

    const dl = member({ roles: ["deepLearningEngineer"] });
    const partial = input({ plan: { rolesNow: ["deepLearningEngineer", "dataScientist"], rolesLater: [] }, members: [dl] });
    expect(stepCompletion(partial, findGaps(partial))).toMatchObject({ roles: true, members: true, coverage: false, hiring: false });

    const planned = input({
      ...partial,
      hires: [{ id: "h", roleId: "dataScientist", status: "PLANNED", targetMonth: "2026-12", monthlyBudget: 0, channel: "" }],
      strategy: fullStrategy,
    });
    // The gap is planned, but the hire still needs a budget and a channel.
    expect(stepCompletion(planned, findGaps(planned))).toEqual({ roles: true, members: true, coverage: true, hiring: false, strategy: true });
    const budgeted = input({ ...planned, hires: [{ ...planned.hires[0], monthlyBudget: 20000, channel: "universities" }] });
    expect(stepCompletion(budgeted, findGaps(budgeted)).hiring).toBe(true);
  });

  it("does not count a member without a role as complete", () => {
    const i = input({ members: [member({ roles: ["dataScientist"] }), member({ roles: [] })] });
    expect(stepCompletion(i, []).members).toBe(false);
  });
});

describe("team facts", () => {
  it("summarises a hand-checked team", () => {
    const lin = member({ name: "Lin", roles: ["deepLearningEngineer", "dataScientist"], skills: { mlEngineering: 3, domain: 1 }, equityPct: 40, monthlyCost: 30000 });
    const ana = member({ name: "Ana", commitment: "PART_TIME", roles: ["testEngineer", "projectManager"], skills: { domain: 3 }, equityPct: 10, monthlyCost: 8000 });
    const i = input({
      stage: "MVP",
      plan: { rolesNow: ["deepLearningEngineer", "mlopsEngineer", "testEngineer"], rolesLater: ["complianceOwner"] },
      members: [lin, ana],
      hires: [
        { id: "h1", roleId: "mlopsEngineer", status: "INTERVIEWING", targetMonth: "2027-01", monthlyBudget: 25000, channel: "techCommunities" },
        { id: "h2", roleId: "backendEngineer", status: "FILLED", targetMonth: "2026-10", monthlyBudget: 20000, channel: "jobSites" },
      ],
      strategy: { ...fullStrategy, equityPool: "" },
      schedule: { memberMonthlyCost: 38000, hireCostSteps: [{ month: "2027-01", amount: 25000 }] },
    });
    const facts = toTeamFacts(i);
    expect(facts).toMatchObject({
      memberCount: 2,
      rolesNeededNow: ["deepLearningEngineer", "mlopsEngineer", "testEngineer"],
      roleCoverage: { deepLearningEngineer: "covered", mlopsEngineer: "missing", testEngineer: "partial" },
      coreTechnicalCovered: "yes",
      businessInsight: "linked", // Lin is an engineer (3) with some domain knowledge (1)
      projectManagementOwner: true,
      deploymentOpsTestingCovered: "partial",
      hasComplianceOwner: false,
      hasDomainExpert: false,
      keyPeople: [{ name: "Lin", coreRoles: ["deepLearningEngineer", "dataScientist"] }],
      openHires: 1,
      monthlyTeamCost: 38000,
    });
    expect(facts.monthlyTeamCostByMonth.slice(0, 3)).toEqual([38000, 38000, 63000]);
    expect(facts.monthlyTeamCostByMonth).toHaveLength(24);
    expect(facts.strategy.equityPool).toBe(false);
    expect(facts.strategy.backupPlan).toBe(true);
    expect(analyseTeam(i).equityTotal).toBe(50);
  });

  it("reports nothing covered for an empty team, with finite numbers", () => {
    const facts = toTeamFacts(input({ plan: null }));
    expect(facts).toMatchObject({ memberCount: 0, rolesNeededNow: [], coreTechnicalCovered: "no", businessInsight: "absent", deploymentOpsTestingCovered: "no", openHires: 0, monthlyTeamCost: 0 });
    expect(facts.monthlyTeamCostByMonth.every((v) => v === 0)).toBe(true);
  });

  it("adds equity in percent without float noise", () => {
    expect(equityTotal([{ equityPct: 33.3 }, { equityPct: 33.3 }, { equityPct: 33.4 }])).toBe(100);
  });
});
