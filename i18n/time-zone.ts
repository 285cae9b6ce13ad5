/**
 * The IANA zone the desk shows times and reads calendar days in
 * (COPYDESK_TIME_ZONE, default UTC). i18n/request.ts gives it to next-intl
 * for pages; route handlers, which have no next-intl request config, read it
 * here so that their day filters agree with the pages'.
 */
export function appTimeZone(): string {
  return process.env.COPYDESK_TIME_ZONE || "UTC";
}
