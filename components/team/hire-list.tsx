"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/input";
import { ROLE_IDS, type RoleId } from "@/lib/team/catalogue";
import { addHireAction } from "@/lib/team/actions";
import { HireCard, type HireRow } from "./hire-card";
import { useTeamAction } from "./use-team-action";

export function HireList({ projectId, hires, currency, canEdit }: { projectId: string; hires: HireRow[]; currency: string; canEdit: boolean }) {
  const t = useTranslations("team");
  const [roleId, setRoleId] = useState<RoleId>(ROLE_IDS[0]);
  const { pending, failure, run } = useTeamAction();
  return (
    <div className="space-y-4">
      <Card>
        <form
          className="flex flex-col gap-3 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => addHireAction({ projectId, roleId, priority: "MEDIUM", start: "now" }));
          }}
        >
          <div className="flex-1">
            <Field id="team-new-hire-role" label={t("hiringStep.addRole")}>
              <Select id="team-new-hire-role" value={roleId} disabled={!canEdit} onChange={(e) => setRoleId(e.target.value as RoleId)}>
                {ROLE_IDS.map((r) => (
                  <option key={r} value={r}>
                    {t(`roles.${r}.name`)}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <Button type="submit" disabled={!canEdit || pending}>
            {t("hiringStep.add")}
          </Button>
        </form>
        <div className="mt-2">
          <FormError code={failure?.code} />
        </div>
      </Card>
      {hires.length === 0 ? <p className="text-sm text-slate-600">{t("hiringStep.empty")}</p> : null}
      <ul className="space-y-4">
        {hires.map((hire) => (
          <li key={hire.id}>
            <HireCard projectId={projectId} hire={hire} currency={currency} canEdit={canEdit} />
          </li>
        ))}
      </ul>
    </div>
  );
}
