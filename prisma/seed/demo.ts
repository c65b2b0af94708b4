import type { PrismaClient } from "../../lib/generated/prisma/client";

export const DEMO = {
  email: "demo@launchpad.local",
  password: "launchpad-demo",
  name: "Demo Founder",
  teamName: "Demo founders",
  projects: {
    zh: {
      name: "法务智审",
      oneLiner: "面向律所和企业法务的合同审查大模型助手，按条款标出风险并给出修改建议。",
      sector: "法律科技",
      stage: "MVP" as const,
      currency: "CNY",
      timeZone: "Asia/Shanghai",
    },
    en: {
      name: "ClinicNote AI",
      oneLiner: "An ambient scribe that drafts clinical notes from doctor–patient conversations for outpatient clinics.",
      sector: "Healthcare",
      stage: "PROTOTYPE" as const,
      currency: "USD",
      timeZone: "America/New_York",
    },
  },
} as const;

export type DemoProjects = { userId: string; teamId: string; zhProjectId: string; enProjectId: string };

/** Fills one section of the demo plans. Must do nothing when that section already has data. */
export type SectionSeeder = (db: PrismaClient, demo: DemoProjects) => Promise<void>;
