import { describe, expect, it } from "vitest";
import { LIBRARY } from "@/lib/cases/library";
import { LOCALES } from "@/lib/i18n/config";
import { loadMessages } from "@/lib/i18n/messages";
import { collectionLabel, fieldLabel, lookupIn } from "./format";
import { escapeMarkdown, planMarkdown } from "./markdown";
import { fullPlan } from "./test-plans";
import { planViews, valueKey } from "./views";

const en = lookupIn(loadMessages("en"));
const zh = lookupIn(loadMessages("zh-CN"));

describe("escapeMarkdown", () => {
  it("keeps a plan's words from becoming formatting", () => {
    expect(escapeMarkdown("ARR > 1M *soon* [link](x) a|b")).toBe("ARR \\> 1M \\*soon\\* \\[link\\](x) a\\|b");
    expect(escapeMarkdown("# not a heading\n- not a list\n1. nor this")).toBe("\\# not a heading\n\\- not a list\n\\1. nor this");
    expect(escapeMarkdown("合同审查 — 按条款标出风险")).toBe("合同审查 — 按条款标出风险");
  });
});

describe("planMarkdown", () => {
  const markdown = planMarkdown(fullPlan(), { t: en, locale: "en", subtitle: "Exported on 2026-11-20" });

  it("reads like the plan: sections, collections, items and filled fields, in words", () => {
    expect(markdown.startsWith("# ClinicNote AI\n\nAn ambient scribe for outpatient clinics.\n\n_Exported on 2026-11-20_\n")).toBe(true);
    expect(markdown).toContain("### Team members\n\n#### Mei Chen\n\n- **Title**: CEO");
    expect(markdown).toContain("- **Equity (%)**: 45");
    expect(markdown).toContain("- **Skill · Product**: 3");
    expect(markdown).not.toContain("- **Skill · Finance**: 0");
    expect(markdown).toContain("- **Category**: Model quality");
    expect(markdown).toContain("- **Owner**: Tom Berg");
    expect(markdown).toContain("#### California Consumer Privacy Act (CCPA)");
    expect(markdown).toContain("- **Depends on**: Pilot starts");
    expect(markdown).toContain("- **Uses a third-party model API**: Yes");
    expect(markdown).toContain("- **TAM**: 5,000,000,000");
    expect(markdown).toContain("- **Last reviewed**: 2026-11-01");
    expect(markdown).toContain("### Execution checklist\n\n- Hardware / cloud resources provisioned\n- Code repository\n");
    // Empty fields are left out rather than printed as blanks.
    expect(markdown).not.toContain("**Description**: —");
  });

  it("names a library case card by its title in the reader's language", () => {
    const doc = fullPlan();
    doc.risks.items[0].sourceCase = { library: LIBRARY[0].id };
    expect(planMarkdown(doc, { t: en, locale: "en", subtitle: "" })).toContain(`- **From case**: ${LIBRARY[0].title.en}`);
    expect(planMarkdown(doc, { t: zh, locale: "zh-CN", subtitle: "" })).toContain(`- **来源案例**: ${LIBRARY[0].title.zh}`);
  });

  it("keeps a multi-line text inside its bullet", () => {
    const doc = fullPlan();
    doc.risks.items[0].mitigation = "Doctor signs off\n- every note\n\nand audits weekly";
    const md = planMarkdown(doc, { t: en, locale: "en", subtitle: "" });
    expect(md).toContain("- **Mitigation**: Doctor signs off\n  \\- every note\n\n  and audits weekly");
  });

  it("says so when a section is empty, in Chinese too", () => {
    const doc = fullPlan();
    doc.compliance = { plan: null, items: [], profile: null, obligations: [] };
    const md = planMarkdown(doc, { t: zh, locale: "zh-CN", subtitle: "" });
    expect(md).toContain("## 合规\n\n_暂无内容。_");
    expect(md).toContain("## 团队\n\n### 所需角色");
  });
});

describe("labels of a full plan", () => {
  const views = planViews(fullPlan());

  for (const locale of LOCALES) {
    const t = lookupIn(loadMessages(locale));
    it(`exist in ${locale} for every collection, field, catalogue name and enumerated value`, () => {
      const missing: string[] = [];
      for (const view of views) {
        if (collectionLabel(view.section, view.collection, t) === view.collection) missing.push(`collection ${view.section}.${view.collection}`);
        for (const item of view.items) {
          if (item.label.key && t(item.label.key) === undefined) missing.push(`label ${item.label.key}`);
          for (const [field, value] of Object.entries(item.fields)) {
            if (fieldLabel(field, t) === field) missing.push(`field ${field}`);
            if (field.startsWith("skills.") && t(`team.areas.${field.slice(7)}`) === undefined) missing.push(`area ${field}`);
            const key = valueKey(view.section, view.collection, field);
            const values = Array.isArray(value) ? value : [value];
            for (const v of values) {
              if (key && v !== null && v !== "" && t(key.replace("{v}", String(v))) === undefined) missing.push(`value ${key} ${v}`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
