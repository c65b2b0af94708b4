import type { RiskBand } from "@/lib/risks/model";

/** Badge tone per band (components/ui/badge.tsx). */
export const BAND_TONE: Record<RiskBand, "good" | "warn" | "bad"> = { low: "good", medium: "warn", high: "bad" };

/** Heat-map cell colours per band; text stays dark enough for contrast on every colour. */
export const BAND_CELL: Record<RiskBand, string> = {
  low: "bg-emerald-100 text-emerald-950 hover:bg-emerald-200",
  medium: "bg-amber-100 text-amber-950 hover:bg-amber-200",
  high: "bg-red-200 text-red-950 hover:bg-red-300",
};
