import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ShareLinkCreator, ShareLinkEditor, RevokeLinkButton } from "@/components/share/share-links-manager";
import { ShareViewersTable } from "@/components/share/share-viewers-table";
import { SummaryView } from "@/components/share/summary-view";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { loadProjectAccess } from "@/lib/authz/gate";
import { can } from "@/lib/authz/permissions";
import { buildInvestorSummary } from "@/lib/investor-summary/data";
import { listShareLinks } from "@/lib/share/data";
import { openText } from "@/lib/email/seal";
import { appOrigin } from "@/lib/http/origin";
import { getProject } from "@/lib/projects/data";
import { linkState, passcodeFailureNotice } from "@/lib/share/model";
import { isoDateIn } from "@/lib/time/zone";

export default async function SharingPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  const access = await loadProjectAccess(projectId);
  const manage = can(access.role, "share.manage");
  const [t, format, locale, links, summary] = await Promise.all([
    getTranslations("share"),
    getFormatter(),
    getLocale(),
    manage ? listShareLinks(access.projectId) : Promise.resolve([]),
    buildInvestorSummary(access.projectId),
  ]);
  const [tSections, origin, project] = await Promise.all([getTranslations("share.summary.sections"), appOrigin(), getProject(access.projectId)]);
  // Owners only (the list is empty for everyone else): the sealed token becomes the link again.
  const urlOf = (sealed: string | null) => {
    const token = sealed ? openText(sealed, "share-token") : null;
    return token ? `${origin}/share/${token}` : null;
  };
  const now = new Date();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </div>

      {manage ? (
        <>
          <ClientMessages namespaces={["share"]}>
            <ShareLinkCreator projectId={access.projectId} />
          </ClientMessages>
          <Card>
            <CardTitle>{t("links")}</CardTitle>
            {links.length === 0 ? (
              <p className="mt-2 text-sm text-slate-600">{t("noLinks")}</p>
            ) : (
              <ul className="mt-3 divide-y" data-testid="share-links">
                {links.map((link) => {
                  const state = linkState(link, now);
                  const opens = Object.entries((link.sectionOpens ?? {}) as Record<string, number>);
                  const failures = state === "active" ? passcodeFailureNotice(link, now) : null;
                  return (
                    <li key={link.id} className="flex flex-wrap items-start gap-3 py-3" data-testid="share-link" data-state={state}>
                      <div className="min-w-0 flex-1 space-y-1 text-sm">
                        <p className="flex flex-wrap items-center gap-2 font-medium">
                          {link.label || t("untitledLink")}
                          <Badge tone={state === "active" ? "good" : "bad"}>{t(`state.${state}`)}</Badge>
                          <Badge tone="info">{link.mode === "LIVE" ? t("live") : t("snapshot")}</Badge>
                          {link.passcodeHash ? <Badge>{t("passcodeProtected")}</Badge> : null}
                          {link.requireEmail ? <Badge>{t("emailRequired")}</Badge> : null}
                        </p>
                        <p className="text-xs text-slate-500">
                          {t("createdAt", { date: date(link.createdAt) })} · {link.expiresAt ? t("expires", { date: date(link.expiresAt) }) : t("noExpiry")}
                        </p>
                        <p className="text-xs text-slate-700" data-testid="share-link-views">
                          {t("views", { count: link.viewCount })}
                          {link.firstViewedAt ? ` · ${t("firstViewed", { date: date(link.firstViewedAt) })}` : ""}
                          {link.lastViewedAt ? ` · ${t("lastViewed", { date: date(link.lastViewedAt) })}` : ""}
                        </p>
                        <p className="text-xs text-slate-700" data-testid="share-link-sections">
                          {t("sectionsOpened")}:{" "}
                          {opens.length ? opens.map(([section, count]) => `${tSections.has(section) ? tSections(section as "team") : section} (${count})`).join(", ") : t("noSectionsOpened")}
                        </p>
                        {link.requireEmail ? <ShareViewersTable viewers={link.viewers} /> : null}
                        {failures ? (
                          <p role="status" className="rounded-md border border-amber-200 bg-amber-50 p-2 text-xs text-amber-900" data-testid="share-link-passcode-failures">
                            {t("passcodeFailures", { count: failures.count, date: date(failures.last) })}
                          </p>
                        ) : null}
                      </div>
                      {state === "active" ? (
                        <ClientMessages namespaces={["share"]}>
                          <RevokeLinkButton projectId={access.projectId} linkId={link.id} />
                        </ClientMessages>
                      ) : null}
                      {state !== "revoked" ? (
                        <ClientMessages namespaces={["share"]}>
                          <ShareLinkEditor
                            projectId={access.projectId}
                            linkId={link.id}
                            url={urlOf(link.sealedToken)}
                            label={link.label}
                            requireEmail={link.requireEmail}
                            expiresOn={link.expiresAt ? isoDateIn(link.expiresAt, project.timeZone) : ""}
                          />
                        </ClientMessages>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
        </>
      ) : (
        <p role="note" className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="share-owners-only">
          {t("ownersOnly")}
        </p>
      )}

      <section className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("preview")}</h2>
          <a href={`/projects/${access.projectId}/sharing/pdf?locale=${locale}`} className="rounded-md border bg-white px-3 py-1.5 text-sm hover:bg-slate-100" data-testid="preview-pdf">
            {t("downloadPdf")}
          </a>
        </div>
        <p className="text-xs text-slate-500">{t("printHint")}</p>
        <SummaryView summary={summary} locale={locale} frozen={false} />
      </section>
    </div>
  );
}
