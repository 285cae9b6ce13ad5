import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { forbidden, notFound } from "next/navigation";
import { StatusPill } from "@/components/status-pill";
import { TranslationEditor } from "@/components/editor/translation-editor";
import { ChangeRequestBanner } from "@/components/workflow/change-request-banner";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadEditPage } from "@/lib/loaders/article-edit";
import { articlePageMetadata } from "@/lib/loaders/metadata";

type Props = { params: LocaleParams<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articlePageMetadata(db, (await params).id, "Editor");
}

export default async function EditArticlePage({ params }: Props) {
  const { locale, id } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/articles/${id}/edit`);
  if (!can(actor, "article.save")) forbidden();
  const [t, r, data] = await Promise.all([getTranslations("Article"), getTranslations("Review"), loadEditPage(db, { actor, id })]);
  if (!data) notFound();
  const { article, workflow } = data;

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
        sourceBlocks={data.sourceBlocks}
        base={data.base}
        submit={can(actor, "article.submit") ? data.submit : undefined}
      />
    </main>
  );
}
