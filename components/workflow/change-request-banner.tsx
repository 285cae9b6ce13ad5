import { getFormatter, getTranslations } from "next-intl/server";
import type { ChangeRequestView } from "@/lib/read/workflow-view";

/** The reviewer's reasons, shown at the top of the editor and the article until resubmission. */
export async function ChangeRequestBanner({ request }: { request: ChangeRequestView }) {
  const [t, format] = await Promise.all([getTranslations("Review"), getFormatter()]);
  return (
    <section className="alert alert-warn change-request" role="region" aria-label={t("changeRequestTitle")} data-testid="change-request">
      <strong>{t("changeRequestHeading", { name: request.reviewerName, number: request.revisionNumber })}</strong>{" "}
      <span className="muted small">{format.dateTime(request.createdAt, { dateStyle: "medium", timeStyle: "short" })}</span>
      <ul className="reason-chips" aria-label={t("categories")}>
        {request.categories.map((c) => (
          <li key={c} className="chip">{t(`category.${c}`)}</li>
        ))}
      </ul>
      {request.comment && <blockquote className="reviewer-comment">{request.comment}</blockquote>}
    </section>
  );
}
