import type { Db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { feedUrl } from "@/lib/feeds/urls";
import { readFeedsPublic } from "@/lib/settings/feeds";
import { FEED_LIMIT } from "@/lib/use-cases/get-feed";

/** /admin/settings: whether feeds are public, their size and the addresses of the English ones. */
export async function loadSettingsPage(db: Db) {
  return {
    feedsPublic: await readFeedsPublic(db),
    feedLimit: FEED_LIMIT,
    feedUrls: [feedUrl(env.COPYDESK_URL, "en", "atom"), feedUrl(env.COPYDESK_URL, "en", "json")],
  };
}

export type SettingsPageData = Awaited<ReturnType<typeof loadSettingsPage>>;
