import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { currentUser } from "@/lib/auth/session";

export default async function HomePage() {
  if (await currentUser()) redirect("/projects");
  const t = await getTranslations("home");
  const features = ["team", "model", "risks", "cases", "readiness", "share"] as const;
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-5xl px-4 py-16">
        <h1 className="text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">{t("title")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-600">{t("subtitle")}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/signup" className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
            {t("ctaStart")}
          </Link>
          <Link href="/signin" className="rounded-md border bg-white px-5 py-2.5 font-medium text-slate-800 hover:bg-slate-100">
            {t("ctaDemo")}
          </Link>
        </div>
        <ul className="mt-14 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {features.map((f) => (
            <li key={f} className="rounded-lg border bg-white p-5">
              <h2 className="font-semibold">{t(`features.${f}.title`)}</h2>
              <p className="mt-1 text-sm text-slate-600">{t(`features.${f}.body`)}</p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
