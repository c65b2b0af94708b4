import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTimeZone } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages, SHARED_CLIENT_NAMESPACES } from "@/lib/i18n/messages";

/** Gives a client subtree the shared namespaces plus its own; other content stays on the server. */
export async function ClientMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const [locale, messages, timeZone] = await Promise.all([getLocale(), getMessages(), getTimeZone()]);
  return (
    <NextIntlClientProvider locale={locale} timeZone={timeZone} messages={pickMessages(messages as never, [...SHARED_CLIENT_NAMESPACES, ...namespaces])}>
      {children}
    </NextIntlClientProvider>
  );
}
