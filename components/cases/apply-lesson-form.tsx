"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, invalidProps } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { applyLessonAction } from "@/lib/cases/actions";
import { appliedHref } from "@/lib/cases/model";
import { CASE_LIMITS } from "@/lib/cases/schema";
import { CASE_RISK_CATEGORIES, type CaseRiskCategory } from "@/lib/cases/tags";
import { CANVAS_BLOCKS, type CanvasBlock } from "@/lib/plan/facts";
import type { ScoreChange } from "@/lib/readiness/model";

type Target = "risk" | "canvasNote";
type Item = { key: string; text: string; category: CaseRiskCategory | null; label: string };

const SCALE = [1, 2, 3, 4, 5] as const;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Turns one of the card's risks or lessons into a risk or a canvas note, linked back to the card. */
export function ApplyLessonForm({
  projectId,
  caseId,
  risks,
  lessons,
  owners,
  disabled,
}: {
  projectId: string;
  caseId: string;
  risks: { text: string; category: CaseRiskCategory | null }[];
  lessons: string[];
  /** The plan's team members; a risk needs an owner. */
  owners: { id: string; name: string }[];
  disabled: boolean;
}) {
  const t = useTranslations("cases");
  const tReadiness = useTranslations("readiness");
  const router = useRouter();
  const items: Item[] = [
    ...risks.map((risk, i) => ({ key: `risk:${i}`, text: risk.text, category: risk.category, label: t("apply.riskOption", { text: risk.text }) })),
    ...lessons.map((lesson, i) => ({ key: `lesson:${i}`, text: lesson, category: null, label: t("apply.lessonOption", { text: lesson }) })),
  ];
  const first = items[0];
  const [target, setTarget] = useState<Target>("risk");
  const [from, setFrom] = useState(first?.key ?? "own");
  const [text, setText] = useState(first ? clip(first.text, CASE_LIMITS.riskTitle) : "");
  const [category, setCategory] = useState<CaseRiskCategory>(first?.category ?? "strategy");
  const [likelihood, setLikelihood] = useState(3);
  const [impact, setImpact] = useState(3);
  const [mitigation, setMitigation] = useState("");
  const [ownerMemberId, setOwnerMemberId] = useState("");
  const [nextReview, setNextReview] = useState("");
  const [block, setBlock] = useState<CanvasBlock>("keyActivities");
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [done, setDone] = useState<{ target: Target; targetId: string; readiness: ScoreChange } | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = failure?.fieldErrors;
  const limit = target === "risk" ? CASE_LIMITS.riskTitle : CASE_LIMITS.noteText;

  const choose = (key: string, nextTarget: Target = target) => {
    setFrom(key);
    const item = items.find((i) => i.key === key);
    if (!item) return;
    setText(clip(item.text, nextTarget === "risk" ? CASE_LIMITS.riskTitle : CASE_LIMITS.noteText));
    if (item.category) setCategory(item.category);
  };

  return (
    <Card>
      <form
        className="space-y-3"
        noValidate
        data-testid="apply-lesson"
        onSubmit={(e) => {
          e.preventDefault();
          setDone(null);
          startTransition(async () => {
            const input =
              target === "risk"
                ? { projectId, caseId, target, text, category, likelihood, impact, mitigation, ownerMemberId, nextReview }
                : { projectId, caseId, target, text, block };
            const result = await applyLessonAction(input);
            if (!result.ok) return setFailure(result);
            setFailure(null);
            setDone(result.data);
            router.refresh();
          });
        }}
      >
        <CardTitle>{t("apply.title")}</CardTitle>
        <p className="text-sm text-slate-600">{t("apply.intro")}</p>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t("apply.as")}</legend>
          {(["risk", "canvasNote"] as const).map((option) => (
            <label key={option} className="mr-4 inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="apply-target"
                value={option}
                checked={target === option}
                disabled={disabled}
                onChange={() => {
                  setTarget(option);
                  choose(from, option);
                }}
              />
              {option === "risk" ? t("apply.asRisk") : t("apply.asNote")}
            </label>
          ))}
        </fieldset>
        <Field id="apply-from" label={t("apply.startFrom")}>
          <Select id="apply-from" value={from} disabled={disabled} onChange={(e) => choose(e.target.value)}>
            {items.map((item) => (
              <option key={item.key} value={item.key}>
                {clip(item.label, 90)}
              </option>
            ))}
            <option value="own">{t("apply.own")}</option>
          </Select>
        </Field>
        <Field id="apply-text" label={target === "risk" ? t("apply.riskTitle") : t("apply.noteText")} error={errors?.text}>
          {target === "risk" ? (
            <Input id="apply-text" value={text} maxLength={limit} disabled={disabled} onChange={(e) => setText(e.target.value)} {...invalidProps("apply-text", errors?.text)} />
          ) : (
            <Textarea id="apply-text" rows={3} value={text} maxLength={limit} disabled={disabled} onChange={(e) => setText(e.target.value)} {...invalidProps("apply-text", errors?.text)} />
          )}
        </Field>
        {target === "risk" ? (
          <>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field id="apply-category" label={t("apply.category")} error={errors?.category}>
                <Select id="apply-category" value={category} disabled={disabled} onChange={(e) => setCategory(e.target.value as CaseRiskCategory)}>
                  {CASE_RISK_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {t(`tags.riskCategory.${c}`)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="apply-likelihood" label={t("apply.likelihood")} error={errors?.likelihood}>
                <Select id="apply-likelihood" value={likelihood} disabled={disabled} onChange={(e) => setLikelihood(Number(e.target.value))}>
                  {SCALE.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="apply-impact" label={t("apply.impact")} error={errors?.impact}>
                <Select id="apply-impact" value={impact} disabled={disabled} onChange={(e) => setImpact(Number(e.target.value))}>
                  {SCALE.map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field id="apply-owner" label={t("apply.owner")} error={errors?.ownerMemberId} hint={owners.length === 0 ? t("apply.noOwners") : undefined}>
                <Select id="apply-owner" value={ownerMemberId} disabled={disabled} onChange={(e) => setOwnerMemberId(e.target.value)} {...invalidProps("apply-owner", errors?.ownerMemberId)}>
                  <option value="">{t("apply.chooseOwner")}</option>
                  {owners.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.name}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id="apply-review" label={t("apply.nextReview")} error={errors?.nextReview}>
                <Input id="apply-review" type="date" value={nextReview} disabled={disabled} onChange={(e) => setNextReview(e.target.value)} {...invalidProps("apply-review", errors?.nextReview)} />
              </Field>
            </div>
            <Field id="apply-mitigation" label={t("apply.mitigation")} error={errors?.mitigation}>
              <Textarea id="apply-mitigation" rows={2} value={mitigation} maxLength={CASE_LIMITS.riskText} disabled={disabled} onChange={(e) => setMitigation(e.target.value)} {...invalidProps("apply-mitigation", errors?.mitigation)} />
            </Field>
          </>
        ) : (
          <Field id="apply-block" label={t("apply.block")} error={errors?.block}>
            <Select id="apply-block" value={block} disabled={disabled} onChange={(e) => setBlock(e.target.value as CanvasBlock)}>
              {CANVAS_BLOCKS.map((b) => (
                <option key={b} value={b}>
                  {t(`blocks.${b}`)}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <FormError code={failure && failure.code !== "validation" ? failure.code : null} />
        {done ? (
          <p role="status" className="text-sm text-emerald-700" data-testid="apply-done">
            {done.target === "risk" ? t("apply.doneRisk") : t("apply.doneNote")}{" "}
            <Link className="underline" href={appliedHref(projectId, done.target, done.targetId)}>
              {done.target === "risk" ? t("apply.openRegister") : t("apply.openCanvas")}
            </Link>{" "}
            <span data-testid="apply-readiness">{t("apply.readiness", { from: done.readiness.from, to: done.readiness.to })}</span>
          </p>
        ) : null}
        {done && done.readiness.to < done.readiness.from ? (
          <div role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="apply-score-dropped">
            <p className="font-medium">{t("apply.scoreDropped", { from: done.readiness.from, to: done.readiness.to })}</p>
            <ul className="mt-1 list-disc pl-5">
              {done.readiness.dropped.map((d) => (
                <li key={d.id}>
                  {d.id} {tReadiness(`criteria.${d.id}.title`)}: {tReadiness(`reasons.${d.reasonKey}`, d.values)}
                </li>
              ))}
              {done.readiness.newInconsistencies.map((id) => (
                <li key={id}>
                  {tReadiness("consistency.title")}: {tReadiness(`consistency.short.${id}`)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {/* Shown disabled (not hidden) to read-only roles; the server refuses their writes anyway. */}
        <Button type="submit" size="sm" disabled={pending || disabled}>
          {t("apply.submit")}
        </Button>
      </form>
    </Card>
  );
}
