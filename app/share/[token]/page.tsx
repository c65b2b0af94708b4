import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LocaleSwitcher } from "@/components/layout/locale-switcher";
import { PasscodeForm } from "@/components/share/passcode-form";
import { ViewerEmailForm } from "@/components/share/viewer-email-form";
import { SummaryView } from "@/components/share/summary-view";
import { resolveShareToken } from "@/lib/authz/share";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { afterResponse } from "@/lib/email/later";
import { appOrigin } from "@/lib/http/origin";
import { isOwnTeam } from "@/lib/share/own-view";
import { noteShareView } from "@/lib/share/view-notice";
import { noteViewerView } from "@/lib/share/viewer-notice";

export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

// The investor's read-only surface: no session, no navigation into the project, no edit controls.
export default async function SharePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ denied?: string; passcode?: string; retry?: string; step?: string; email?: string; code?: string }>;
}) {
  const [{ token }, query] = await Promise.all([params, searchParams]);
  const access = await resolveShareToken(token);
  // An unknown, expired or revoked link gets the same answer as a wrong token (no oracle).
  if (access.status === "denied" || query.denied) notFound();
  const [t, locale] = await Promise.all([getTranslations("share"), getLocale()]);

  if (access.status === "passcode") {
    return (
      <ShareFrame>
        <div className="mx-auto max-w-sm rounded-lg border bg-white p-6">
          <h1 className="text-lg font-semibold">{t("passcodeTitle")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("passcodeBody")}</p>
          {query.passcode === "wrong" || query.passcode === "wait" ? (
            <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-800" data-testid="passcode-error">
              {query.passcode === "wrong" ? t("passcodeWrong") : t("passcodeWait", { seconds: retrySeconds(query.retry) })}
            </p>
          ) : null}
          <PasscodeForm action={`/share/${token}/unlock`} label={t("passcodeLabel")} submit={t("unlock")} />
        </div>
      </ShareFrame>
    );
  }

  if (access.status === "email") {
    // Step 1 asks for the address, step 2 for the code mailed to it (the code's cookie says which).
    const codeStep = query.step === "code";
    const error =
      query.email === "invalid" ? t("viewer.emailInvalid")
      : query.email === "wait" ? t("viewer.emailWait", { seconds: retrySeconds(query.retry) })
      : query.code === "wrong" ? t("viewer.codeWrong")
      : query.code === "wait" ? t("viewer.codeWait", { seconds: retrySeconds(query.retry) })
      : query.code === "expired" ? t("viewer.codeExpired")
      : null;
    return (
      <ShareFrame>
        <div className="mx-auto max-w-sm rounded-lg border bg-white p-6" data-testid="viewer-gate">
          <h1 className="text-lg font-semibold">{t("viewer.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{codeStep ? t("viewer.codeBody") : t("viewer.emailBody")}</p>
          {error ? (
            <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-800" data-testid="viewer-error">
              {error}
            </p>
          ) : null}
          {codeStep ? (
            <ViewerEmailForm action={`/share/${token}/verify`} name="code" label={t("viewer.codeLabel")} submit={t("viewer.verify")} again={{ href: `/share/${token}`, label: t("viewer.again") }} />
          ) : (
            <ViewerEmailForm action={`/share/${token}/email`} name="email" label={t("viewer.emailLabel")} submit={t("viewer.sendCode")} />
          )}
        </div>
      </ShareFrame>
    );
  }

  const { capability } = access;
  const summary = capability.frozenSummary ?? (await buildInvestorSummary(capability.projectId));
  // Counted after the page is sent: the investor never waits for the count or the first-view mail.
  // The plan's own team checking the link is not counted.
  if (!(await isOwnTeam(capability.projectId))) {
    const [now, origin] = [new Date(), await appOrigin()];
    await afterResponse(async () => {
      await noteShareView(capability.linkId, now, origin);
      if (capability.viewerId) await noteViewerView(capability.viewerId, now, origin);
    });
  }
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

/** The wait the unlock route asked for (display only; the route enforces it). */
function retrySeconds(value: string | undefined): number {
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds > 0 && seconds <= 24 * 60 * 60 ? seconds : 60;
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
