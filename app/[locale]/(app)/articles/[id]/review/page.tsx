import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CommentedTranslation } from "@/components/comments/commented-translation";
import { DiffView } from "@/components/diff/diff-view";
import { FindingsList } from "@/components/qa/findings-list";
import { revisionFindings } from "@/components/qa/revision-findings";
import { StatusPill } from "@/components/status-pill";
import { ChangeNavigator } from "@/components/workflow/change-navigator";
import { ChangeRequestBanner } from "@/components/workflow/change-request-banner";
import { DecisionPanel } from "@/components/workflow/decision-panel";
import { Link } from "@/i18n/navigation";
import { compareVersions } from "@/lib/articles/history";
import { getWorkflowView } from "@/lib/articles/workflow-view";
import { policy } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { openThreadCount } from "@/lib/comments/queries";
import { db } from "@/lib/db/client";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";
import { loadRevisionView } from "@/lib/use-cases/get-revision";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const querySchema = z.object({
  base: z.enum(["mt", "approved", "text"]).optional().catch(undefined),
  view: z.enum(["inline", "split"]).catch("inline"),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const [t, article] = await Promise.all([getTranslations("Review"), db.article.findUnique({ where: { id }, select: { targetTitle: true } })]);
  return { title: article ? t("pageTitle", { title: article.targetTitle }) : undefined };
}

/**
 * The review view: the submitted revision against the MT or against the last
 * approved revision (inline or side by side), the original beside it, the
 * submitter's note, and the decision. Without a submission it says so.
 */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale === "zh" ? "zh" : "en");
  const query = querySchema.parse(await searchParams);
  const actor = await requireActor(locale, `/${locale}/articles/${id}/review`);
  const article = await db.article.findUnique({
    where: { id },
    select: { id: true, targetTitle: true, targetLang: true, sourceLang: true, sourceTitle: true, sourceDoc: true, mtTitle: true, mtDoc: true, createdAt: true },
  });
  if (!article) notFound();
  const [t, c, format, view, openThreads] = await Promise.all([
    getTranslations("Review"),
    getTranslations("Comments"),
    getFormatter(),
    getWorkflowView(db, actor, id),
    openThreadCount(db, id),
  ]);
  if (!view) notFound();

  const submission = view.submission;
  const approvedNumber = view.approval?.revisionNumber ?? null;
  const base = query.base === "approved" && approvedNumber === null ? "mt" : (query.base ?? (approvedNumber !== null ? "approved" : "mt"));
  const fromNumber = base === "approved" && approvedNumber !== null ? approvedNumber : 0;
  const [from, to] = submission ? await Promise.all([loadRevisionView(db, article, fromNumber), loadRevisionView(db, article, submission.revisionNumber)]) : [null, null];
  const diff = from && to ? compareVersions(from, to, article.targetLang) : null;
  const source = docToBlocks(JSON.parse(article.sourceDoc) as EditorDoc);
  const href = (changes: { base?: string; view?: string }) =>
    `/articles/${id}/review?${new URLSearchParams({ base: changes.base ?? base, view: changes.view ?? query.view }).toString()}`;

  return (
    <main className="page page-wide review-page">
      <p className="small" style={{ margin: "0 0 8px" }}><Link href={`/articles/${id}`}>← {article.targetTitle}</Link></p>
      <div className="article-head">
        <h1 lang={article.targetLang}>{t("heading")}</h1>
        <StatusPill status={view.status} />
      </div>

      {!submission ? (
        <div className="card card-body empty-state stack" data-testid="no-submission">
          {view.changeRequest && <ChangeRequestBanner request={view.changeRequest} />}
          {!view.changeRequest && view.approval && (
            <p style={{ margin: 0 }} className="alert alert-ok" data-testid="approval">
              {t("approvedLine", { number: view.approval.revisionNumber, name: view.approval.approverName, when: view.approval.approvedAt ? format.dateTime(view.approval.approvedAt, { dateStyle: "medium", timeStyle: "short" }) : "" })}
            </p>
          )}
          <p style={{ margin: 0 }}>{t("noSubmission", { status: view.status })}</p>
          <p style={{ margin: "8px 0 0" }}><Link href={`/articles/${id}`}>{t("backToArticle")}</Link></p>
        </div>
      ) : (
        <>
          <section className="card card-body stack review-summary" aria-label={t("submissionLabel")}>
            <p style={{ margin: 0 }} data-testid="submission">
              {submission.reviewerName
                ? t("submittedTo", { number: submission.revisionNumber, name: submission.submitterName, reviewer: submission.reviewerName, when: format.dateTime(submission.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })
                : t("submittedBy", { number: submission.revisionNumber, name: submission.submitterName, when: format.dateTime(submission.submittedAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
            {submission.note && (
              <div>
                <span className="diff-label">{t("submitterNote")}</span>
                <blockquote className="reviewer-comment" data-testid="submitter-note">{submission.note}</blockquote>
              </div>
            )}
            {view.actions.approve || view.actions.request_changes ? (
              <DecisionPanel articleId={id} revisionNumber={submission.revisionNumber} canApprove={view.actions.approve} canRequestChanges={view.actions.request_changes} />
            ) : (
              <p className="muted small" style={{ margin: 0 }} data-testid="cannot-decide">
                {view.authoredSubmission ? t("youAuthored") : actor.role === "editor" ? t("editorsCannotDecide") : t("cannotDecide")}
              </p>
            )}
          </section>

          <div className="row review-toolbar" style={{ justifyContent: "space-between", flexWrap: "wrap" }}>
            <nav className="segmented" aria-label={t("compareAgainst")}>
              <Link href={href({ base: "mt" })} aria-current={base === "mt" ? "true" : undefined}>{t("againstMt")}</Link>
              {approvedNumber !== null && (
                <Link href={href({ base: "approved" })} aria-current={base === "approved" ? "true" : undefined}>{t("againstApproved", { number: approvedNumber })}</Link>
              )}
              <Link href={href({ base: "text" })} aria-current={base === "text" ? "true" : undefined}>
                {t("textAndComments")} <span className="count-badge" data-testid="open-threads">{c("openCount", { count: openThreads })}</span>
              </Link>
            </nav>
            {base !== "text" && (
              <>
                <ChangeNavigator key={`${base}-${query.view}`} />
                <nav className="segmented" aria-label={t("layout")}>
                  <Link href={href({ view: "inline" })} aria-current={query.view === "inline" ? "true" : undefined}>{t("inline")}</Link>
                  <Link href={href({ view: "split" })} aria-current={query.view === "split" ? "true" : undefined}>{t("split")}</Link>
                </nav>
              </>
            )}
          </div>

          {base === "text" && to ? (
            <div className="review-text-grid">
              <section className="card card-body compare-source" aria-label={t("original")} lang={article.sourceLang}>
                <h2 className="compare-head">{t("original")}</h2>
                <h3>{article.sourceTitle}</h3>
                {source.map((b, i) => (b.type === "heading" ? <h3 key={i}>{b.text}</h3> : <p key={i}>{b.text}</p>))}
              </section>
              <section className="card card-body" aria-label={t("textAndComments")} data-testid="review-text">
                <h2 className="compare-head">{t("fromRevision", { number: submission.revisionNumber })}</h2>
                <h3 lang={article.targetLang}>{to.title}</h3>
                <CommentedTranslation articleId={id} revisionNumber={submission.revisionNumber} doc={to.content} lang={article.targetLang} canComment={policy.comment(actor)} />
              </section>
            </div>
          ) : diff ? (
            <div className={`compare-grid compare-${query.view}`}>
              <section className="card card-body compare-source" aria-label={t("original")} lang={article.sourceLang}>
                <h2 className="compare-head">{t("original")}</h2>
                <h3>{article.sourceTitle}</h3>
                {source.map((b, i) => (b.type === "heading" ? <h3 key={i}>{b.text}</h3> : <p key={i}>{b.text}</p>))}
              </section>
              <section className="card card-body" aria-label={t("changes")} data-testid="review-diff">
                <h2 className="compare-head">
                  {fromNumber === 0 ? t("fromMt") : t("fromRevision", { number: fromNumber })} → {t("fromRevision", { number: submission.revisionNumber })}
                </h2>
                {diff.title.summary.wordsInserted + diff.title.summary.wordsDeleted + diff.title.summary.wordsSubstituted > 0 && (
                  <div className="diff-title">
                    <span className="diff-label">{t("titleChange")}</span>
                    <DiffView diff={diff.title} lang={article.targetLang} mode={query.view} />
                  </div>
                )}
                <DiffView diff={diff.body} lang={article.targetLang} mode={query.view} />
              </section>
            </div>
          ) : (
            <div className="alert alert-error" role="alert">{t("missingRevision")}</div>
          )}
          {to && (
            <FindingsList
              revisionNumber={submission.revisionNumber}
              findings={revisionFindings({ source: JSON.parse(article.sourceDoc) as EditorDoc, target: to.content, sourceLang: article.sourceLang, targetLang: article.targetLang })}
            />
          )}
        </>
      )}
    </main>
  );
}
