"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormError } from "@/components/ui/form-error";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { deleteRiskAction, markRiskReviewedAction, updateRiskAction } from "@/lib/risks/actions";
import type { RiskOwner, RiskRow as StoredRisk } from "@/lib/risks/data";
import { bandOf, isReviewOverdue, riskScore } from "@/lib/risks/model";
import { BAND_TONE } from "./band-style";
import { formatCalendarDate } from "@/lib/i18n/format";
import { RiskEditor, type RiskValues } from "./risk-editor";

type Props = { risk: StoredRisk; projectId: string; members: RiskOwner[]; canEdit: boolean; today: string; initiallyOpen: boolean };

function valuesOf(risk: StoredRisk): RiskValues {
  const { title, description, category, likelihood, impact, response, mitigation, contingency, status } = risk;
  return { title, description, category, likelihood, impact, response, mitigation, contingency, status, ownerMemberId: risk.ownerMemberId ?? "", nextReview: risk.nextReview ?? "" };
}

/**
 * One risk. A review changes the stored version and dates outside the row's autosave, so after a
 * review the row starts over from what the server returned (a fresh autosave at the new version).
 */
export function RiskRow(props: Props) {
  const [reviewed, setReviewed] = useState<StoredRisk | null>(null);
  const risk = reviewed ?? props.risk;
  return (
    <RiskRecord
      // Not the server's version: autosaves change it, and remounting would drop focus and drafts.
      key={reviewed ? `reviewed-${reviewed.version}` : "server"}
      {...props}
      risk={risk}
      justReviewed={reviewed !== null}
      initiallyOpen={props.initiallyOpen || reviewed !== null}
      onReviewed={(values, stamp) =>
        setReviewed({ ...risk, ...values, ownerMemberId: values.ownerMemberId || null, version: stamp.version, lastReviewed: stamp.lastReviewed, nextReview: stamp.nextReview })
      }
    />
  );
}

type Stamp = { version: number; lastReviewed: string; nextReview: string };

function RiskRecord({ risk, projectId, members, canEdit, today, initiallyOpen, justReviewed, onReviewed }: Props & { justReviewed: boolean; onReviewed: (values: RiskValues, stamp: Stamp) => void }) {
  const t = useTranslations("risks");
  const tCommon = useTranslations("common");
  const locale = useLocale();
  const format = useFormatter();
  const router = useRouter();
  const [open, setOpen] = useState(initiallyOpen);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ref = useRef<HTMLLIElement>(null);
  const autosave = useAutosave<RiskValues>({
    key: `risk:${risk.id}`,
    initial: valuesOf(risk),
    version: risk.version,
    disabled: !canEdit,
    save: (values, version) => updateRiskAction({ projectId, riskId: risk.id, version, ...values }),
    // The save answers with the row's new version only; the heat map and step counts follow in a
    // refresh, so "Saved" never waits for the whole register to render again.
  });
  const { values } = autosave;
  const score = riskScore(values.likelihood, values.impact);
  const band = bandOf(score);
  const overdue = isReviewOverdue(values.nextReview || null, values.status, today);
  const owner = members.find((m) => m.id === values.ownerMemberId);
  const settled = autosave.status === "idle" || autosave.status === "saved";
  const editorId = `risk-${risk.id}-editor`;

  useEffect(() => {
    if (initiallyOpen && !justReviewed) ref.current?.scrollIntoView({ block: "center" });
    // Only when the row first appears (e.g. just added).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const review = () =>
    startTransition(async () => {
      const result = await markRiskReviewedAction({ projectId, riskId: risk.id, version: autosave.version });
      if (!result.ok) return setErrorCode(result.code);
      setErrorCode(null);
      onReviewed(values, result.data);
    });

  const remove = () =>
    startTransition(async () => {
      const result = await deleteRiskAction({ projectId, riskId: risk.id });
      if (!result.ok) return setErrorCode(result.code);
      router.refresh();
    });

  return (
    <li
      ref={ref}
      id={`risk-${risk.id}`}
      data-testid="risk-row"
      data-risk-id={risk.id}
      data-overdue={overdue}
      className={cn("space-y-2 rounded-lg border bg-white p-3", overdue && "border-amber-400 bg-amber-50")}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <p className="font-medium break-words" data-testid="risk-title">
            {values.title || t("add.defaultTitle")}
          </p>
          <p className="text-xs text-slate-600">
            {t(`categories.${values.category}`)} · {t(`statuses.${values.status}`)} · {owner?.name ?? t("noOwner")}
            {risk.sourceCaseId ? (
              <>
                {" · "}
                <Link className="text-brand-700 underline" href={`/projects/${projectId}/cases/${encodeURIComponent(risk.sourceCaseId)}`}>
                  {t("fromCase")}
                </Link>
              </>
            ) : null}
          </p>
        </div>
        <Badge tone={BAND_TONE[band]} data-testid="risk-band" data-band={band} aria-label={t("scoreLabel", { score, band: t(`bands.${band}`) })}>
          {t("scoreBadge", { score, band: t(`bands.${band}`) })}
        </Badge>
      </div>
      <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
        {overdue ? (
          <span className="font-semibold text-amber-900" data-testid="risk-overdue">
            {t("list.overdue")} · {formatCalendarDate(values.nextReview, locale)}
          </span>
        ) : (
          <span data-testid="risk-next-review">{values.nextReview ? t("list.dueOn", { date: formatCalendarDate(values.nextReview, locale) }) : t("list.noReviewDate")}</span>
        )}
        <span data-testid="risk-last-reviewed">{risk.lastReviewed ? t("list.reviewedOn", { date: format.dateTime(new Date(risk.lastReviewed), { dateStyle: "medium" }) }) : t("list.neverReviewed")}</span>
      </p>
      {justReviewed ? (
        <p role="status" className="text-xs text-emerald-700" data-testid="review-done">
          {t("review.done", { date: formatCalendarDate(risk.nextReview, locale) })}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" aria-expanded={open} aria-controls={editorId} onClick={() => setOpen(!open)}>
          {open ? t("list.hide") : t("list.edit")}
        </Button>
        <Button variant="secondary" size="sm" disabled={!canEdit || !settled || pending} onClick={review} title={canEdit && !settled ? t("review.blocked") : undefined}>
          {t("review.button")}
        </Button>
      </div>
      <FormError code={errorCode} />
      <SaveStatus autosave={autosave} labels={{ title: t("fields.title"), likelihood: t("fields.likelihood"), impact: t("fields.impact"), mitigation: t("fields.mitigation"), contingency: t("fields.contingency"), description: t("fields.description") }} />
      {open ? (
        <div id={editorId} className="space-y-3 border-t pt-3">
          <RiskEditor idPrefix={`risk-${risk.id}`} autosave={autosave} members={members} disabled={!canEdit} projectId={projectId} />
          {canEdit ? (
            <div className="flex flex-wrap items-center gap-2">
              {confirmingDelete ? (
                <>
                  <span className="text-sm text-slate-700">{t("list.confirmDelete")}</span>
                  <Button variant="danger" size="sm" disabled={pending} onClick={remove}>
                    {t("list.confirmDeleteYes")}
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => setConfirmingDelete(false)}>
                    {tCommon("cancel")}
                  </Button>
                </>
              ) : (
                <Button variant="ghost" size="sm" onClick={() => setConfirmingDelete(true)}>
                  {t("list.delete")}
                </Button>
              )}
            </div>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
