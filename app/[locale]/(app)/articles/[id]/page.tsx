import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { BilingualView } from "@/components/bilingual-view";
import { RevisionTable } from "@/components/history/revision-table";
import { PageHeader } from "@/components/page-header";
import { ChangeRequestBanner } from "@/components/workflow/change-request-banner";
import { ArticleTimeline } from "@/components/workflow/timeline";
import { PublishControls } from "@/components/workflow/publish-controls";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { languageName } from "@/lib/articles/language";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadArticlePage } from "@/lib/loaders/article";
import { articleTitle } from "@/lib/read/articles";

type Props = { params: LocaleParams<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: (await articleTitle(db, id)) ?? undefined };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, id } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/articles/${id}`);
  const [t, h, c, format, data] = await Promise.all([
    getTranslations("Article"),
    getTranslations("History"),
    getTranslations("Comments"),
    getFormatter(),
    loadArticlePage(db, { actor, id }),
  ]);
  if (!data) notFound();
  const { article, head, rows, recent, workflow, publishing } = data;
  const current = recent[0];

  return (
    <main className="page page-wide">
      <PageHeader
        compact
        back={{ href: "/articles", label: t("backToList") }}
        title={data.title}
        lang={article.targetLang}
        status={article.status}
        subtitle={t("languages", { source: languageName(article.sourceLang, locale), target: languageName(article.targetLang, locale) })}
        actions={
          <>
            <Link className="button" href={`/articles/${article.id}/history`}>{t("history")}</Link>
            {article.headRevisionNumber > 0 && <Link className="button" href={`/articles/${article.id}/compare?from=0&to=${article.headRevisionNumber}`}>{t("compare")}</Link>}
            <Link className="button button-primary" href={`/articles/${article.id}/edit`}>{t("edit")}</Link>
          </>
        }
      />
      <dl className="meta-list">
        {article.outlet && <div><dt>{t("outlet")}</dt><dd>{article.outlet}</dd></div>}
        {article.author && <div><dt>{t("author")}</dt><dd>{article.author}</dd></div>}
        {article.originalPublishedAt && (
          <div><dt>{t("publishedAt")}</dt><dd>{format.dateTime(article.originalPublishedAt, { dateStyle: "medium", timeStyle: "short" })}</dd></div>
        )}
        {article.originalUrl && <div><dt>{t("originalUrl")}</dt><dd><a href={article.originalUrl} rel="noopener noreferrer nofollow" target="_blank">{article.originalUrl}</a></dd></div>}
        <div><dd>{t("paragraphCounts", { source: data.sourceCount, target: data.targetCount })}</dd></div>
        <div>
          <dd>
            <Link href={`/articles/${article.id}/edit`} data-testid="article-open-threads">{c("openCount", { count: data.openThreads })}</Link>
          </dd>
        </div>
      </dl>
      {workflow?.changeRequest && <ChangeRequestBanner request={workflow.changeRequest} />}
      {workflow && (
        <WorkflowPanel articleId={article.id} view={workflow} reviewers={data.reviewers}>
          {(publishing.approvedRevisionNumber !== null || publishing.live) && <PublishControls {...publishing} preview={data.publishPreview} lang={article.targetLang} />}
        </WorkflowPanel>
      )}
      {current && (
        <p className="effort-strip" data-testid="effort">
          <span>{h("latestEffort", { rate: format.number(current.mtEditRate, { style: "percent", maximumFractionDigits: 1 }) })}</span>
          <span>{h("effortDetail", { ins: current.mtInsertions, del: current.mtDeletions, sub: current.mtSubstitutions, words: current.mtWords })}</span>
          <span>{h("totalTime", { time: h("seconds", { minutes: Math.round(data.editSeconds / 60) }) })}</span>
        </p>
      )}
      <BilingualView
        title={{ source: article.sourceTitle, target: data.title }}
        rows={rows}
        sourceLang={article.sourceLang}
        targetLang={article.targetLang}
        targetLabel={head ? t("latestRevision", { number: head.number }) : t("machineTranslation")}
      />
      {recent.length > 0 && (
        <section className="card" style={{ marginTop: 20, overflowX: "auto" }} aria-labelledby="recent-heading">
          <div className="card-body row" style={{ justifyContent: "space-between" }}>
            <h2 id="recent-heading" style={{ margin: 0 }}>{h("recent")}</h2>
            <Link href={`/articles/${article.id}/history`}>{h("all")} →</Link>
          </div>
          <RevisionTable articleId={article.id} revisions={recent} head={article.headRevisionNumber} showMt={false} />
        </section>
      )}
      <div style={{ marginTop: 20 }}>
        <ArticleTimeline articleId={article.id} />
      </div>
    </main>
  );
}
