"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { RowCard } from "@/components/ui/row-card";
import { Field, invalidProps } from "@/components/ui/field";
import { MoneyInput } from "@/components/ui/money-input";
import { Input, Select } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addRoundAction, deleteRoundAction, saveRoundAction } from "@/lib/funding/actions";
import type { RoundRecord } from "@/lib/funding/data";
import { FUNDING_STAGES, INSTRUMENTS, ROUND_STATUSES, sumAmounts, type FundingStage, type Instrument, type RoundStatus } from "@/lib/funding/model";
import { formatMoney } from "@/lib/i18n/format";
import { ActionButton } from "@/components/wizard/action-button";
import { RunwayCard, type RunwaySource } from "./runway-card";

type RoundForm = { stage: FundingStage; amount: string; instrument: Instrument; targetDate: string; status: RoundStatus; notes: string };

export function RoundsStep({ projectId, rounds, canEdit, currency, runway }: { projectId: string; rounds: RoundRecord[]; canEdit: boolean; currency: string; runway: RunwaySource }) {
  const t = useTranslations("funding.rounds");
  const locale = useLocale();
  // Live amounts while typing, so the total follows the inputs before the server confirms.
  const [live, setLive] = useState<Record<string, { amount: number; status: RoundStatus }>>({});
  const current = rounds.map((r) => live[r.id] ?? r);
  const total = sumAmounts(current.filter((r) => r.status !== "abandoned"));
  return (
    <div className="space-y-4">
      {rounds.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ol className="space-y-3" data-testid="funding-rounds">
        {rounds.map((round, index) => (
          <li key={round.id}>
            <RoundRow projectId={projectId} round={round} n={index + 1} canEdit={canEdit} currency={currency} onChange={(v) => setLive((all) => ({ ...all, [round.id]: v }))} />
          </li>
        ))}
      </ol>
      {rounds.length > 0 ? (
        <p className="text-sm font-medium" data-testid="rounds-total">
          {t("total", { amount: formatMoney(total, locale, currency) })}
        </p>
      ) : null}
      <ActionButton run={() => addRoundAction({ projectId })} disabled={!canEdit}>
        {t("add")}
      </ActionButton>
      <RunwayCard source={runway} currency={currency} />
    </div>
  );
}

function RoundRow({ projectId, round, n, canEdit, currency, onChange }: { projectId: string; round: RoundRecord; n: number; canEdit: boolean; currency: string; onChange: (v: { amount: number; status: RoundStatus }) => void }) {
  const t = useTranslations("funding");
  const key = `funding-round:${round.id}`;
  const router = useRouter();
  const autosave = useAutosave<RoundForm>({
    key,
    initial: { stage: round.stage, amount: String(round.amount), instrument: round.instrument, targetDate: round.targetDate ?? "", status: round.status, notes: round.notes },
    version: round.version,
    disabled: !canEdit,
    // The runway with the planned rounds follows each acknowledged save.
    onSaved: () => router.refresh(),
    save: (values, version) => saveRoundAction({ projectId, id: round.id, version, ...values }),
  });
  const { amount, status } = autosave.values;
  useEffect(() => {
    const value = Number(amount);
    onChange({ amount: Number.isFinite(value) ? value : 0, status });
    // onChange is a new function on every render of the parent; the values are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [amount, status]);
  const id = (field: string) => `round-${round.id}-${field}`;
  const err = autosave.fieldErrors;
  const disabled = !canEdit;
  return (
    <RowCard name={`${t(`stages.${autosave.values.stage}`)} ${autosave.values.targetDate ?? ""}`} className="space-y-3" data-testid="funding-round">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium">{t("rounds.label", { n })}</h3>
        <ActionButton variant="ghost" run={() => deleteRoundAction({ projectId, id: round.id })} draftKey={key} disabled={disabled} aria-label={`${t("rounds.delete")} ${n}`}>
          {t("rounds.delete")}
        </ActionButton>
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <Field id={id("stage")} label={t("rounds.stage")} error={err.stage}>
          <Select id={id("stage")} value={autosave.values.stage} disabled={disabled} onChange={(e) => autosave.set({ stage: e.target.value as FundingStage })} {...invalidProps(id("stage"), err.stage)}>
            {FUNDING_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("amount")} label={t("rounds.amount")} error={err.amount}>
          <MoneyInput id={id("amount")} currency={currency} value={amount} disabled={disabled} onChange={(v) => autosave.set({ amount: v })} {...invalidProps(id("amount"), err.amount)} />
        </Field>
        <Field id={id("instrument")} label={t("rounds.instrument")} error={err.instrument}>
          <Select id={id("instrument")} value={autosave.values.instrument} disabled={disabled} onChange={(e) => autosave.set({ instrument: e.target.value as Instrument })} {...invalidProps(id("instrument"), err.instrument)}>
            {INSTRUMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`instruments.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("targetDate")} label={t("rounds.targetDate")} error={err.targetDate}>
          <Input id={id("targetDate")} type="date" value={autosave.values.targetDate} disabled={disabled} onChange={(e) => autosave.set({ targetDate: e.target.value })} {...invalidProps(id("targetDate"), err.targetDate)} />
        </Field>
        <Field id={id("status")} label={t("rounds.status")} error={err.status}>
          <Select id={id("status")} value={status} disabled={disabled} onChange={(e) => autosave.set({ status: e.target.value as RoundStatus })} {...invalidProps(id("status"), err.status)}>
            {ROUND_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`roundStatuses.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("notes")} label={t("rounds.notes")} error={err.notes}>
          <Input id={id("notes")} value={autosave.values.notes} disabled={disabled} onChange={(e) => autosave.set({ notes: e.target.value })} {...invalidProps(id("notes"), err.notes)} />
        </Field>
      </div>
      <SaveStatus autosave={autosave} labels={{ stage: t("rounds.stage"), amount: t("rounds.amount"), instrument: t("rounds.instrument"), targetDate: t("rounds.targetDate"), status: t("rounds.status"), notes: t("rounds.notes") }} />
    </RowCard>
  );
}
