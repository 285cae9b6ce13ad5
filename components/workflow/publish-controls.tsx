"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { publishAction, unpublishAction, type PublishActionState as ActionState } from "@/app/actions/publishing";
import { ConfirmSubmit } from "@/components/confirm-submit";
import type { PublishPreview } from "@/lib/read/publish-preview";
import type { PublishingState } from "@/lib/use-cases/get-publishing-state";
import { PublishConfirm } from "./publish-confirm";

/**
 * Props: exactly what `getPublishingState({ db, actor, articleId })`
 * (lib/use-cases/get-publishing-state.ts) returns, e.g.
 *   <PublishControls {...await getPublishingState({ db, actor, articleId })} />
 */
export type PublishControlsProps = PublishingState & {
  /** What publishing sends out (lib/read/publish-preview.ts): Publish asks first, showing it. */
  preview?: PublishPreview | null;
  /** The translation's language, for the preview's diff. */
  lang?: string;
};

/**
 * Publish / Unpublish for reviewers and admins: shows the live version (with
 * a link to its export JSON) and the approved revision waiting to go live.
 * Unpublishing asks first. Buttons appear only when the workflow allows
 * them; the server checks again. Given a preview, publishing asks first
 * and shows what goes out.
 */
export function PublishControls({ articleId, canPublish, canUnpublish, approvedRevisionNumber, live, exportPath, preview, lang = "en" }: PublishControlsProps) {
  const t = useTranslations("Publishing");
  const format = useFormatter();
  const [publishState, publish, publishing] = useActionState<ActionState, FormData>(publishAction, {});
  const [unpublishState, unpublish, unpublishing] = useActionState<ActionState, FormData>(unpublishAction, {});
  const message = publishState.error ?? unpublishState.error;
  const ok = publishState.ok ?? unpublishState.ok;
  const waiting = canPublish && approvedRevisionNumber !== null;

  return (
    <section className="stack" aria-label={t("heading")} data-testid="publish-controls">
      <h2 className="small" style={{ margin: 0 }}>{t("heading")}</h2>
      <p className="small" style={{ margin: 0 }}>
        {live
          ? t("live", { version: live.version, revision: live.revisionNumber, date: format.dateTime(new Date(live.publishedAt), { dateStyle: "medium", timeStyle: "short" }) })
          : t("notLive")}{" "}
        {live && exportPath && (
          <a href={exportPath} target="_blank" rel="noopener noreferrer">
            {t("exportLink")}
          </a>
        )}
      </p>
      {waiting && <p className="small muted" style={{ margin: 0 }}>{t("waiting", { revision: approvedRevisionNumber })}</p>}
      <div className="row" style={{ gap: 8 }}>
        {waiting && (
          <form action={publish}>
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="revisionNumber" value={approvedRevisionNumber} />
            {preview ? (
              <PublishConfirm label={publishing ? t("working") : t("publish", { revision: approvedRevisionNumber })} preview={preview} lang={lang} disabled={publishing} />
            ) : (
              <button type="submit" className="button button-primary button-small" disabled={publishing}>
                {publishing ? t("working") : t("publish", { revision: approvedRevisionNumber })}
              </button>
            )}
          </form>
        )}
        {canUnpublish && live && (
          <form action={unpublish}>
            <input type="hidden" name="articleId" value={articleId} />
            <input type="hidden" name="version" value={live.version} />
            <ConfirmSubmit
              label={unpublishing ? t("working") : t("unpublish")}
              question={t("unpublishQuestion", { version: live.version })}
              confirmLabel={t("unpublishConfirm")}
              disabled={unpublishing}
            />
          </form>
        )}
      </div>
      {ok && !message && <span role="status" className="small" style={{ color: "var(--ok)" }}>{ok}</span>}
      {message && <span role="alert" className="small error">{message}</span>}
    </section>
  );
}
