import { initials, toneSlot } from "@/lib/presence/model";
import { cn } from "@/components/ui/cn";

// A stable colour per person, so the same member looks the same everywhere.
export const TONES = ["bg-sky-100 text-sky-800", "bg-emerald-100 text-emerald-800", "bg-amber-100 text-amber-900", "bg-rose-100 text-rose-800", "bg-violet-100 text-violet-800", "bg-teal-100 text-teal-800"];

/** Initials in a circle; the name is given to assistive technology and as a tooltip. `slot` overrides the colour (see distinctToneSlots). */
export function Avatar({ name, id, size = "md", slot, className }: { name: string; id: string; size?: "sm" | "md"; slot?: number; className?: string }) {
  return (
    <span
      title={name}
      data-tone={slot ?? toneSlot(id, TONES.length)}
      className={cn("inline-grid shrink-0 place-items-center rounded-full font-semibold ring-2 ring-white", size === "sm" ? "h-6 w-6 text-[10px]" : "h-8 w-8 text-xs", TONES[slot ?? toneSlot(id, TONES.length)], className)}
    >
      <span aria-hidden>{initials(name)}</span>
      <span className="sr-only">{name}</span>
    </span>
  );
}
