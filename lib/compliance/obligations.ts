// AI-specific obligations: which duties a plan's facts trigger (China generative-AI and algorithm
// filing, content labelling, PIPL assessments and audits, the EU AI Act by date and tier, the HIPAA
// business-associate chain), and the calendar the founders track them in. Pure data and functions.
// Titles, explanations and evidence ideas are in messages "compliance.obligations.items.<key>".
// Every item is shown with "not legal advice — review with counsel" and its official source.
import { LAW_MARKETS } from "./model";

export type LawMarket = (typeof LAW_MARKETS)[number];

/** Answers to the profile questions; "unsure" keeps an obligation listed, marked "confirm". */
export const ANSWERS = ["yes", "no", "unsure"] as const;
export type Answer = (typeof ANSWERS)[number];

export const DOMAINS = ["healthcare", "legal", "finance", "education", "employment", "other"] as const;
export type Domain = (typeof DOMAINS)[number];

export const PROFILE_QUESTIONS = [
  "publicGenerative",
  "publicOpinion",
  "personalInfo",
  "sensitivePersonalInfo",
  "largeScalePersonalInfo",
  "usPhi",
  "euGpaiProvider",
  "euHighRisk",
  "euAnnexIProduct",
] as const;
export type ProfileQuestion = (typeof PROFILE_QUESTIONS)[number];

/** What the obligations depend on: the markets served, the domains and the answers. */
export type ObligationFacts = { markets: LawMarket[]; domains: Domain[] } & Record<ProfileQuestion, Answer>;

// ── three-valued logic: an obligation applies, may apply (something is unsure), or does not ──

const all = (...answers: Answer[]): Answer => (answers.includes("no") ? "no" : answers.includes("unsure") ? "unsure" : "yes");
const is = (condition: boolean): Answer => (condition ? "yes" : "no");

export type DateStatus =
  /** Applies now (or from the date shown, which has passed). */
  | "inForce"
  /** Applies from a future date fixed in the law. */
  | "scheduled"
  /** An adopted amendment moved the date; check that it has been published before relying on it. */
  | "amended"
  /** The date is disputed or a change is pending: check the current status. */
  | "checkCurrentStatus";

export type ObligationDef = {
  key: string;
  market: LawMarket;
  /** yyyy-mm-dd the duty applies from; null for duties in force for years. */
  appliesFrom: string | null;
  /** The date an adopted amendment replaced (shown struck through). */
  previousDate?: string;
  dateStatus: DateStatus;
  /** Official pages (law texts, the regulator's own site). */
  sources: readonly string[];
  trigger: (facts: ObligationFacts) => Answer;
};

const inMarket = (f: ObligationFacts, m: LawMarket) => is(f.markets.includes(m));
const EUR_LEX_AI_ACT = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj";

export const OBLIGATIONS: readonly ObligationDef[] = [
  {
    key: "cnGenAiFiling",
    market: "china",
    appliesFrom: "2023-08-15",
    dateStatus: "inForce",
    sources: ["https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm"],
    // Interim Measures art. 17: public services with public-opinion attributes or social-mobilisation capability.
    trigger: (f) => all(inMarket(f, "china"), f.publicGenerative, f.publicOpinion),
  },
  {
    key: "cnGenAiModelDisclosure",
    market: "china",
    appliesFrom: null,
    dateStatus: "inForce",
    sources: ["https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm"],
    trigger: (f) => all(inMarket(f, "china"), f.publicGenerative),
  },
  {
    key: "cnAlgorithmFiling",
    market: "china",
    appliesFrom: "2022-03-01",
    dateStatus: "inForce",
    sources: ["https://www.cac.gov.cn/2022-01/04/c_1642894606364259.htm", "https://beian.cac.gov.cn/"],
    // Algorithm Recommendation Provisions art. 24: within ten working days of starting the service.
    trigger: (f) => all(inMarket(f, "china"), f.publicOpinion),
  },
  {
    key: "cnAiContentLabelling",
    market: "china",
    appliesFrom: "2025-09-01",
    dateStatus: "inForce",
    sources: ["https://www.cac.gov.cn/2025-03/14/c_1743654684782215.htm", "https://openstd.samr.gov.cn/bzgk/gb/"],
    trigger: (f) => all(inMarket(f, "china"), f.publicGenerative),
  },
  {
    key: "cnPiplImpactAssessment",
    market: "china",
    appliesFrom: "2021-11-01",
    dateStatus: "inForce",
    sources: ["https://www.cac.gov.cn/2021-08/20/c_1631050028355286.htm"],
    // PIPL art. 55: sensitive data, automated decisions, entrusting a processor (a model API), transfers abroad.
    trigger: (f) => all(inMarket(f, "china"), f.personalInfo),
  },
  {
    key: "cnPiplComplianceAudit",
    market: "china",
    appliesFrom: "2025-05-01",
    dateStatus: "inForce",
    sources: ["https://www.cac.gov.cn/2021-08/20/c_1631050028355286.htm", "https://www.cac.gov.cn/"],
    trigger: (f) => all(inMarket(f, "china"), f.personalInfo),
  },
  {
    key: "euProhibitionsAndLiteracy",
    market: "eu",
    appliesFrom: "2025-02-02",
    dateStatus: "inForce",
    sources: [EUR_LEX_AI_ACT],
    trigger: (f) => inMarket(f, "eu"),
  },
  {
    key: "euGpaiModel",
    market: "eu",
    appliesFrom: "2025-08-02",
    dateStatus: "inForce",
    sources: [EUR_LEX_AI_ACT],
    trigger: (f) => all(inMarket(f, "eu"), f.euGpaiProvider),
  },
  {
    key: "euTransparency",
    market: "eu",
    appliesFrom: "2026-08-02",
    // Reports disagree on whether the Digital Omnibus changed the grace period for marking content.
    dateStatus: "checkCurrentStatus",
    sources: [EUR_LEX_AI_ACT],
    trigger: (f) => all(inMarket(f, "eu"), f.publicGenerative),
  },
  {
    key: "euHighRiskAnnexIII",
    market: "eu",
    appliesFrom: "2027-12-02",
    previousDate: "2026-08-02",
    dateStatus: "amended",
    sources: [EUR_LEX_AI_ACT],
    trigger: (f) => all(inMarket(f, "eu"), f.euHighRisk),
  },
  {
    key: "euHighRiskAnnexI",
    market: "eu",
    appliesFrom: "2028-08-02",
    previousDate: "2027-08-02",
    dateStatus: "amended",
    sources: [EUR_LEX_AI_ACT],
    trigger: (f) => all(inMarket(f, "eu"), f.euAnnexIProduct),
  },
  {
    key: "usHipaaBusinessAssociates",
    market: "us",
    appliesFrom: null,
    dateStatus: "inForce",
    sources: ["https://www.hhs.gov/hipaa/for-professionals/covered-entities/sample-business-associate-agreement-provisions/index.html"],
    trigger: (f) => all(inMarket(f, "us"), is(f.domains.includes("healthcare")), f.usPhi),
  },
  {
    key: "usHipaaRiskAnalysis",
    market: "us",
    appliesFrom: null,
    dateStatus: "inForce",
    sources: ["https://www.hhs.gov/hipaa/for-professionals/security/index.html"],
    trigger: (f) => all(inMarket(f, "us"), is(f.domains.includes("healthcare")), f.usPhi),
  },
];

export const OBLIGATION_KEYS = OBLIGATIONS.map((o) => o.key) as [string, ...string[]];
const BY_KEY = new Map(OBLIGATIONS.map((o) => [o.key, o]));

export function obligationDef(key: string): ObligationDef | undefined {
  return BY_KEY.get(key);
}

export type ApplicableObligation = { def: ObligationDef; certainty: "applies" | "mayApply" };

/** The obligations the facts trigger, in catalogue order; those that hinge on an "unsure" answer are "mayApply". */
export function obligationsFor(facts: ObligationFacts): ApplicableObligation[] {
  return OBLIGATIONS.flatMap((def) => {
    const answer = def.trigger(facts);
    return answer === "no" ? [] : [{ def, certainty: answer === "yes" ? ("applies" as const) : ("mayApply" as const) }];
  });
}

// ── the calendar the founders keep ──────────────────────────────────────────────────────────

export const OBLIGATION_STATUSES = ["open", "inProgress", "done", "notApplicable"] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

export type ObligationRecord = { obligationKey: string; status: ObligationStatus; owner: string; dueDate: string | null; evidence: string; version: number };

export type CalendarEntry = ApplicableObligation & {
  record: ObligationRecord;
  /** The founders' due date, else the date the rule applies from when that is still ahead. */
  date: string | null;
  overdue: boolean;
};

const settled = (s: ObligationStatus) => s === "done" || s === "notApplicable";

/**
 * The applicable obligations with what the founders recorded (untouched ones are "open", version 0),
 * dated and sorted: dated entries first, soonest first; then undated ones in catalogue order.
 */
export function obligationCalendar(applicable: readonly ApplicableObligation[], records: readonly ObligationRecord[], today: string): CalendarEntry[] {
  const byKey = new Map(records.map((r) => [r.obligationKey, r]));
  const entries = applicable.map((a, index) => {
    const record = byKey.get(a.def.key) ?? { obligationKey: a.def.key, status: "open" as const, owner: "", dueDate: null, evidence: "", version: 0 };
    const upcoming = a.def.appliesFrom !== null && a.def.appliesFrom > today ? a.def.appliesFrom : null;
    const date = record.dueDate ?? upcoming;
    const overdue = !settled(record.status) && record.dueDate !== null && record.dueDate < today;
    return { entry: { ...a, record, date, overdue }, index };
  });
  entries.sort((a, b) => {
    const [x, y] = [a.entry.date, b.entry.date];
    if (x && y && x !== y) return x < y ? -1 : 1;
    if (x && !y) return -1;
    if (!x && y) return 1;
    return a.index - b.index;
  });
  return entries.map((e) => e.entry);
}

/** The obligations step is complete when every applicable obligation is settled or has an owner and a due date. */
export function obligationsComplete(calendar: readonly CalendarEntry[]): boolean {
  return calendar.length > 0 && calendar.every((e) => settled(e.record.status) || (e.record.owner.trim() !== "" && e.record.dueDate !== null));
}

// ── defaults from what the plan already says ────────────────────────────────────────────────

/** Domain words in a project's sector (English and Chinese); a guess the founders confirm. */
const DOMAIN_WORDS: [Domain, RegExp][] = [
  ["healthcare", /health|medic|clinic|hospital|医疗|健康|医院|诊/i],
  ["legal", /legal|law|法律|法务|律/i],
  ["finance", /financ|bank|insur|fintech|金融|银行|保险/i],
  ["education", /educat|school|edtech|教育|学校/i],
  ["employment", /recruit|hiring|\bhr\b|招聘|人力/i],
];

export type PlanSignals = {
  sector: string;
  /** Markets whose checklist items are not all marked not applicable (empty when no checklist yet). */
  servedMarkets: LawMarket[];
  personalDataSources: number;
  sensitiveDataSources: number;
};

/** A first answer to every question, from the plan; the founders confirm or change it. */
export function profileDefaults(signals: PlanSignals): ObligationFacts {
  const domains = DOMAIN_WORDS.filter(([, words]) => words.test(signals.sector)).map(([d]) => d);
  return {
    markets: signals.servedMarkets,
    domains,
    publicGenerative: "unsure",
    publicOpinion: "unsure",
    personalInfo: signals.personalDataSources + signals.sensitiveDataSources > 0 ? "yes" : "unsure",
    sensitivePersonalInfo: signals.sensitiveDataSources > 0 ? "yes" : "unsure",
    largeScalePersonalInfo: "unsure",
    usPhi: domains.includes("healthcare") ? "unsure" : "no",
    euGpaiProvider: "no",
    euHighRisk: "unsure",
    euAnnexIProduct: "unsure",
  };
}
