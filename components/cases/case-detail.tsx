import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CaseView } from "@/lib/cases/model";
import { CaseTagList } from "./case-tags";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="space-y-1">
      <h2 className="font-semibold text-slate-900">{title}</h2>
      {children}
    </section>
  );
}

/** A whole card, read-only: the same layout for library cards and the team's own cases. */
export async function CaseDetail({ view }: { view: CaseView }) {
  const t = await getTranslations("cases");
  const text = (value: string) =>
    value ? <p className="whitespace-pre-wrap text-sm text-slate-700">{value}</p> : <p className="text-sm text-slate-400">{t("card.empty")}</p>;
  const list = (items: string[]) =>
    items.length > 0 ? (
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    ) : (
      <p className="text-sm text-slate-400">{t("card.empty")}</p>
    );
  return (
    <Card className="space-y-5" data-testid="case-detail">
      {view.corrections.length > 0 ? (
        <aside role="note" aria-labelledby="corrections-title" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="case-corrections">
          <h2 id="corrections-title" className="font-semibold">
            {t("card.corrections")}
          </h2>
          <p className="mt-1">{t("card.correctionsIntro")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {view.corrections.map((correction, i) => (
              <li key={i}>{correction}</li>
            ))}
          </ul>
        </aside>
      ) : null}
      <Section title={t("card.context")}>{text(view.context)}</Section>
      <Section title={t("card.approach")}>{text(view.approach)}</Section>
      <Section title={t("card.businessModel")}>{text(view.businessModel)}</Section>
      <Section title={t("card.whatHappened")}>{text(view.whatHappened)}</Section>
      <Section title={t("card.risks")}>{list(view.risks.map((risk) => risk.text))}</Section>
      <Section title={t("card.lessons")}>{list(view.lessons)}</Section>
      <Section title={t("card.tags")}>
        <CaseTagList tags={view.tags} />
      </Section>
      <Section title={t("card.source")}>
        <p className="text-sm text-slate-700" data-testid="case-source-quality">
          {t("card.sourceQualityLine", { label: t(`sourceQuality.${view.sourceQuality}`) })}
        </p>
        {view.sourceDocs.length > 0 ? (
          <p className="text-sm text-slate-600">{t("card.sourceDocs", { docs: view.sourceDocs.map((doc) => t(`sourceDocs.${doc}`)).join("; ") })}</p>
        ) : null}
        {view.sourceNote ? <p className="whitespace-pre-wrap text-sm text-slate-600">{view.sourceNote}</p> : null}
      </Section>
    </Card>
  );
}
