import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { routing, type Locale } from "./routing";

/**
 * The params of a page or layout under `app/[locale]`: the locale segment as
 * the URL spells it (any string until checked), plus the route's own segments.
 */
export type LocaleParams<P extends object = object> = Promise<P & { locale: string }>;

/**
 * Awaits a page's params and narrows the locale segment to a `Locale`: an
 * unknown one is a 404. It also sets the request locale, so that a page
 * rendered statically reads its messages in that language. Every page and
 * layout under `app/[locale]` reads its params through this.
 */
export async function pageParams<P extends object>(params: LocaleParams<P>): Promise<Omit<P, "locale"> & { locale: Locale }> {
  const { locale, ...rest } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { ...rest, locale };
}
