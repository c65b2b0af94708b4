"use client";
import { useTranslations } from "next-intl";

/** How far a text is from its limit, shown from 80 % of it; over the limit it says what to do. A paste is
 * never cut: the text stays as typed and the save is refused with this explanation until it is shortened. */
export function LengthCounter({ id, length, max }: { id?: string; length: number; max: number }) {
  const t = useTranslations("validation");
  if (length < max * 0.8) return null;
  const over = length - max;
  return (
    <p id={id} aria-live="polite" data-testid="length-counter" data-over={over > 0} className={over > 0 ? "text-xs font-medium text-red-700" : "text-xs text-slate-500"}>
      {over > 0 ? t("overLimit", { length, max, over }) : t("nearLimit", { length, max })}
    </p>
  );
}
