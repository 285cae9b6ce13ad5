import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/import-form";
import { PageHeader } from "@/components/page-header";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { MAX_IMPORT_BYTES } from "@/lib/articles/import-schema";
import { requireActor } from "@/lib/auth/session";
import { titledBy } from "@/lib/loaders/metadata";

export const generateMetadata = titledBy("Import");

export default async function ImportPage({ params }: { params: LocaleParams }) {
  const { locale } = await pageParams(params);
  await requireActor(locale, `/${locale}/import`);
  const t = await getTranslations("Import");
  return (
    <main className="page">
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <ImportForm maxBytes={MAX_IMPORT_BYTES} />
    </main>
  );
}
