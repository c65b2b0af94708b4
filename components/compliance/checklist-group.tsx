"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ActionError } from "@/components/wizard/action-button";
import { Button } from "@/components/ui/button";
import { Field, invalidProps } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { ActionFailure } from "@/lib/actions/result";
import { addItemAction } from "@/lib/compliance/actions";
import type { ComplianceItemRecord } from "@/lib/compliance/data";
import { progress, TOPICS, type ComplianceMarket, type ComplianceTopic } from "@/lib/compliance/model";
import { ItemRow } from "./item-row";

/** The items of one market (or of one everyday-practice group), with the founders' own additions. */
export function ChecklistGroup({
  projectId,
  market,
  items,
  canEdit,
  heading,
  topics = TOPICS,
  notServedButton = false,
}: {
  projectId: string;
  market: ComplianceMarket;
  items: ComplianceItemRecord[];
  canEdit: boolean;
  heading: string;
  /** Topics a new item may have here (the IP step only adds IP items). */
  topics?: readonly ComplianceTopic[];
  notServedButton?: boolean;
}) {
  const t = useTranslations("compliance");
  const [markNotApplicable, setMarkNotApplicable] = useState(0);
  const { settled, total } = progress(items);
  return (
    <section className="space-y-3" aria-labelledby={`group-${market}-${topics.join("-")}`} data-testid={`group-${market}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`group-${market}-${topics.join("-")}`} className="text-base font-semibold">
          {heading}
        </h3>
        <span className="text-xs text-slate-600">{t("item.progress", { settled, total })}</span>
      </div>
      {notServedButton && items.length > 0 ? (
        <Button variant="link" size="sm" disabled={!canEdit} onClick={() => setMarkNotApplicable((n) => n + 1)}>
          {t("notServed")}
        </Button>
      ) : null}
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id}>
            <ItemRow projectId={projectId} item={item} canEdit={canEdit} markNotApplicable={markNotApplicable} />
          </li>
        ))}
      </ul>
      <AddItemForm projectId={projectId} market={market} topics={topics} canEdit={canEdit} heading={heading} />
    </section>
  );
}

function AddItemForm(props: { projectId: string; market: ComplianceMarket; topics: readonly ComplianceTopic[]; canEdit: boolean; heading: string }) {
  const { projectId, market, topics, canEdit, heading } = props;
  const t = useTranslations("compliance");
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [topic, setTopic] = useState<ComplianceTopic>(topics.includes("other") ? "other" : topics[0]);
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [pending, startTransition] = useTransition();
  const idPrefix = `add-${market}-${topics.join("-")}`;
  const titleError = failure?.fieldErrors?.title;
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3 rounded-lg border border-dashed bg-white p-3"
      aria-label={t("add.title")}
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await addItemAction({ projectId, market, topic, title });
          if (!result.ok) return setFailure(result);
          setFailure(null);
          setTitle("");
          router.refresh();
        });
      }}
    >
      <div className="min-w-0 flex-1 basis-56">
        <Field id={`${idPrefix}-title`} label={t("add.name")} error={titleError} context={heading}>
          <Input id={`${idPrefix}-title`} value={title} disabled={!canEdit} onChange={(e) => setTitle(e.target.value)} {...invalidProps(`${idPrefix}-title`, titleError)} />
        </Field>
      </div>
      {topics.length > 1 ? (
        <Field id={`${idPrefix}-topic`} label={t("add.topic")} context={heading}>
          <Select id={`${idPrefix}-topic`} value={topic} disabled={!canEdit} onChange={(e) => setTopic(e.target.value as ComplianceTopic)}>
            {topics.map((tp) => (
              <option key={tp} value={tp}>
                {t(`topics.${tp}`)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Button type="submit" variant="secondary" disabled={!canEdit || pending}>
        {t("add.button")}
      </Button>
      <div className="w-full empty:hidden">
        <ActionError failure={failure && (failure.code !== "validation" || !titleError) ? failure : null} />
      </div>
    </form>
  );
}
