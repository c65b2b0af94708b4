"use client";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Card } from "@/components/ui/card";
import { RowCard } from "@/components/ui/row-card";
import { Field, invalidProps } from "@/components/ui/field";
import { MoneyInput } from "@/components/ui/money-input";
import { Input, Select } from "@/components/ui/input";
import { SaveStatus } from "@/components/wizard/save-status";
import { useAutosave } from "@/components/wizard/use-autosave";
import { addUseAction, deleteUseAction, saveUseAction } from "@/lib/funding/actions";
import type { UseRecord } from "@/lib/funding/data";
import { checkUseOfFunds, USE_CATEGORIES, type UseCategory } from "@/lib/funding/model";
import { formatMoney } from "@/lib/i18n/format";
import { ActionButton } from "@/components/wizard/action-button";

type UseForm = { category: UseCategory; amount: string; note: string };

export function UsesStep({ projectId, uses, needAmount, canEdit, currency }: { projectId: string; uses: UseRecord[]; needAmount: number | null; canEdit: boolean; currency: string }) {
  const t = useTranslations("funding.uses");
  const locale = useLocale();
  const [live, setLive] = useState<Record<string, number>>({});
  const check = checkUseOfFunds(uses.map((u) => ({ amount: live[u.id] ?? u.amount })), needAmount);
  const money = (n: number) => formatMoney(n, locale, currency);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("firstPriority")}</p>
      {uses.length === 0 ? <p className="text-sm text-slate-600">{t("empty")}</p> : null}
      <ul className="space-y-3" data-testid="funding-uses">
        {uses.map((use) => (
          <li key={use.id}>
            <UseRow projectId={projectId} use={use} canEdit={canEdit} currency={currency} onAmount={(amount) => setLive((all) => ({ ...all, [use.id]: amount }))} />
          </li>
        ))}
      </ul>
      <ActionButton run={() => addUseAction({ projectId })} disabled={!canEdit}>
        {t("add")}
      </ActionButton>
      <Card className="bg-slate-50" data-testid="uses-check" data-state={check.state}>
        <dl className="grid gap-3 text-sm sm:grid-cols-3">
          <div>
            <dt className="text-slate-600">{t("total")}</dt>
            <dd className="font-semibold" data-testid="uses-total">{money(check.total)}</dd>
          </div>
          {check.state !== "noNeed" ? (
            <>
              <div>
                <dt className="text-slate-600">{t("ask")}</dt>
                <dd className="font-semibold">{money(check.need)}</dd>
              </div>
              <div>
                <dt className="text-slate-600">{t("difference")}</dt>
                <dd className={check.state === "matches" ? "font-semibold text-emerald-700" : "font-semibold text-amber-800"} data-testid="uses-difference">
                  {money(check.difference)}
                </dd>
              </div>
            </>
          ) : null}
        </dl>
        <p className="mt-2 text-sm" role="status">
          {check.state === "noNeed" || check.state === "matches" ? t(check.state) : t(check.state, { amount: money(Math.abs(check.difference)) })}
        </p>
      </Card>
    </div>
  );
}

function UseRow({ projectId, use, canEdit, currency, onAmount }: { projectId: string; use: UseRecord; canEdit: boolean; currency: string; onAmount: (amount: number) => void }) {
  const t = useTranslations("funding.uses");
  const key = `funds-use:${use.id}`;
  const autosave = useAutosave<UseForm>({
    key,
    initial: { category: use.category, amount: String(use.amount), note: use.note },
    version: use.version,
    disabled: !canEdit,
    save: (values, version) => saveUseAction({ projectId, id: use.id, version, ...values }),
  });
  const { amount } = autosave.values;
  useEffect(() => {
    const value = Number(amount);
    onAmount(Number.isFinite(value) && value > 0 ? value : 0);
    // onAmount changes identity on every parent render; only the amount matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [amount]);
  const id = (field: string) => `use-${use.id}-${field}`;
  const err = autosave.fieldErrors;
  const disabled = !canEdit;
  const category = t(`categories.${autosave.values.category}`);
  return (
    <RowCard name={`${category}: ${autosave.values.note}`} className="space-y-3" data-testid="funds-use">
      <div className="grid gap-3 sm:grid-cols-[12rem_10rem_1fr_auto] sm:items-end">
        <Field id={id("category")} label={t("category")} error={err.category}>
          <Select id={id("category")} value={autosave.values.category} disabled={disabled} onChange={(e) => autosave.set({ category: e.target.value as UseCategory })} {...invalidProps(id("category"), err.category)}>
            {USE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`categories.${c}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("amount")} label={t("amount")} error={err.amount}>
          <MoneyInput id={id("amount")} currency={currency} value={amount} disabled={disabled} onChange={(v) => autosave.set({ amount: v })} {...invalidProps(id("amount"), err.amount)} />
        </Field>
        <Field id={id("note")} label={t("note")} error={err.note}>
          <Input id={id("note")} value={autosave.values.note} disabled={disabled} onChange={(e) => autosave.set({ note: e.target.value })} {...invalidProps(id("note"), err.note)} />
        </Field>
        <ActionButton variant="ghost" run={() => deleteUseAction({ projectId, id: use.id })} draftKey={key} disabled={disabled} aria-label={`${t("delete")}: ${category}`}>
          {t("delete")}
        </ActionButton>
      </div>
      <SaveStatus autosave={autosave} labels={{ category: t("category"), amount: t("amount"), note: t("note") }} />
    </RowCard>
  );
}
