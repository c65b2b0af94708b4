// The stored (frozen) investor summary, validated on read: a snapshot is JSON in the database, and
// a shape the code does not expect must not reach the page or the PDF as if it were a summary.
// Strings are not narrowed to today's enums (a frozen copy keeps the values it was frozen with).
import { z } from "zod";
import { CANVAS_BLOCKS } from "@/lib/plan/facts";

const text = z.string();
const num = z.number().finite();

const runwayFact = z.discriminatedUnion("state", [
  z.object({ state: z.literal("runsOut"), months: num, cashOutMonth: text, cashOutIndex: num }),
  z.object({ state: z.literal("lasts"), months: num }),
  z.object({ state: z.literal("unknown"), reason: z.enum(["noCash", "noCosts"]) }),
]);
const summaryRunway = z.union([runwayFact, z.object({ state: z.literal("legacy"), months: num.nullable(), profitable: z.boolean() })]);

const risk = z.object({
  title: text,
  category: text,
  likelihood: num,
  impact: num,
  score: num,
  band: z.enum(["low", "medium", "high"]),
  mitigation: text,
  contingency: text,
  status: text,
});

const businessModelBase = {
  canvas: z.partialRecord(z.enum(CANVAS_BLOCKS), z.array(text)),
  revenueModels: z.array(text),
  grossMarginPct: num.nullable(),
  ltvToCac: num.nullable(),
  paybackMonths: num.nullable(),
  monthlyRevenue: num.nullable(),
  monthlyCosts: num.nullable(),
  cashOnHand: num.nullable(),
};

const common = {
  generatedAt: text,
  project: z.object({ name: text, oneLiner: text, sector: text, stage: text, currency: text }),
  team: z
    .object({
      members: z.array(z.object({ name: text, title: text, commitment: text, roles: z.array(text) })),
      neededRoles: z.array(z.object({ role: text, status: z.enum(["covered", "partial", "missing"]) })),
      openRoles: z.array(z.object({ role: text, priority: text, targetMonth: text.nullable() })),
    })
    .nullable(),
  risks: z.array(risk),
  readiness: z.object({ total: num, band: text, sections: z.array(z.object({ id: text, score: num, max: num })) }).nullable(),
  funding: z
    .object({
      needAmount: num.nullable(),
      timing: text,
      rounds: z.array(z.object({ stage: text, amount: num.nullable(), instrument: text, targetDate: text.nullable(), status: text })),
      useOfFunds: z.array(z.object({ category: text, amount: num })),
    })
    .nullable(),
  milestones: z.array(z.object({ title: text, due: text.nullable(), status: text, overdue: z.boolean() })),
};

/** Version 2: runway from the monthly forecast. */
export const summaryV2Schema = z.object({
  version: z.literal(2),
  ...common,
  businessModel: z.object({ ...businessModelBase, runway: summaryRunway, runwayWithRaise: summaryRunway.nullable() }).nullable(),
});

/** Version 1: runway was cash ÷ burn. */
export const summaryV1Schema = z.object({
  version: z.literal(1),
  ...common,
  businessModel: z.object({ ...businessModelBase, runwayMonths: num.nullable(), profitable: z.boolean() }).nullable(),
});

export const storedSummarySchema = z.discriminatedUnion("version", [summaryV1Schema, summaryV2Schema]);
