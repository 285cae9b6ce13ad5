import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { RevisionTable } from "@/components/history/revision-table";
import { PageHeader } from "@/components/page-header";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadHistoryPage } from "@/lib/loaders/article-history";
import { articlePageMetadata } from "@/lib/loaders/metadata";

type Props = { params: LocaleParams<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articlePageMetadata(db, (await params).id, "History");
}

export default async function HistoryPage({ params }: Props) {
  const { locale, id } = await pageParams(params);
  await requireActor(locale, `/${locale}/articles/${id}/history`);
  const [t, a, data] = await Promise.all([getTranslations("History"), getTranslations("Article"), loadHistoryPage(db, { id })]);
  if (!data) notFound();
  const { article, revisions } = data;
  const actions = (
    <div className="row">
      {article.headRevisionNumber > 0 && <Link className="button" href={`/articles/${id}/compare?from=0&to=${article.headRevisionNumber}`}>{t("compareWithMt")}</Link>}
      <Link className="button button-primary" href={`/articles/${id}/edit`}>{a("edit")}</Link>
    </div>
  );
  return (
    <main className="page">
      <PageHeader back={{ href: `/articles/${id}`, label: article.targetTitle }} title={t("title")} actions={actions} />
      <div className="card" style={{ overflowX: "auto" }}>
        {revisions.length === 0 && <p className="empty">{t("empty")}</p>}
        <RevisionTable articleId={id} revisions={revisions} head={article.headRevisionNumber} />
      </div>
    </main>
  );
}
