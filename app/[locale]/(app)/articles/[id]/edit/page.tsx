import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { StatusPill } from "@/components/status-pill";
import { TranslationEditor } from "@/components/editor/translation-editor";
import { ChangeRequestBanner } from "@/components/workflow/change-request-banner";
import { Link } from "@/i18n/navigation";
import { getArticleWithCurrent } from "@/lib/articles/queries";
import { getWorkflowView } from "@/lib/articles/workflow-view";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, article] = await Promise.all([
    getTranslations("Editor"),
    db.article.findUnique({ where: { id }, select: { targetTitle: true } }),
  ]);
  return { title: article ? t("pageTitle", { title: article.targetTitle }) : undefined };
}

export default async function EditArticlePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const actor = await requireActor(locale, `/${locale}/articles/${id}/edit`);
  if (!can(actor, "article.save")) forbidden();
  const found = await getArticleWithCurrent(db, id);
  if (!found) notFound();
  const { article, head } = found;
  const [t, r, workflow] = await Promise.all([getTranslations("Article"), getTranslations("Review"), getWorkflowView(db, actor, id)]);

  const sourceDoc = JSON.parse(article.sourceDoc) as EditorDoc;
  const content = JSON.parse(head?.content ?? article.mtDoc) as EditorDoc;
  // The source pane shows the original's top-level blocks, as the editor does.
  const sourceBlocks = sourceDoc.content.map((node) => ({
    type: node.type,
    text: docToBlocks({ type: "doc", content: [node] }).map((b) => b.text).join("\n"),
  }));

  return (
    <main className="page page-wide desk-page">
      <div className="article-head">
        <Link href={`/articles/${id}`} className="small">← {t("backToList")}</Link>
        <StatusPill status={article.status} />
      </div>
      {workflow?.changeRequest && <ChangeRequestBanner request={workflow.changeRequest} />}
      {workflow?.submission && (
        <p className="alert alert-warn" role="status" data-testid="in-review-notice">
          {r("inReviewNotice", { number: workflow.submission.revisionNumber })}{" "}
          <Link href={`/articles/${id}`}>{workflow.actions.withdraw ? r("withdrawToEdit") : r("backToArticle")}</Link>
        </p>
      )}
      <TranslationEditor
        articleId={article.id}
        sourceLang={article.sourceLang}
        targetLang={article.targetLang}
        sourceTitle={article.sourceTitle}
        sourceBlocks={sourceBlocks}
        base={{ number: head?.number ?? 0, title: head?.title ?? article.targetTitle, content }}
      />
    </main>
  );
}
