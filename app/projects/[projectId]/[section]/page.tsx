import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { isSection } from "@/lib/projects/sections";

// Sections that have no page of their own yet say so honestly.
export default async function ComingSoonSection({ params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  if (!isSection(section)) notFound();
  const t = await getTranslations("sections");
  return (
    <Card data-testid="coming-soon">
      <h1 className="text-xl font-semibold">{t(section)}</h1>
      <p className="mt-2 text-slate-600">{t("comingSoon")}</p>
    </Card>
  );
}
