"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RoutedServing } from "@/lib/ai-pricing/serving";
import type { Formatters } from "./format";

/**
 * Says which serving cost the unit economics and the forecast use for a revenue model: the routing
 * mix of the AI cost plan when a feature serves the model, else the blended prices of this form.
 */
export function ServingSource({ projectId, routed, f }: { projectId: string; routed: RoutedServing | undefined; f: Formatters }) {
  const t = useTranslations("businessModel.economics.servingSource");
  const href = `/projects/${projectId}/platform?step=routing`;
  if (!routed) {
    return (
      <p className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-700" data-testid="serving-source" data-source="blended">
        {t("blended")}{" "}
        <Link className="text-brand-700 underline" href={href}>
          {t("linkRouting")}
        </Link>
      </p>
    );
  }
  const features = routed.features.map((x) => x.name).join(t("separator"));
  return (
    <p className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm text-slate-800" data-testid="serving-source" data-source="routing">
      {routed.perUnit === null ? t("routingUnknown", { features }) : t("routing", { cost: f.money(routed.perUnit), features })}{" "}
      <Link className="text-brand-700 underline" href={href}>
        {t("editRouting")}
      </Link>
    </p>
  );
}
