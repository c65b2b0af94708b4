import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { CURRENT } from "@/lib/snapshots/schema";

export type VersionOption = { id: string; title: string };

/** A plain GET form: works without JavaScript and gives the comparison a shareable address. */
export async function CompareForm({ projectId, versions }: { projectId: string; versions: VersionOption[] }) {
  const t = await getTranslations("history");
  const options = [{ id: CURRENT, title: t("current") }, ...versions];
  return (
    <Card>
      <CardTitle>{t("compare.title")}</CardTitle>
      <form action={`/projects/${projectId}/history/compare`} method="get" className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div className="space-y-1">
          <label htmlFor="compare-from" className="block text-sm font-medium text-slate-800">
            {t("compare.from")}
          </label>
          <Select id="compare-from" name="from" defaultValue={versions[0]?.id ?? CURRENT}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="compare-to" className="block text-sm font-medium text-slate-800">
            {t("compare.to")}
          </label>
          <Select id="compare-to" name="to" defaultValue={CURRENT}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </Select>
        </div>
        <button type="submit" className="inline-flex h-10 items-center justify-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-brand-500">
          {t("compare.submit")}
        </button>
      </form>
    </Card>
  );
}
