/**
 * The feeds' visibility setting: Setting row "feeds.public", a JSON boolean.
 * Missing or unreadable means protected (a token is needed), so a fresh
 * install publishes nothing anonymously by accident.
 */
import type { Db } from "@/lib/db/client";

export const FEEDS_PUBLIC_KEY = "feeds.public";

/** The stored JSON as a boolean; anything but `true` is protected. */
export function parseFeedsPublic(value: string | null | undefined): boolean {
  if (value == null) return false;
  try {
    return JSON.parse(value) === true;
  } catch {
    return false;
  }
}

export async function readFeedsPublic(db: Db): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: FEEDS_PUBLIC_KEY }, select: { value: true } });
  return parseFeedsPublic(row?.value);
}
