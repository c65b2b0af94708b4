import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { PasscodeForm } from "@/components/share/passcode-form";
import { SummaryView } from "@/components/share/summary-view";
import { resolveShareToken } from "@/lib/authz/share";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { readSummary } from "@/lib/investor-summary/model";
import { afterResponse } from "@/lib/email/later";
import { appOrigin } from "@/lib/http/origin";
import { noteShareView } from "@/lib/share/view-notice";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

// The investor's read-only surface: no session, no navigation into the project, no edit controls.
export default async function SharePage({ params, searchParams }: { params: Promise<{ token: string }>; searchParams: Promise<{ denied?: string }> }) {
  const [{ token }, { denied }] = await Promise.all([params, searchParams]);
  const access = await resolveShareToken(token);
  // A wrong passcode lands here with ?denied=1 and gets the same answer as a wrong token.
  if (access.status === "denied" || denied) notFound();
  const [t, locale] = await Promise.all([getTranslations("share"), getLocale()]);

  if (access.status === "passcode") {
    return (
      <ShareFrame>
        <div className="mx-auto max-w-sm rounded-lg border bg-white p-6">
          <h1 className="text-lg font-semibold">{t("passcodeTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("passcodeBody")}</p>
          <PasscodeForm action={`/share/${token}/unlock`} label={t("passcodeLabel")} submit={t("unlock")} />
        </div>
      </ShareFrame>
    );
  }

  const { capability } = access;
  const summary = (capability.frozenSummary === null ? null : readSummary(capability.frozenSummary)) ?? (await buildInvestorSummary(capability.projectId));
  // Counted after the page is sent: the investor never waits for the count or the first-view mail.
  const [now, origin] = [new Date(), await appOrigin()];
  await afterResponse(() => noteShareView(capability.linkId, now, origin));
  return (
    <ShareFrame
      actions={
        <a href={`/share/${token}/pdf?locale=${locale}`} className="rounded-md border bg-white px-3 py-1.5 text-sm hover:bg-slate-100" data-testid="share-pdf">
          {t("downloadPdf")}
        </a>
      }
    >
      <SummaryView summary={summary} locale={locale} frozen={capability.frozenSummary !== null} trackUrl={`/share/${token}/track`} />
    </ShareFrame>
  );
}

function ShareFrame({ children, actions }: { children: React.ReactNode; actions?: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <header className="no-print border-b bg-white">
        <div className="mx-auto flex h-14 max-w-4xl items-center gap-3 px-4">
          <span className="flex items-center gap-2 font-semibold">
            <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-white">L</span>
            Launchpad
          </span>
          <div className="ml-auto flex items-center gap-2">
            {actions}
            <LocaleSwitcher />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-4xl px-4 py-8">{children}</main>
    </div>
  );
}
