import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import type { WorkflowView } from "@/lib/read/workflow-view";
import { QaOverrideNotice } from "./qa-override-field";
import { SubmitForm } from "./submit-form";
import { WithdrawButton } from "./withdraw-button";

/**
 * Where the article stands in review and what the viewer can do about it.
 * Buttons appear only for actions the server would accept (the server checks
 * again on every action).
 */
export async function WorkflowPanel({
  articleId,
  view,
  reviewers,
  children,
}: {
  articleId: string;
  view: WorkflowView;
  reviewers: { id: string; name: string }[];
  /** Further controls (publishing). */
  children?: ReactNode;
}) {
  const [t, format] = await Promise.all([getTranslations("Review"), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "");
  const canJudge = view.actions.approve || view.actions.request_changes;
  return (
    <section className="card workflow-panel" aria-labelledby="workflow-heading" data-testid="workflow-panel">
      <div className="card-body stack">
        <h2 id="workflow-heading" style={{ margin: 0 }}>{t("panelTitle")}</h2>
        {view.submission ? (
          <div>
            <p style={{ margin: 0 }} data-testid="submission">
              {view.submission.reviewerName
                ? t("submittedTo", { number: view.submission.revisionNumber, name: view.submission.submitterName, reviewer: view.submission.reviewerName, when: when(view.submission.submittedAt) })
                : t("submittedBy", { number: view.submission.revisionNumber, name: view.submission.submitterName, when: when(view.submission.submittedAt) })}
            </p>
            {view.submission.note && <blockquote className="reviewer-comment">{view.submission.note}</blockquote>}
            {view.submission.qaOverride && <QaOverrideNotice {...view.submission.qaOverride} />}
          </div>
        ) : view.status === "draft" || view.status === "changes_requested" ? (
          <p className="muted" style={{ margin: 0 }}>{view.headRevisionNumber > 0 ? t("notSubmitted") : t("nothingToSubmit")}</p>
        ) : null}
        {view.approval && (
          <p style={{ margin: 0 }} data-testid="approval">
            {t("approvedLine", { number: view.approval.revisionNumber, name: view.approval.approverName, when: when(view.approval.approvedAt) })}
            {view.approval.revisionNumber < view.headRevisionNumber && <> · <Link href={`/articles/${articleId}/compare?from=${view.approval.revisionNumber}&to=${view.headRevisionNumber}`}>{t("changesSinceApproval")}</Link></>}
          </p>
        )}
        {view.publishedRevisionNumber !== null && <p style={{ margin: 0 }} data-testid="live">{t("liveLine", { number: view.publishedRevisionNumber })}</p>}
        {view.authoredSubmission && <p className="muted small" style={{ margin: 0 }}>{t("youAuthored")}</p>}
        <div className="row" style={{ flexWrap: "wrap" }}>
          {view.submission && (canJudge || view.status === "in_review") && (
            <Link className={`button${canJudge ? " button-primary" : ""}`} href={`/articles/${articleId}/review`}>
              {canJudge ? t("openReview", { number: view.submission.revisionNumber }) : t("viewSubmission")}
            </Link>
          )}
          {view.actions.withdraw && view.submission && <WithdrawButton articleId={articleId} revisionNumber={view.submission.revisionNumber} />}
          {view.actions.submit && <SubmitForm articleId={articleId} revisionNumber={view.headRevisionNumber} reviewers={reviewers} defaultReviewerId={view.changeRequest?.reviewerId} />}
        </div>
        {children && <div className="workflow-publishing">{children}</div>}
      </div>
    </section>
  );
}
