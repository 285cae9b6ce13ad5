import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ImportForm } from "@/components/import-form";
import { MAX_IMPORT_BYTES } from "@/lib/articles/import-schema";
import { requireActor } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import");
  return { title: t("title") };
}

export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  await requireActor(locale, `/${locale}/import`);
  const t = await getTranslations("Import");
  return (
    <main className="page">
      <div className="page-header">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted" style={{ margin: "4px 0 0", maxWidth: 760 }}>{t("intro")}</p>
        </div>
      </div>
      <ImportForm maxBytes={MAX_IMPORT_BYTES} />
    </main>
  );
}
