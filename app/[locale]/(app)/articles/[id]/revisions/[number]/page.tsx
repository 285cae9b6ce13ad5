import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { BilingualView } from "@/components/bilingual-view";
import { RestoreButton } from "@/components/history/restore-button";
import { FindingsList } from "@/components/qa/findings-list";
import { revisionFindings } from "@/components/qa/revision-findings";
import { Link } from "@/i18n/navigation";
import { alignDocs } from "@/lib/articles/bilingual";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { EditorDoc } from "@/lib/editor/validate";

type Props = { params: Promise<{ locale: string; id: string; number: string }> };

/** One revision, read-only, beside the original. */
export default async function RevisionPage({ params }: Props) {
  const { locale, id, number: raw } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  await requireActor(locale, `/${locale}/articles/${id}/revisions/${raw}`);
  const number = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(number) || number < 1) notFound();
  const [article, revision] = await Promise.all([
    db.article.findUnique({ where: { id }, select: { id: true, sourceTitle: true, sourceDoc: true, sourceLang: true, targetLang: true, headRevisionNumber: true } }),
    db.revision.findUnique({
      where: { articleId_number: { articleId: id, number } },
      select: { number: true, baseNumber: true, title: true, content: true, message: true, createdAt: true, author: { select: { name: true } } },
    }),
  ]);
  if (!article || !revision) notFound();
  const [t, format] = await Promise.all([getTranslations("History"), getFormatter()]);
  const [sourceDoc, targetDoc] = [JSON.parse(article.sourceDoc) as EditorDoc, JSON.parse(revision.content) as EditorDoc];
  const rows = alignDocs(sourceDoc, targetDoc, article.sourceLang, article.targetLang);
  return (
    <main className="page page-wide">
      <p className="small" style={{ margin: "0 0 8px" }}><Link href={`/articles/${id}/history`}>← {t("title")}</Link></p>
      <div className="article-head">
        <h1>{t("readOnly", { number })}</h1>
        <span className="muted small">
          {revision.author.name} · {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          {revision.message ? ` · “${revision.message}”` : ""}
        </span>
        <div className="row" style={{ marginLeft: "auto" }}>
          <Link className="button button-small" href={`/articles/${id}/compare?from=${revision.baseNumber}&to=${number}`}>{t("compareWithPrevious")}</Link>
          <Link className="button button-small" href={`/articles/${id}/compare?from=0&to=${number}`}>{t("compareWithMt")}</Link>
          {number !== article.headRevisionNumber && <RestoreButton articleId={id} number={number} baseNumber={article.headRevisionNumber} />}
        </div>
      </div>
      <BilingualView
        title={{ source: article.sourceTitle, target: revision.title }}
        rows={rows}
        sourceLang={article.sourceLang}
        targetLang={article.targetLang}
        targetLabel={t("readOnly", { number })}
      />
      <FindingsList revisionNumber={number} findings={revisionFindings({ source: sourceDoc, target: targetDoc, sourceLang: article.sourceLang, targetLang: article.targetLang })} />
    </main>
  );
}
