import { connection } from "next/server";
import { notFound } from "next/navigation";

/**
 * Unknown paths under a locale render the localized not-found page per
 * request (the next-intl pattern), inside the app frame (../not-found.tsx).
 * Served from the prerendered `/_not-found` instead, its scripts would carry
 * no CSP nonce and the page would not hydrate.
 */
export default async function CatchAll() {
  // Per request, so that this response carries its own nonce.
  await connection();
  notFound();
}
