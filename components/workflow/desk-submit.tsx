"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef } from "react";
import { submitAction, type ReviewFormState } from "@/app/actions/review";
import { useSaveStatus, type SaveStatusStore } from "@/components/editor/use-save";
import { Link } from "@/i18n/navigation";
import { SubmissionFields } from "./submission-fields";
import styles from "./review-loop.module.css";

/** What the desk needs to offer "Submit for review" (the edit page's loader provides it). */
export type DeskSubmitOptions = {
  /** People the submission can go to (eligibleReviewers). */
  reviewers: { id: string; name: string }[];
  /** The reviewer who asked for changes, preselected. */
  defaultReviewerId: string | null;
  /** The head could be submitted when the page was loaded (before any save here). */
  available: boolean;
};

/**
 * "Submit for review…" in the desk's toolbar: offered once the text is saved
 * (a revision of this session, or a head that could be submitted on load),
 * it opens a dialog with the reviewer picker and the note, and submits the
 * saved revision without leaving the desk.
 */
export function DeskSubmit({
  articleId,
  revisionNumber,
  initialRevisionNumber,
  status,
  options,
}: {
  articleId: string;
  /** The revision the desk is on (what gets submitted). */
  revisionNumber: number;
  /** The revision the desk opened on: a save since then makes the text submittable. */
  initialRevisionNumber: number;
  status: SaveStatusStore;
  options: DeskSubmitOptions;
}) {
  const t = useTranslations("Review");
  const rl = useTranslations("ReviewLoop");
  const saved = useSaveStatus(status) === "saved";
  const [state, action, pending] = useActionState<ReviewFormState, FormData>(submitAction, {});
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    if (state.ok) dialog.current?.close();
  }, [state.ok]);

  if (state.ok) {
    return (
      <span role="status" className="small" style={{ color: "var(--ok)" }} data-testid="desk-submitted">
        {rl("deskSubmitted", { number: revisionNumber })} <Link href={`/articles/${articleId}`}>{t("backToArticle")}</Link>
      </span>
    );
  }
  const offered = saved && revisionNumber > 0 && (options.available || revisionNumber !== initialRevisionNumber);
  if (!offered) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => dialog.current?.showModal()} data-testid="desk-submit">
        {rl("deskSubmit")}
      </button>
      <dialog ref={dialog} className={`card ${styles.dialog} ${styles.narrow}`} aria-label={t("submitRevision", { number: revisionNumber })}>
        <form action={action} className="card-body stack">
          <h2 style={{ margin: 0, fontSize: 17 }}>{t("submitRevision", { number: revisionNumber })}</h2>
          <SubmissionFields id={id} state={state} articleId={articleId} revisionNumber={revisionNumber} reviewers={options.reviewers} defaultReviewerId={options.defaultReviewerId} />
          <div className="row" style={{ justifyContent: "flex-end" }}>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>{t("cancel")}</button>
            <button type="submit" className="button button-primary" disabled={pending}>
              {pending ? t("submitting") : t("submitConfirm", { number: revisionNumber })}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
