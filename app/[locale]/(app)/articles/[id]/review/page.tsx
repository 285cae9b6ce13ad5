import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CommentedTranslation } from "@/components/comments/commented-translation";
import { AlignedDiff } from "@/components/diff/aligned-diff";
import { FindingsList } from "@/components/qa/findings-list";
import { OriginalText } from "@/components/diff/original-text";
import { PageHeader } from "@/components/page-header";
import { ChangeNavigator } from "@/components/workflow/change-navigator";
import { ChangeRequestBanner } from "@/components/workflow/change-request-banner";
import { DecisionPanel } from "@/components/workflow/decision-panel";
import { PublishControls } from "@/components/workflow/publish-controls";
import { QaOverrideNotice } from "@/components/workflow/qa-override-field";
import { Link } from "@/i18n/navigation";
import { pageParams, type LocaleParams } from "@/i18n/page-params";
import { can } from "@/lib/auth/policy";
import { requireActor } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { loadReviewPage } from "@/lib/loaders/article-review";
import { articlePageMetadata } from "@/lib/loaders/metadata";
import type { SearchParams } from "@/lib/loaders/search-params";

type Props = { params: LocaleParams<{ id: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return articlePageMetadata(db, (await params).id, "Review");
}

/**
 * The review view: the submitted revision against the MT or against the last
 * approved revision (inline or side by side), the original beside it, the
 * submitter's note, and the decision. Without a submission it says so.
 */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale, id } = await pageParams(params);
  const actor = await requireActor(locale, `/${locale}/articles/${id}/review`);
  const [t, c, rl, format, data] = await Promise.all([
    getTranslations("Review"),
    getTranslations("Comments"),
    getTranslations("ReviewLoop"),
    getFormatter(),
    loadReviewPage(db, { actor, id, searchParams: await searchParams }),
  ]);
  if (!data) notFound();
  const { article, query, workflow: view, base, approvedNumber, returnedNumber, fromNumber, to, diff, source } = data;
  const submission = view.submission;
  const href = (changes: { base?: string; view?: string }) =>
    `/articles/${id}/review?${new URLSearchParams({ base: changes.base ?? base, view: changes.view ?? query.view }).toString()}`;

  return (
    <main className="page page-wide review-page">
      <PageHeader compact back={{ href: `/articles/${id}`, label: article.targetTitle }} title={t("heading")} lang={article.targetLang} status={view.status} />

      {!submission ? (
        <div className="card card-body empty-state stack" data-testid="no-submission">
          {view.changeRequest && <ChangeRequestBanner request={view.changeRequest} />}
          {!view.changeRequest && view.approval && (
            <p style={{ margin: 0 }} className="alert alert-ok" data-testid="approval">
              {t("approvedLine", { number: view.approval.revisionNumber, name: view.approval.approverName, when: view.approval.approvedAt ? format.dateTime(view.approval.approvedAt, { dateStyle: "medium", timeStyle: "short" }) : "" })}
            </p>
          )}
          <p style={{ margin: 0 }}>{t("noSubmission", { status: view.status })}</p>
          {data.publishing && (data.publishing.approvedRevisionNumber !== null || data.publishing.live) && (
            <div className="review-publish" data-testid="review-publish">
              <PublishControls {...data.publishing} preview={data.publishPreview} lang={article.targetLang} />
            </div>
          )}
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
            {submission.qaOverride && <QaOverrideNotice {...submission.qaOverride} />}
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
              {returnedNumber !== null && (
                <Link href={href({ base: "returned" })} aria-current={base === "returned" ? "true" : undefined} data-testid="against-returned">
                  {rl("againstReturned", { number: returnedNumber })}
                </Link>
              )}
              <Link href={href({ base: "mt" })} aria-current={base === "mt" ? "true" : undefined}>{t("againstMt")}</Link>
              {approvedNumber !== null && (
                <Link href={href({ base: "approved" })} aria-current={base === "approved" ? "true" : undefined}>{t("againstApproved", { number: approvedNumber })}</Link>
              )}
              <Link href={href({ base: "text" })} aria-current={base === "text" ? "true" : undefined}>
                {t("textAndComments")} <span className="count-badge" data-testid="open-threads">{c("openCount", { count: data.openThreads })}</span>
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
              <OriginalText label={t("original")} title={article.sourceTitle} blocks={source} lang={article.sourceLang} />
              <section className="card card-body" aria-label={t("textAndComments")} data-testid="review-text">
                <h2 className="compare-head">{t("fromRevision", { number: submission.revisionNumber })}</h2>
                <h3 lang={article.targetLang}>{to.title}</h3>
                <CommentedTranslation articleId={id} revisionNumber={submission.revisionNumber} doc={to.content} lang={article.targetLang} canComment={can(actor, "comment.write")} />
              </section>
            </div>
          ) : diff ? (
            <section className="card card-body" aria-label={t("changes")} data-testid="review-diff">
              <h2 className="compare-head">
                {fromNumber === 0 ? t("fromMt") : t("fromRevision", { number: fromNumber })} → {t("fromRevision", { number: submission.revisionNumber })}
              </h2>
              {base === "returned" && <p className="muted small" style={{ marginTop: 0 }} data-testid="returned-explainer">{rl("returnedExplainer", { number: fromNumber })}</p>}
              <AlignedDiff
                comparison={{ headline: diff.headline, rows: diff.rows, body: { coarse: diff.body.coarse } }}
                mode={query.view}
                sourceLang={article.sourceLang}
                targetLang={article.targetLang}
              />
            </section>
          ) : (
            <div className="alert alert-error" role="alert">{t("missingRevision")}</div>
          )}
          {data.qaFindings && <FindingsList revisionNumber={submission.revisionNumber} findings={data.qaFindings} />}
        </>
      )}
    </main>
  );
}
