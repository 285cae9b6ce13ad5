import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { forbidden } from "next/navigation";
import { FeedsSettingForm } from "@/components/settings/feeds-setting-form";
import { Link } from "@/i18n/navigation";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { feedUrl } from "@/lib/feeds/urls";
import { readFeedsPublic } from "@/lib/settings/feeds";
import { FEED_LIMIT } from "@/lib/use-cases/get-feed";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Settings");
  return { title: t("title") };
}

export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const actor = await requireActor(locale, `/${locale}/admin/settings`);
  if (!can(actor, "admin.settings")) forbidden();
  const [t, isPublic] = await Promise.all([getTranslations("Settings"), readFeedsPublic(db)]);

  return (
    <main className="page admin-grid">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t("title")}</h1>
        <Link className="button" href="/admin">{t("back")}</Link>
      </div>
      <section className="card" aria-labelledby="feeds-heading">
        <div className="card-body stack">
          <h2 id="feeds-heading">{t("feeds")}</h2>
          <p style={{ margin: 0 }}>{t("feedsIntro", { limit: FEED_LIMIT })}</p>
          <p style={{ margin: 0 }} data-testid="feeds-state">
            <strong>{isPublic ? t("currentlyPublic") : t("currentlyProtected")}</strong>
          </p>
          <div className="small">
            {t("feedAddresses")}
            <ul>
              <li className="mono">{feedUrl(env.COPYDESK_URL, "en", "atom")}</li>
              <li className="mono">{feedUrl(env.COPYDESK_URL, "en", "json")}</li>
            </ul>
          </div>
          <FeedsSettingForm isPublic={isPublic} />
        </div>
      </section>
    </main>
  );
}
