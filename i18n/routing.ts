import { defineRouting } from "next-intl/routing";

/** UI languages. Article languages are separate and per article. */
export const routing = defineRouting({
  locales: ["en", "zh"],
  defaultLocale: "en",
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];
