/**
 * Calendar days in the desk's time zone (i18n/request.ts), as instants: an
 * audit filter "from 2026-03-01" means midnight of that day where the
 * newsroom is, not in UTC. Pure (Intl only).
 */

/** The zone's offset from UTC at `instant`, in milliseconds (east positive). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * Midnight at the start of `day` (YYYY-MM-DD) in `timeZone`, plus `addDays`.
 * Returns null for an impossible date or an unknown zone.
 */
export function startOfZonedDay(day: string, timeZone: string, addDays = 0): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const wall = Date.UTC(y, m - 1, d + addDays);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return null;
  try {
    // Two passes settle days on which the offset changes (DST).
    let guess = wall - zoneOffsetMs(wall, timeZone);
    guess = wall - zoneOffsetMs(guess, timeZone);
    return new Date(guess);
  } catch {
    return null;
  }
}
