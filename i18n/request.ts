import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // One zone for every reader of the desk, so times agree across a newsroom.
    timeZone: process.env.COPYDESK_TIME_ZONE || "UTC",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
