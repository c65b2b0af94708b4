"use client";
import { Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { CanvasNoteView } from "@/lib/business-model/data";
import { CANVAS_BLOCKS, type CanvasBlock } from "@/lib/plan/facts";
import { CanvasBlockPanel } from "./canvas-block";

// The classic arrangement on a 10-column grid (wide screens and print); phones get one column
// in reading order: customers first, costs last.
const PLACEMENT: Record<CanvasBlock, string> = {
  keyPartnerships: "lg:col-start-1 lg:col-span-2 lg:row-start-1 lg:row-span-2 print:col-start-1 print:col-span-2 print:row-start-1 print:row-span-2",
  keyActivities: "lg:col-start-3 lg:col-span-2 lg:row-start-1 print:col-start-3 print:col-span-2 print:row-start-1",
  keyResources: "lg:col-start-3 lg:col-span-2 lg:row-start-2 print:col-start-3 print:col-span-2 print:row-start-2",
  valuePropositions: "lg:col-start-5 lg:col-span-2 lg:row-start-1 lg:row-span-2 print:col-start-5 print:col-span-2 print:row-start-1 print:row-span-2",
  customerRelationships: "lg:col-start-7 lg:col-span-2 lg:row-start-1 print:col-start-7 print:col-span-2 print:row-start-1",
  channels: "lg:col-start-7 lg:col-span-2 lg:row-start-2 print:col-start-7 print:col-span-2 print:row-start-2",
  customerSegments: "lg:col-start-9 lg:col-span-2 lg:row-start-1 lg:row-span-2 print:col-start-9 print:col-span-2 print:row-start-1 print:row-span-2",
  costStructure: "lg:col-start-1 lg:col-span-5 lg:row-start-3 print:col-start-1 print:col-span-5 print:row-start-3",
  revenueStreams: "lg:col-start-6 lg:col-span-5 lg:row-start-3 print:col-start-6 print:col-span-5 print:row-start-3",
};

// Only the canvas prints, on one landscape page. This style exists only while the canvas is shown.
const PRINT_CSS = `@media print {
  @page { size: A4 landscape; margin: 8mm; }
  body * { visibility: hidden; }
  #bm-canvas, #bm-canvas * { visibility: visible; }
  #bm-canvas { position: absolute; left: 0; top: 0; width: 100%; font-size: 8.5pt; }
  #bm-canvas [data-testid="canvas-grid"] { min-height: 160mm; grid-template-rows: 1fr 1fr 0.8fr; }
  [role="progressbar"], [data-testid="wizard-progress"], #wizard-step-title, main > [role="status"] { display: none !important; }
}`;

export function CanvasBoard({ projectId, notes, canEdit }: { projectId: string; notes: CanvasNoteView[]; canEdit: boolean }) {
  const t = useTranslations("businessModel.canvas");
  return (
    // On wide screens the wizard keeps an empty guidance column beside this step (its guidance is
    // shown below the canvas instead); the canvas extends over it: 20rem column + 1.5rem gap.
    <section id="bm-canvas" aria-labelledby="bm-canvas-heading" className="space-y-3 xl:w-[calc(100%+21.5rem)] print:w-full">
      <style>{PRINT_CSS}</style>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="bm-canvas-heading" className="font-semibold">
          {t("heading")}
        </h3>
        <div className="no-print flex items-center gap-2 text-xs text-slate-500">
          <span className="hidden sm:inline">{t("printHint")}</span>
          <Button size="sm" variant="secondary" onClick={() => window.print()}>
            <Printer aria-hidden className="h-4 w-4" />
            {t("print")}
          </Button>
        </div>
      </div>
      <div className="grid grid-cols-1 gap-2 lg:grid-cols-10 print:grid-cols-10 print:gap-1" data-testid="canvas-grid">
        {CANVAS_BLOCKS.map((block) => (
          <CanvasBlockPanel
            key={block}
            className={cn(PLACEMENT[block])}
            projectId={projectId}
            block={block}
            notes={notes.filter((n) => n.block === block)}
            canEdit={canEdit}
          />
        ))}
      </div>
      <p className="text-xs text-slate-500" data-testid="canvas-credit">
        {t("credit")} ·{" "}
        <a className="underline" href="https://creativecommons.org/licenses/by-sa/3.0/" rel="license noopener noreferrer" target="_blank">
          {t("creditLicence")}
        </a>
      </p>
    </section>
  );
}
