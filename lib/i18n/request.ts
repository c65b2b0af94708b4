import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { isLocale, LOCALE_COOKIE, negotiateLocale } from "./config";
import { loadMessages } from "./messages";
import { viewerTimeZone } from "@/lib/time/viewer";

// The locale is the user's choice (cookie), else the browser's; code that renders for a given
// language (PDF downloads) asks for it explicitly. Instants are formatted in the viewer's time zone.
export default getRequestConfig(async ({ locale: explicit }) => {
  const fromCookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(explicit) ? explicit : isLocale(fromCookie) ? fromCookie : negotiateLocale((await headers()).get("accept-language"));
  return { locale, messages: loadMessages(locale), timeZone: await viewerTimeZone() };
});
