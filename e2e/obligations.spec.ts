// The AI obligations calendar for both demo plans, in English and Chinese: 法务智审 (China, legal,
// public-facing generative service) and ClinicNote AI (US healthcare, HIPAA). A founder records an
// owner and a due date; answering a question changes the list.
import type { Page } from "@playwright/test";
// Like tests/support/factories.ts, the spec arranges rows directly in its own e2e database.
import { db } from "@/lib/db/client";
import { SECTION_SEEDERS } from "@/prisma/seed/sections";
import { expectAccessible } from "./support/a11y";
import { expect, test } from "./support/fixtures";

const url = (projectId: string) => `/projects/${projectId}/compliance?step=obligations`;

const ZH_PLAN = {
  keys: ["cnPiplImpactAssessment", "cnGenAiFiling", "cnGenAiModelDisclosure", "cnAlgorithmFiling", "cnPiplComplianceAudit", "cnAiContentLabelling"],
  en: ["China: generative-AI service filing (生成式人工智能服务备案)", "China: algorithm filing (算法备案)", "China: label AI-generated content (标识办法 and GB 45438-2025)"],
  zh: ["中国：生成式人工智能服务备案", "中国：算法备案", "中国：标识 AI 生成合成内容（《标识办法》与 GB 45438-2025）"],
};
const EN_PLAN = {
  keys: ["usHipaaBusinessAssociates", "usHipaaRiskAnalysis"],
  en: ["US: HIPAA business associate agreements, all the way down the chain", "US: HIPAA Security Rule risk analysis"],
  zh: ["美国：HIPAA 业务伙伴协议（BAA）覆盖整条链路", "美国：HIPAA 安全规则风险分析"],
};

async function switchLocale(page: Page, locale: "en" | "zh-CN") {
  await page.getByTestId("locale-switcher").selectOption(locale);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

async function expectCalendar(page: Page, plan: typeof ZH_PLAN, language: "en" | "zh") {
  const calendar = page.getByTestId("obligations-calendar");
  await expect(calendar.getByTestId("obligation")).toHaveCount(plan.keys.length);
  // Dated entries first, soonest first (the demo's due dates), then undated ones.
  expect(await calendar.getByTestId("obligation").evaluateAll((els) => els.map((e) => e.getAttribute("data-key")))).toEqual(plan.keys);
  for (const title of plan[language]) await expect(calendar.getByRole("group", { name: title })).toBeVisible();
  await expect(calendar.getByTestId("obligation-disclaimer").first()).toHaveText(language === "en" ? "Not legal advice — review with counsel." : "不构成法律意见——请与律师确认。");
}

test("both demo plans list their expected obligations, in English and in Chinese", async ({ ownerPage: page, world }) => {
  test.setTimeout(120_000);
  const en = await db.project.create({ data: { teamId: world.team.id, name: "ClinicNote AI", sector: "Healthcare", stage: "PROTOTYPE", currency: "USD" } });
  for (const seed of SECTION_SEEDERS) await seed(db as never, { userId: world.members.OWNER.id, teamId: world.team.id, zhProjectId: world.project.id, enProjectId: en.id });

  await page.goto(url(world.project.id));
  await expectCalendar(page, ZH_PLAN, "en");
  const filing = page.getByRole("group", { name: ZH_PLAN.en[0] });
  await expect(filing.getByLabel("Owner")).toHaveValue("王雅婷");
  await expect(filing.getByRole("link", { name: "www.cac.gov.cn" })).toHaveAttribute("href", "https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm");
  await expectAccessible(page);

  await page.goto(url(en.id));
  await expectCalendar(page, EN_PLAN, "en");
  await expect(page.getByRole("group", { name: EN_PLAN.en[0] })).toContainText("model API provider");

  await switchLocale(page, "zh-CN");
  await expectCalendar(page, EN_PLAN, "zh");
  await page.goto(url(world.project.id));
  await expectCalendar(page, ZH_PLAN, "zh");
  await switchLocale(page, "en");
});

test("a founder answers the questions, sees the EU AI Act by date and tier, and tracks an obligation", async ({ ownerPage: page, world }) => {
  await page.goto(url(world.project.id));
  const profile = page.getByTestId("obligations-profile");
  // The plan's sector ("Legal") gives the first answer for the domain.
  await expect(profile.getByLabel("Legal")).toBeChecked();
  await profile.getByLabel("European Union").check();
  await profile.getByLabel("Is your use one of the EU AI Act's high-risk areas (Annex III)?").selectOption("yes");
  await expect(profile.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  const highRisk = page.getByRole("group", { name: "EU AI Act: high-risk AI systems (Annex III uses)" });
  await expect(highRisk.getByTestId("obligation-date")).toHaveText("Applies from 2027-12-02 · Moved from 2026-08-02 by an adopted amendment");
  await expect(page.getByRole("group", { name: "EU AI Act: prohibited practices and AI literacy" })).toBeVisible();
  await expect(page.getByRole("group", { name: "EU AI Act: transparency for chatbots and generated content (art. 50)" }).getByTestId("obligation-date")).toContainText("Check current status");

  await highRisk.getByLabel("Owner").fill("Ana");
  await highRisk.getByLabel("Due date").fill("2027-06-30");
  await highRisk.getByLabel("Evidence").fill("Risk-management file, draft 1");
  await expect(highRisk.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  await page.reload();
  const again = page.getByRole("group", { name: "EU AI Act: high-risk AI systems (Annex III uses)" });
  await expect(again.getByLabel("Owner")).toHaveValue("Ana");
  await expect(again.getByLabel("Due date")).toHaveValue("2027-06-30");
  expect(await db.complianceObligation.findFirstOrThrow({ where: { projectId: world.project.id, obligationKey: "euHighRiskAnnexIII" } })).toMatchObject({ owner: "Ana", evidence: "Risk-management file, draft 1" });
  expect((await db.complianceProfile.findUniqueOrThrow({ where: { projectId: world.project.id } })).markets).toContain("eu");
});
