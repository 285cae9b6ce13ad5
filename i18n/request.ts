import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";
import { appTimeZone } from "./time-zone";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // One zone for every reader of the desk, so times agree across a newsroom.
    timeZone: appTimeZone(),
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
