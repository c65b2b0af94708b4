import type { Metadata } from "next";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { NextIntlClientProvider } from "next-intl";
import { cookies } from "next/headers";
import { getLocale, getMessages, getTimeZone, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { TimeZoneSync } from "@/components/layout/time-zone-sync";
import { recordedTimeZone } from "@/lib/time/viewer";
import { currentUser } from "@/lib/auth/session";
import { parseTheme, themeClass, THEME_COOKIE } from "@/lib/preferences/model";
import { pickMessages, SHARED_CLIENT_NAMESPACES } from "@/lib/i18n/messages";
import "@fontsource-variable/noto-sans-sc";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Launchpad", template: "%s · Launchpad" }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const messages = await getMessages();
  const timeZone = await getTimeZone();
  // Dark or light when the reader chose one (the toggle's cookie); otherwise the stylesheet follows the system.
  const theme = themeClass(parseTheme((await cookies()).get(THEME_COOKIE)?.value));
  return (
    <html lang={locale} className={`${GeistSans.variable} ${GeistMono.variable} ${theme}`.trim()}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={pickMessages(messages as never, SHARED_CLIENT_NAMESPACES)}>
          <TimeZoneSync recorded={await recordedTimeZone()} renderedIn={timeZone} signedIn={(await currentUser()) !== null} />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
