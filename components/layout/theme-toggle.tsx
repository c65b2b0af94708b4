"use client";
import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { nextTheme, themeClass, themeCookie, type Theme } from "@/lib/preferences/model";

const ICONS = { system: Monitor, light: Sun, dark: Moon } as const;

/** One button that cycles the colour theme: the system's, light, dark. The choice is a cookie the root
 * layout reads, so the next page is rendered in it; this page switches at once by its <html> class. */
export function ThemeToggle({ initial }: { initial: Theme }) {
  const t = useTranslations("common");
  const [theme, setTheme] = useState<Theme>(initial);
  const Icon = ICONS[theme];
  const next = nextTheme(theme);
  return (
    <button
      type="button"
      data-testid="theme-toggle"
      data-theme={theme}
      aria-label={t("theme.label", { current: t(`theme.${theme}`), next: t(`theme.${next}`) })}
      title={t("theme.label", { current: t(`theme.${theme}`), next: t(`theme.${next}`) })}
      className="grid h-8 w-8 shrink-0 place-items-center rounded-md border border-slate-300 bg-white text-slate-700 hover:bg-slate-100"
      onClick={() => {
        const root = document.documentElement;
        root.classList.remove("light", "dark");
        if (themeClass(next)) root.classList.add(themeClass(next));
        document.cookie = themeCookie(next);
        setTheme(next);
      }}
    >
      <Icon aria-hidden className="h-4 w-4" />
    </button>
  );
}
