import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AppliedLessonRow } from "@/lib/cases/data";
import { appliedHref } from "@/lib/cases/model";

/** What the team already took from this card, with links to where it lives now. */
export async function AppliedLessons({ projectId, applied }: { projectId: string; applied: AppliedLessonRow[] }) {
  const [t, format] = await Promise.all([getTranslations("cases"), getFormatter()]);
  return (
    <section aria-labelledby="applied-title" className="space-y-2" data-testid="applied-lessons">
      <h2 id="applied-title" className="text-lg font-semibold">
        {t("applied.title")}
      </h2>
      {applied.length === 0 ? (
        <p className="text-sm text-slate-600">{t("applied.none")}</p>
      ) : (
        <ul className="divide-y rounded-lg border bg-white">
          {applied.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 p-3 text-sm" data-testid="applied-lesson">
              <span className="font-medium text-slate-600">{t(`applied.${item.target}`)}</span>
              <span className="min-w-0 flex-1 break-words">{item.text}</span>
              <span className="text-xs text-slate-500">{format.dateTime(item.createdAt, { dateStyle: "medium" })}</span>
              <Link className="text-brand-700 underline" href={appliedHref(projectId, item.target, item.targetId)}>
                {t("applied.open")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
