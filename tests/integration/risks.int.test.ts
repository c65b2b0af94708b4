import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { AuthorizedProjectId } from "@/lib/authz/gate";
import {
  createRiskAction,
  deleteRiskAction,
  dismissSuggestionAction,
  markRiskReviewedAction,
  restoreSuggestionAction,
  updateRiskAction,
} from "@/lib/risks/actions";
import { addMonths, isoDateOf } from "@/lib/risks/model";
import { createRisk } from "@/lib/risks/mutations";
import { describeGateMatrix, type MatrixWorld } from "../support/authz-matrix";
import { createTeamWithProject } from "../support/factories";
import { signInAs } from "./session";

const fields = {
  title: "Provider raises API prices",
  description: "Our inference runs on one provider.",
  category: "providerDependency",
  likelihood: 3,
  impact: 4,
  response: "mitigate",
  mitigation: "Abstraction layer; test a second provider monthly.",
  contingency: "Fail over to an open model.",
  ownerMemberId: null,
  status: "open",
  nextReview: "",
};

async function storedRisk(w: MatrixWorld, patch: Partial<{ likelihood: number; impact: number; score: number; title: string }> = {}) {
  return db.risk.create({ data: { projectId: w.project.id, title: "Stored risk", category: "cashFlow", likelihood: 2, impact: 2, score: 4, ...patch } });
}

describeGateMatrix("risk actions", [
  { name: "createRisk", permission: "plan.edit", run: (w) => createRiskAction({ projectId: w.project.id, ...fields }) },
  {
    name: "updateRisk",
    permission: "plan.edit",
    prepare: storedRisk,
    run: (w, risk) => updateRiskAction({ projectId: w.project.id, riskId: (risk as { id: string }).id, version: 1, ...fields }),
  },
  {
    name: "deleteRisk",
    permission: "plan.edit",
    prepare: storedRisk,
    run: (w, risk) => deleteRiskAction({ projectId: w.project.id, riskId: (risk as { id: string }).id }),
  },
  {
    name: "markRiskReviewed",
    permission: "plan.edit",
    prepare: storedRisk,
    run: (w, risk) => markRiskReviewedAction({ projectId: w.project.id, riskId: (risk as { id: string }).id, version: 1 }),
  },
  { name: "dismissSuggestion", permission: "plan.edit", run: (w) => dismissSuggestionAction({ projectId: w.project.id, suggestionId: "keyPerson" }) },
  { name: "restoreSuggestion", permission: "plan.edit", run: (w) => restoreSuggestionAction({ projectId: w.project.id, suggestionId: "keyPerson" }) },
]);

describe("risk writes", () => {
  it("creates a risk with its score, then saves edits with versions and refuses a stale one", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.EDITOR);
    const created = await createRiskAction({ projectId: w.project.id, ...fields, templateId: "modelProviderDependence" });
    expect(created).toMatchObject({ ok: true, data: { version: 1 } });
    if (!created.ok) return;
    const stored = await db.risk.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(stored).toMatchObject({ projectId: w.project.id, score: 12, templateId: "modelProviderDependence", status: "open", nextReview: null });

    const saved = await updateRiskAction({ projectId: w.project.id, riskId: created.data.id, version: 1, ...fields, likelihood: 5, impact: 4, nextReview: "2027-01-31" });
    expect(saved).toEqual({ ok: true, data: { version: 2, score: 20, changed: ["likelihood", "nextReview"] } });
    const stale = await updateRiskAction({ projectId: w.project.id, riskId: created.data.id, version: 1, ...fields, title: "Mine" });
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { title: fields.title, likelihood: 5, impact: 4, nextReview: "2027-01-31", version: 2 } });
    expect(await db.risk.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ title: fields.title, score: 20, version: 2 });

    // The activity log gets one line per change; saving the same values again records nothing.
    expect(await updateRiskAction({ projectId: w.project.id, riskId: created.data.id, version: 2, ...fields, likelihood: 5, impact: 4, nextReview: "2027-01-31" })).toMatchObject({ ok: true, data: { changed: [] } });
    const activity = await db.activity.findMany({ where: { projectId: w.project.id, section: "risks" }, orderBy: { createdAt: "asc" } });
    expect(activity.map((a) => [a.verb, a.itemType, a.itemLabel, a.fields])).toEqual([
      ["created", "risk", fields.title, []],
      ["updated", "risk", fields.title, ["likelihood", "nextReview"]],
    ]);
    expect(activity.every((a) => a.actorId === w.members.EDITOR.id && a.itemId === created.data.id)).toBe(true);
  });

  it("refuses bad input with translated field errors and stores nothing", async () => {
    const w = await createTeamWithProject();
    await signInAs(w.members.OWNER);
    const result = await createRiskAction({
      projectId: w.project.id,
      ...fields,
      title: "<img src=x onerror=alert(1)>",
      category: "aliens",
      likelihood: 0,
      impact: 9,
      description: "x".repeat(10_000),
      response: "pray",
    });
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      category: { code: "invalidOption" },
      likelihood: { code: "tooSmall", values: { min: 1 } },
      impact: { code: "tooLarge", values: { max: 5 } },
      description: { code: "tooLong", values: { max: 2000 } },
      response: { code: "invalidOption" },
    });
    expect(await db.risk.count({ where: { projectId: w.project.id } })).toBe(0);

    const risk = await storedRisk(w);
    const update = await updateRiskAction({ projectId: w.project.id, riskId: risk.id, version: 1, ...fields, likelihood: -1, mitigation: "<script>x</script>" });
    expect(update).toMatchObject({ ok: false, code: "validation", fieldErrors: { likelihood: { code: "tooSmall" } } });
    expect(await db.risk.findUniqueOrThrow({ where: { id: risk.id } })).toMatchObject({ likelihood: 2, version: 1, mitigation: "" });
  });

  it("only lets a team member of the same plan own a risk", async () => {
    const w = await createTeamWithProject();
    const other = await createTeamWithProject();
    const mine = await db.teamMember.create({ data: { projectId: w.project.id, name: "Li Wei" } });
    const theirs = await db.teamMember.create({ data: { projectId: other.project.id, name: "Stranger" } });
    await signInAs(w.members.OWNER);
    const refused = await createRiskAction({ projectId: w.project.id, ...fields, ownerMemberId: theirs.id });
    expect(refused).toMatchObject({ ok: false, code: "validation", fieldErrors: { ownerMemberId: { code: "invalidOption" } } });
    expect(await db.risk.count({ where: { projectId: w.project.id } })).toBe(0);
    const accepted = await createRiskAction({ projectId: w.project.id, ...fields, ownerMemberId: mine.id });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const moved = await updateRiskAction({ projectId: w.project.id, riskId: accepted.data.id, version: 1, ...fields, ownerMemberId: theirs.id });
    expect(moved).toMatchObject({ ok: false, code: "validation" });
    expect((await db.risk.findUniqueOrThrow({ where: { id: accepted.data.id } })).ownerMemberId).toBe(mine.id);
  });

  it("never touches another project's risk, even with its id", async () => {
    const w = await createTeamWithProject();
    const other = await createTeamWithProject();
    const foreign = await storedRisk(other);
    await signInAs(w.members.OWNER);
    expect(await updateRiskAction({ projectId: w.project.id, riskId: foreign.id, version: 1, ...fields })).toMatchObject({ ok: false, code: "notFound" });
    expect(await deleteRiskAction({ projectId: w.project.id, riskId: foreign.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await markRiskReviewedAction({ projectId: w.project.id, riskId: foreign.id, version: 1 })).toMatchObject({ ok: false, code: "notFound" });
    expect(await db.risk.findUniqueOrThrow({ where: { id: foreign.id } })).toMatchObject({ title: "Stored risk", version: 1, lastReviewed: null });
  });

  it("review now stamps today and pushes the next review by band (high monthly, low six-monthly)", async () => {
    const w = await createTeamWithProject();
    const high = await storedRisk(w, { likelihood: 4, impact: 5, score: 20 });
    const low = await storedRisk(w, { likelihood: 1, impact: 3, score: 3 });
    await signInAs(w.members.EDITOR);
    const today = isoDateOf(new Date());
    const reviewed = await markRiskReviewedAction({ projectId: w.project.id, riskId: high.id, version: 1 });
    expect(reviewed).toMatchObject({ ok: true, data: { version: 2, nextReview: addMonths(today, 1) } });
    const lowReviewed = await markRiskReviewedAction({ projectId: w.project.id, riskId: low.id, version: 1 });
    expect(lowReviewed).toMatchObject({ ok: true, data: { nextReview: addMonths(today, 6) } });
    const stored = await db.risk.findUniqueOrThrow({ where: { id: high.id } });
    expect(isoDateOf(stored.nextReview!)).toBe(addMonths(today, 1));
    expect(Math.abs(stored.lastReviewed!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(await markRiskReviewedAction({ projectId: w.project.id, riskId: high.id, version: 1 })).toMatchObject({ ok: false, code: "conflict", current: { version: 2 } });
  });

  it("deletes a risk and persists dismissed suggestions per project", async () => {
    const w = await createTeamWithProject();
    const risk = await storedRisk(w);
    await signInAs(w.members.OWNER);
    expect(await deleteRiskAction({ projectId: w.project.id, riskId: risk.id })).toEqual({ ok: true, data: { id: risk.id, title: "Stored risk" } });
    expect(await db.risk.count({ where: { projectId: w.project.id } })).toBe(0);

    expect(await dismissSuggestionAction({ projectId: w.project.id, suggestionId: "keyPerson" })).toMatchObject({ ok: true });
    expect(await dismissSuggestionAction({ projectId: w.project.id, suggestionId: "keyPerson" })).toMatchObject({ ok: true });
    expect(await db.riskSuggestionDismissal.count({ where: { projectId: w.project.id } })).toBe(1);
    expect(await dismissSuggestionAction({ projectId: w.project.id, suggestionId: "madeUp" })).toMatchObject({ ok: false, code: "validation" });
    expect(await restoreSuggestionAction({ projectId: w.project.id, suggestionId: "keyPerson" })).toMatchObject({ ok: true });
    expect(await db.riskSuggestionDismissal.count({ where: { projectId: w.project.id } })).toBe(0);
  });

  it("lets another section add a risk from a case study lesson with its source case", async () => {
    const w = await createTeamWithProject();
    const projectId = w.project.id as AuthorizedProjectId;
    const result = await createRisk(projectId, { title: "Cash chain breaks", category: "cashFlow", likelihood: 3, impact: 5, sourceCaseId: "failure-cash-flow" });
    expect(result).toMatchObject({ ok: true, data: { version: 1 } });
    if (!result.ok) return;
    expect(await db.risk.findUniqueOrThrow({ where: { id: result.data.id } })).toMatchObject({ sourceCaseId: "failure-cash-flow", score: 15, response: "mitigate", status: "open" });
    expect(await createRisk(projectId, { title: "x", category: "cashFlow", likelihood: 1, impact: 1, sourceCaseId: "../../etc" })).toMatchObject({ ok: false, code: "validation" });
  });
});
