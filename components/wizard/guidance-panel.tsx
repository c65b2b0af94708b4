import { getTranslations } from "next-intl/server";

type Guidance = {
  why: string;
  good: string | string[];
  mistakes: string | string[];
  /** e.g. "Docs 000, 003" — where the advice comes from. */
  sources?: string;
  /** True when the advice is Launchpad's own, not from the source documents. */
  own?: boolean;
  /** Heading when a step shows more than one panel (defaults to "Guidance"). */
  title?: string;
};

function List({ items }: { items: string | string[] }) {
  const list = Array.isArray(items) ? items : [items];
  return (
    <ul className="list-disc space-y-1 pl-4">
      {list.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** Per-step guidance: why the step matters, what good looks like, common mistakes. */
export async function GuidancePanel({ why, good, mistakes, sources, own, title }: Guidance) {
  const t = await getTranslations("wizard");
  const tCommon = await getTranslations("common");
  return (
    <aside aria-label={title ?? t("guidance")} data-testid="guidance-panel" className="space-y-3 rounded-lg border bg-brand-50/50 p-4 text-sm text-slate-700">
      <h2 className="font-semibold text-slate-900">{title ?? t("guidance")}</h2>
      <section>
        <h3 className="font-medium text-slate-900">{t("whyItMatters")}</h3>
        <p>{why}</p>
      </section>
      <section>
        <h3 className="font-medium text-slate-900">{t("whatGoodLooksLike")}</h3>
        <List items={good} />
      </section>
      <section>
        <h3 className="font-medium text-slate-900">{t("commonMistakes")}</h3>
        <List items={mistakes} />
      </section>
      {own || sources ? (
        <p className="text-xs text-slate-600">
          {own ? tCommon("launchpadGuidance") : null}
          {own && sources ? " · " : null}
          {sources ? `${tCommon("sourceDocs")}: ${sources}` : null}
        </p>
      ) : null}
    </aside>
  );
}
