/**
 * What the publish controls show for one article and viewer: the live
 * version (if any), the approved revision waiting to be published, and
 * whether the viewer may publish or unpublish now (from the workflow, via
 * ./available-actions.ts). The server re-checks every action.
 */
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { exportArticleJsonPath } from "@/lib/export/urls";
import type { WorkflowAction } from "@/lib/workflow/transitions";
import { availableActions } from "./available-actions";

export type PublishingState = {
  articleId: string;
  /** May the viewer publish approvedRevisionNumber now? */
  canPublish: boolean;
  /** May the viewer retract the live version now? */
  canUnpublish: boolean;
  approvedRevisionNumber: number | null;
  /** The live version, or null when nothing is live. */
  live: { version: number; revisionNumber: number; publishedAt: string } | null;
  /** Path of the live export JSON, or null. */
  exportPath: string | null;
};

export async function getPublishingState(options: {
  db: Db;
  actor: Actor;
  articleId: string;
  /** The viewer's actions when the caller has them already (the article page's workflow view). */
  actions?: Record<WorkflowAction, boolean>;
}): Promise<PublishingState> {
  const { db, actor, articleId } = options;
  const article = await db.article.findUnique({ where: { id: articleId }, select: { approvedRevisionNumber: true } });
  if (!article) throw new AppError("not_found", "No such article");
  const [actions, publication] = await Promise.all([
    options.actions ?? availableActions(db, actor, articleId),
    db.publication.findUnique({ where: { articleId }, select: { state: true, version: true } }),
  ]);
  const liveVersion =
    publication?.state === "published"
      ? await db.publishedVersion.findUnique({
          where: { articleId_version: { articleId, version: publication.version } },
          select: { version: true, revisionNumber: true, publishedAt: true },
        })
      : null;
  return {
    articleId,
    canPublish: actions.publish,
    canUnpublish: actions.unpublish && liveVersion !== null,
    approvedRevisionNumber: article.approvedRevisionNumber,
    live: liveVersion ? { version: liveVersion.version, revisionNumber: liveVersion.revisionNumber, publishedAt: liveVersion.publishedAt.toISOString() } : null,
    exportPath: liveVersion ? exportArticleJsonPath(articleId) : null,
  };
}
