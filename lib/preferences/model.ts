// The reader's colour theme: follow the system (no cookie) or a choice kept in a cookie. Pure: the layout
// reads the cookie on the server (no flash of the wrong theme), the toggle writes it in the browser.
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "theme";

export function parseTheme(value: unknown): Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value) ? (value as Theme) : "system";
}

/** The toggle cycles system → light → dark → system. */
export function nextTheme(theme: Theme): Theme {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length];
}

/** The class on <html>: none for "system" (the stylesheet follows prefers-color-scheme). */
export function themeClass(theme: Theme): string {
  return theme === "system" ? "" : theme;
}

/** The cookie the browser writes; "system" removes it. */
export function themeCookie(theme: Theme): string {
  return theme === "system" ? `${THEME_COOKIE}=; path=/; max-age=0; samesite=lax` : `${THEME_COOKIE}=${theme}; path=/; max-age=31536000; samesite=lax`;
}
