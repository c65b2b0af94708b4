"use client";
import { useTranslations } from "next-intl";

/** A labelled group of checkboxes for one tag dimension (keyboard-friendly, no custom widgets). */
export function TagCheckboxes<T extends string>({
  id,
  legend,
  options,
  labelGroup,
  value,
  disabled,
  onChange,
}: {
  id: string;
  legend: string;
  options: readonly T[];
  /** Where the option labels live under "cases.tags.*". */
  labelGroup: string;
  value: readonly T[];
  disabled: boolean;
  onChange: (next: T[]) => void;
}) {
  const t = useTranslations("cases");
  const label = (option: string) => t(`tags.${labelGroup}.${option}`);
  return (
    <fieldset className="space-y-1" data-testid={`${id}-tags`}>
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((option) => {
          const checked = value.includes(option);
          return (
            <label key={option} className="inline-flex items-center gap-2 text-sm text-slate-700">
              <input
                type="checkbox"
                className="h-4 w-4 rounded border-slate-300 focus-visible:ring-2 focus-visible:ring-brand-500"
                checked={checked}
                disabled={disabled}
                onChange={() => onChange(checked ? value.filter((v) => v !== option) : options.filter((o) => o === option || value.includes(o)))}
              />
              {label(option)}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
