import Link from "next/link";
import { LogOut } from "lucide-react";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { signOutAction } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";
import { parseTheme, THEME_COOKIE } from "@/lib/preferences/model";
import { LocaleSwitcher } from "./locale-switcher";
import { NotificationBell } from "./notification-bell";
import { ThemeToggle } from "./theme-toggle";

export async function SiteHeader() {
  const [t, user, cookieStore] = await Promise.all([getTranslations("common"), currentUser(), cookies()]);
  return (
    <header className="no-print border-b bg-white">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-1 px-4 sm:gap-4">
        <Link href={user ? "/projects" : "/"} className="flex items-center gap-2 font-semibold text-slate-900">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-white">L</span>
          <span className="sr-only sm:not-sr-only">Launchpad</span>
        </Link>
        <nav className="ml-auto flex min-w-0 items-center gap-1 sm:gap-3">
          <LocaleSwitcher />
          <ThemeToggle initial={parseTheme(cookieStore.get(THEME_COOKIE)?.value)} />
          {user ? (
            <>
              <Link href="/projects" className="whitespace-nowrap text-sm text-slate-700 hover:text-slate-900">
                {t("myProjects")}
              </Link>
              <NotificationBell userId={user.id} />
              <span className="hidden text-sm text-slate-500 sm:inline" data-testid="signed-in-as">
                {user.name}
              </span>
              <form action={signOutAction}>
                {/* An icon on a phone, so the header keeps "My projects" and the bell at 320 px. */}
                <Button type="submit" variant="secondary" size="sm" aria-label={t("signOut")} title={t("signOut")} className="px-2 sm:px-3">
                  <LogOut aria-hidden className="h-4 w-4 sm:hidden" />
                  <span className="hidden sm:inline">{t("signOut")}</span>
                </Button>
              </form>
            </>
          ) : (
            <>
              <Link href="/signin" className="text-sm text-slate-700 hover:text-slate-900">
                {t("signIn")}
              </Link>
              <Link href="/signup" className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">
                {t("signUp")}
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
