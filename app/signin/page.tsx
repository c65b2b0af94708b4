import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/auth-forms";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; created?: string }> }) {
  if (await currentUser()) redirect("/projects");
  const [t, { next, created }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <h1 className="mb-6 text-2xl font-semibold">{t("signInTitle")}</h1>
        {created ? (
          <p role="status" className="mb-4 rounded-md border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900" data-testid="signup-done">
            {t("created")}
          </p>
        ) : null}
        <Card>
          <ClientMessages namespaces={["auth"]}>
            <SignInForm redirectTo={next} />
          </ClientMessages>
        </Card>
        <p className="mt-4 text-center text-xs text-slate-500">{t("demoHint")}</p>
      </main>
    </>
  );
}
