import { createTranslator } from "next-intl";
import { routing, type AppLocale } from "@/i18n/routing";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

const MESSAGES = { en, zh } as const;

/** The UI language an API caller prefers, from Accept-Language (q-values honoured). */
export function localeFromAcceptLanguage(header: string | null): AppLocale {
  if (!header) return routing.defaultLocale;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.toLowerCase().split("-")[0] ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => (routing.locales as readonly string[]).includes(entry.lang));
  return (match?.lang as AppLocale | undefined) ?? routing.defaultLocale;
}

/** A translator for the "Errors" messages, usable outside React. */
export function errorTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "Errors" });
}

/** A translator for the "Feeds" messages (a feed's title is in the reader's language). */
export function feedTranslator(locale: AppLocale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "Feeds" });
}
