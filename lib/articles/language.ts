/**
 * Language tags (BCP 47). Validated and canonicalized with the platform's
 * Intl implementation, which rejects malformed tags.
 */
export function canonicalLanguageTag(tag: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    return canonical ?? null;
  } catch {
    return null;
  }
}

/** Primary language subtag: "zh-Hans-CN" → "zh". */
export function primaryLanguage(tag: string): string {
  return tag.split("-")[0]!.toLowerCase();
}

/** Languages written without spaces between words. */
export function isCjk(tag: string): boolean {
  return ["zh", "ja", "ko", "yue", "wuu", "lzh"].includes(primaryLanguage(tag));
}

/** A language's name in the UI language, e.g. ("zh-Hans", "en") → "Chinese (Simplified)". */
export function languageName(tag: string, uiLocale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
