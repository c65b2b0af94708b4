import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignUpForm } from "@/components/auth/auth-forms";
import { ClientMessages } from "@/components/layout/client-messages";
import { SiteHeader } from "@/components/layout/site-header";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentUser()) redirect("/projects");
  const [t, { next }] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-md px-4 py-12">
        <h1 className="mb-6 text-2xl font-semibold">{t("signUpTitle")}</h1>
        <Card>
          <ClientMessages namespaces={["auth"]}>
            <SignUpForm redirectTo={next} />
          </ClientMessages>
        </Card>
      </main>
    </>
  );
}
