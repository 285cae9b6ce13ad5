import { defineRouting } from "next-intl/routing";

/** UI languages. Article languages are separate and per article. */
export const routing = defineRouting({
  locales: ["en", "zh"],
  defaultLocale: "en",
  localePrefix: "always",
});

/** A UI language the app serves; narrow a URL segment to it with `pageParams` (i18n/page-params.ts). */
export type Locale = (typeof routing.locales)[number];

/** The older name of `Locale`, kept for the modules that still import it. */
export type AppLocale = Locale;
