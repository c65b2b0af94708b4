import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatNumber } from "@/lib/i18n/format";
import type { Improvement } from "@/lib/readiness/model";
import { criterionHref } from "./links";

/** The improvements worth the most points, each with what it adds and where to make it. */
export async function NextActions({ improvements, projectId, locale }: { improvements: readonly Improvement[]; projectId: string; locale: string }) {
  const t = await getTranslations("readiness");
  const tSections = await getTranslations("sections");
  if (improvements.length === 0) return <p className="text-sm text-slate-600">{t("nextActionsEmpty")}</p>;
  return (
    <ol className="space-y-2" data-testid="next-actions">
      {improvements.map((i) => (
        <li key={i.id} data-testid={`next-action-${i.id}`} data-gain={i.gain} className="space-y-1 rounded-md border bg-white px-3 py-2">
          <p className="text-sm">
            <span className="font-mono text-xs text-slate-500">{i.id}</span> <span className="font-medium">{t(`criteria.${i.id}.title`)}</span>
          </p>
          <p className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm">
            <span className="font-semibold tabular-nums text-emerald-700">{t("gain", { gain: formatNumber(i.gain, locale, 2) })}</span>
            <Link href={criterionHref(projectId, i)} className="text-brand-700 underline-offset-4 hover:underline">
              {t("improve", { section: tSections(i.link.section) })}
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
