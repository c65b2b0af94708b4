import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/layout/client-messages";
import { SectionGuidance } from "./section-guidance";
import { WizardShell } from "./wizard-shell";

/** Sections whose page is a plain wizard: title, intro, steps, the step's guidance beside it. */
export type WizardSection = "compliance" | "funding" | "market" | "milestones";

/**
 * A section's wizard page: its title and intro (messages "<section>.title" / ".intro"), the steps named
 * "<section>.steps.<id>" with their completion, and the current step's guidance. The page passes the step's
 * content as children; `notice` goes under the intro, `before` inside the client messages above the wizard.
 */
export async function SectionWizardPage<S extends string>({
  projectId,
  section,
  steps,
  current,
  completion,
  clientNamespaces = [],
  notice,
  before,
  children,
}: {
  projectId: string;
  section: WizardSection;
  steps: readonly S[];
  current: S;
  completion: Record<S, boolean>;
  /** Message namespaces the step components need besides the section's own. */
  clientNamespaces?: string[];
  notice?: ReactNode;
  before?: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations(section);
  const items = steps.map((id) => ({ id, title: t(`steps.${id}` as never), complete: completion[id] }));
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t("title" as never)}</h1>
        <p className="text-slate-600">{t("intro" as never)}</p>
        {notice}
      </header>
      <ClientMessages namespaces={[section, ...clientNamespaces]}>
        {before}
        <WizardShell storageKey={`${projectId}:${section}`} steps={items} current={current} guidance={<SectionGuidance namespace={section} step={current} />}>
          {children}
        </WizardShell>
      </ClientMessages>
    </div>
  );
}
