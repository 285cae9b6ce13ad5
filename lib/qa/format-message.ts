/**
 * Renders a QaMessage as text in one UI language. Keys are full keys from
 * the messages root ("qa.spacing.double", "qaNumbers.missing"), formatted
 * with ICU by the same library next-intl uses on the pages.
 */
import { createTranslator, type Locale } from "use-intl/core";
import type { QaMessage } from "./types";

type Messages = Record<string, unknown>;

/** A formatter for `messages` (the parsed messages/<locale>.json). */
export function qaMessageFormatter(locale: Locale, messages: Messages): (message: QaMessage) => string {
  const t = createTranslator({ locale, messages: messages as never }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  return (message) => t(message.key, message.values);
}
