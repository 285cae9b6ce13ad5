import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { BilingualView } from "@/components/bilingual-view";
import { RevisionTable } from "@/components/history/revision-table";
import { StatusPill } from "@/components/status-pill";
import { ChangeRequestBanner } from "@/components/workflow/change-request-banner";
import { ArticleTimeline } from "@/components/workflow/timeline";
import { PublishControls } from "@/components/workflow/publish-controls";
import { WorkflowPanel } from "@/components/workflow/workflow-panel";
import { Link } from "@/i18n/navigation";
import { alignDocs } from "@/lib/articles/bilingual";
import { languageName } from "@/lib/articles/language";
import { listRevisions, totalEditSeconds } from "@/lib/articles/history";
import { getArticleWithCurrent } from "@/lib/articles/queries";
import { eligibleReviewers, getWorkflowView } from "@/lib/articles/workflow-view";
import { requireActor } from "@/lib/auth/session";
import { openThreadCount } from "@/lib/comments/queries";
import { db } from "@/lib/db/client";
import { getPublishingState } from "@/lib/use-cases/get-publishing-state";
import type { EditorDoc } from "@/lib/editor/validate";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const article = await db.article.findUnique({ where: { id }, select: { targetTitle: true } });
  return { title: article?.targetTitle };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const actor = await requireActor(locale, `/${locale}/articles/${id}`);
  const found = await getArticleWithCurrent(db, id);
  if (!found) notFound();
  const { article, head } = found;
  const [t, h, c, format, recent, seconds, reviewers, openThreads, { view: workflow, publishing }] = await Promise.all([
    getTranslations("Article"),
    getTranslations("History"),
    getTranslations("Comments"),
    getFormatter(),
    listRevisions(db, article.id, 5),
    totalEditSeconds(db, article.id),
    eligibleReviewers(db, article.id, actor.id),
    openThreadCount(db, article.id),
    // The publishing controls reuse the workflow view's actions instead of loading them again.
    getWorkflowView(db, actor, article.id).then(async (view) => ({
      view,
      publishing: await getPublishingState({ db, actor, articleId: article.id, actions: view?.actions }),
    })),
  ]);
  const current = recent[0];

  const targetDoc = JSON.parse(head?.content ?? article.mtDoc) as EditorDoc;
  const rows = alignDocs(JSON.parse(article.sourceDoc) as EditorDoc, targetDoc, article.sourceLang, article.targetLang);
  const sourceCount = rows.reduce((n, r) => n + r.source.length, 0);
  const targetCount = rows.reduce((n, r) => n + r.target.length, 0);

  return (
    <main className="page page-wide">
      <p className="small" style={{ margin: "0 0 8px" }}><Link href="/articles">← {t("backToList")}</Link></p>
      <div className="article-head">
        <h1 lang={article.targetLang}>{head?.title ?? article.targetTitle}</h1>
        <StatusPill status={article.status} />
        <div className="row" style={{ marginLeft: "auto" }}>
          <Link className="button" href={`/articles/${article.id}/history`}>{t("history")}</Link>
          {article.headRevisionNumber > 0 && <Link className="button" href={`/articles/${article.id}/compare?from=0&to=${article.headRevisionNumber}`}>{t("compare")}</Link>}
          <Link className="button button-primary" href={`/articles/${article.id}/edit`}>{t("edit")}</Link>
        </div>
        <span className="muted small">
          {t("languages", { source: languageName(article.sourceLang, locale), target: languageName(article.targetLang, locale) })}
        </span>
      </div>
      <dl className="meta-list">
        {article.outlet && <div><dt>{t("outlet")}</dt><dd>{article.outlet}</dd></div>}
        {article.author && <div><dt>{t("author")}</dt><dd>{article.author}</dd></div>}
        {article.originalPublishedAt && (
          <div><dt>{t("publishedAt")}</dt><dd>{format.dateTime(article.originalPublishedAt, { dateStyle: "medium", timeStyle: "short" })}</dd></div>
        )}
        {article.originalUrl && <div><dt>{t("originalUrl")}</dt><dd><a href={article.originalUrl} rel="noopener noreferrer nofollow" target="_blank">{article.originalUrl}</a></dd></div>}
        <div><dd>{t("paragraphCounts", { source: sourceCount, target: targetCount })}</dd></div>
        <div>
          <dd>
            <Link href={`/articles/${article.id}/edit`} data-testid="article-open-threads">{c("openCount", { count: openThreads })}</Link>
          </dd>
        </div>
      </dl>
      {workflow?.changeRequest && <ChangeRequestBanner request={workflow.changeRequest} />}
      {workflow && (
        <WorkflowPanel articleId={article.id} view={workflow} reviewers={reviewers}>
          {(publishing.approvedRevisionNumber !== null || publishing.live) && <PublishControls {...publishing} />}
        </WorkflowPanel>
      )}
      {current && (
        <p className="effort-strip" data-testid="effort">
          <span>{h("latestEffort", { rate: format.number(current.mtEditRate, { style: "percent", maximumFractionDigits: 1 }) })}</span>
          <span>{h("effortDetail", { ins: current.mtInsertions, del: current.mtDeletions, sub: current.mtSubstitutions, words: current.mtWords })}</span>
          <span>{h("totalTime", { time: h("seconds", { minutes: Math.round(seconds / 60) }) })}</span>
        </p>
      )}
      <BilingualView
        title={{ source: article.sourceTitle, target: head?.title ?? article.targetTitle }}
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
