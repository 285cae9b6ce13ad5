/**
 * What publishing would send out, shown in the publish confirmation: the
 * approved revision against the live version's revision, or "first
 * publication" when nothing is live. Read-only; publishing itself is
 * lib/use-cases/publish-article.ts.
 */
import { compareVersions } from "@/lib/articles/compare";
import type { Db } from "@/lib/db/client";
import type { DocumentDiff } from "@/lib/diff/types";
import { loadRevisionView, type ArticleForView } from "@/lib/use-cases/get-revision";
import type { PublishingState } from "@/lib/use-cases/get-publishing-state";

export type PublishPreview =
  | { kind: "first"; revisionNumber: number }
  | { kind: "update"; revisionNumber: number; liveVersion: number; liveRevisionNumber: number; title: DocumentDiff; body: DocumentDiff };

/**
 * The preview for the publish confirmation, or null when the viewer cannot
 * publish now (nothing approved, or not theirs to publish).
 */
export async function loadPublishPreview(db: Db, article: ArticleForView & { targetLang: string }, publishing: PublishingState): Promise<PublishPreview | null> {
  const revisionNumber = publishing.approvedRevisionNumber;
  if (!publishing.canPublish || revisionNumber === null) return null;
  if (!publishing.live) return { kind: "first", revisionNumber };
  const [live, approved] = await Promise.all([loadRevisionView(db, article, publishing.live.revisionNumber), loadRevisionView(db, article, revisionNumber)]);
  if (!live || !approved) return null;
  const diff = compareVersions(live, approved, article.targetLang);
  return { kind: "update", revisionNumber, liveVersion: publishing.live.version, liveRevisionNumber: publishing.live.revisionNumber, ...diff };
}
