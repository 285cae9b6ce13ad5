import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { RevisionTable } from "@/components/history/revision-table";
import { Link } from "@/i18n/navigation";
import { listRevisions } from "@/lib/articles/history";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, article] = await Promise.all([getTranslations("History"), db.article.findUnique({ where: { id }, select: { targetTitle: true } })]);
  return { title: article ? t("pageTitle", { title: article.targetTitle }) : undefined };
}

export default async function HistoryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  await requireActor(locale, `/${locale}/articles/${id}/history`);
  const article = await db.article.findUnique({ where: { id }, select: { id: true, targetTitle: true, headRevisionNumber: true } });
  if (!article) notFound();
  const [t, a, revisions] = await Promise.all([getTranslations("History"), getTranslations("Article"), listRevisions(db, id)]);
  return (
    <main className="page">
      <p className="small" style={{ margin: "0 0 8px" }}><Link href={`/articles/${id}`}>← {article.targetTitle}</Link></p>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <div className="row">
          {article.headRevisionNumber > 0 && <Link className="button" href={`/articles/${id}/compare?from=0&to=${article.headRevisionNumber}`}>{t("compareWithMt")}</Link>}
          <Link className="button button-primary" href={`/articles/${id}/edit`}>{a("edit")}</Link>
        </div>
      </div>
      <div className="card" style={{ overflowX: "auto" }}>
        {revisions.length === 0 && <p className="empty">{t("empty")}</p>}
        <RevisionTable articleId={id} revisions={revisions} head={article.headRevisionNumber} />
      </div>
    </main>
  );
}
