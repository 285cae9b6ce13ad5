import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BilingualView } from "@/components/bilingual-view";
import { RestoreButton } from "@/components/history/restore-button";
import { PageHeader } from "@/components/page-header";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadRevisionPage } from "@/lib/loaders/article-revision";

/** One revision, read-only, beside the original. */
export default async function RevisionPage({ params }: { params: LocaleParams<{ id: string; number: string }> }) {
  const { locale, id, number: raw } = await pageParams(params);
  await requireActor(locale, `/${locale}/articles/${id}/revisions/${raw}`);
  const [t, format, data] = await Promise.all([getTranslations("History"), getFormatter(), loadRevisionPage(db, { id, number: raw })]);
  if (!data) notFound();
  const { article, revision, number, rows } = data;
  return (
    <main className="page page-wide">
      <PageHeader
        compact
        back={{ href: `/articles/${id}/history`, label: t("title") }}
        title={t("readOnly", { number })}
        subtitle={
          <>
            {revision.author.name} · {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}
            {revision.message ? ` · “${revision.message}”` : ""}
          </>
        }
        actions={
          <>
            <Link className="button button-small" href={`/articles/${id}/compare?from=${revision.baseNumber}&to=${number}`}>{t("compareWithPrevious")}</Link>
            <Link className="button button-small" href={`/articles/${id}/compare?from=0&to=${number}`}>{t("compareWithMt")}</Link>
            {number !== article.headRevisionNumber && <RestoreButton articleId={id} number={number} baseNumber={article.headRevisionNumber} />}
          </>
        }
      />
      <BilingualView
        title={{ source: article.sourceTitle, target: revision.title }}
        rows={rows}
        sourceLang={article.sourceLang}
        targetLang={article.targetLang}
        targetLabel={t("readOnly", { number })}
      />
    </main>
  );
}
