import { getTranslations } from "next-intl/server";
import { forbidden } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { FeedsSettingForm } from "@/components/settings/feeds-setting-form";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { policy } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadSettingsPage } from "@/lib/loaders/admin-settings";
import { titledBy } from "@/lib/loaders/metadata";

export const generateMetadata = titledBy("Settings");

export default async function SettingsPage({ params }: { params: LocaleParams }) {
  const { locale } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/admin/settings`);
  if (!policy.manageSettings(actor)) forbidden();
  const [t, { feedsPublic, feedLimit, feedUrls }] = await Promise.all([getTranslations("Settings"), loadSettingsPage(db)]);

  return (
    <main className="page admin-grid">
      <PageHeader flush title={t("title")} actions={<Link className="button" href="/admin">{t("back")}</Link>} />
      <section className="card" aria-labelledby="feeds-heading">
        <div className="card-body stack">
          <h2 id="feeds-heading">{t("feeds")}</h2>
          <p style={{ margin: 0 }}>{t("feedsIntro", { limit: feedLimit })}</p>
          <p style={{ margin: 0 }} data-testid="feeds-state">
            <strong>{feedsPublic ? t("currentlyPublic") : t("currentlyProtected")}</strong>
          </p>
          <div className="small">
            {t("feedAddresses")}
            <ul>
              {feedUrls.map((url) => <li key={url} className="mono">{url}</li>)}
            </ul>
          </div>
          <FeedsSettingForm isPublic={feedsPublic} />
        </div>
      </section>
    </main>
  );
}
