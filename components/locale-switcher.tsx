"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

const LABELS: Record<(typeof routing.locales)[number], string> = { en: "English", zh: "中文" };

/** Switches the UI language and stays on the same page, query included. */
export function LocaleSwitcher({ variant = "dark" }: { variant?: "dark" | "light" }) {
  const t = useTranslations("Nav");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <nav aria-label={t("language")} className={variant === "dark" ? "locale-switch" : "row"} style={variant === "light" ? { justifyContent: "center" } : undefined}>
      {routing.locales.map((l) => (
        <Link
          key={l}
          href={search ? `${pathname}?${search}` : pathname}
          locale={l}
          lang={l === "zh" ? "zh-Hans" : "en"}
          aria-current={l === locale ? "true" : undefined}
          hrefLang={l}
        >
          {LABELS[l]}
        </Link>
      ))}
    </nav>
  );
}
