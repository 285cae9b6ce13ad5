/**
 * Publish an article (retracting is ./unpublish-article.ts).
 *
 * Publishing stores an immutable PublishedVersion of the APPROVED revision:
 * title, body rendered on the server (sanitized HTML, Markdown, text; see
 * lib/publishing/render.ts), languages, metadata, revision and version
 * numbers, time and publisher. The export serves only these rows, so later
 * edits never change what is served.
 *
 * It is one ARRAY transaction: the article update guarded by the version
 * read (a concurrent move fails as a whole → 409), the version insert
 * (unique (articleId, version) also stops two publishes from one read), the
 * Publication upsert, the audit event and the webhook outbox event. After the
 * commit this instance's export cache forgets the article; other instances
 * see the change within the pointer TTL (lib/export/store.ts).
 *
 * Workflow: publish is approved → published and publishes
 * approvedRevisionNumber.
 */
import { z } from "zod";
import { parseArticleStatus, type ArticleStatus } from "@/lib/articles/status";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { commitGuarded } from "@/lib/db/guarded-write";
import { validateEditorDoc } from "@/lib/editor/validate";
import { countWords } from "@/lib/editor/to-text";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { forgetArticle } from "@/lib/export/store";
import { exportArticleUrl, exportVersionUrl } from "@/lib/export/urls";
import { parseInput } from "@/lib/validation/parse-input";
import { positiveIntField } from "@/lib/validation/fields";
import { renderPublication, withoutControlCharacters } from "@/lib/publishing/render";
import { webhookEvent } from "@/lib/webhooks/outbox";
import { checkWorkflowMove } from "@/lib/workflow/guard";
import { articleEvent, moveArticle } from "./workflow-article";

/** Publish: the approved revision the caller saw (it must still be the approved one). */
export const publishArticleSchema = z.strictObject({ revisionNumber: positiveIntField() });
export type PublishArticleInput = z.input<typeof publishArticleSchema>;

export type PublishResult = { status: ArticleStatus; version: number; revisionNumber: number; publishedAt: string };

/** The JSON kept in PublishedVersion.metadata. */
export type PublishedMetadata = {
  outlet: string | null;
  author: string | null;
  originalUrl: string | null;
  originalPublishedAt: string | null;
  sourceTitle: string;
  wordCount: number;
};

const ARTICLE_SELECT = {
  id: true,
  status: true,
  version: true,
  approvedRevisionNumber: true,
  publishedRevisionNumber: true,
  sourceLang: true,
  targetLang: true,
  sourceTitle: true,
  outlet: true,
  author: true,
  originalUrl: true,
  originalPublishedAt: true,
} as const;

async function loadArticle(db: Db, articleId: string) {
  const row = await db.article.findUnique({ where: { id: articleId }, select: ARTICLE_SELECT });
  if (!row) throw new AppError("not_found", "No such article");
  return { ...row, status: parseArticleStatus(row.status) };
}

/**
 * Publishes the article's approved revision as a new version (previous
 * highest + 1). 403 for editors, 409 `invalid_transition` unless the status
 * is `approved`, 409 `conflict` when `revisionNumber` is no longer the
 * approved revision or another move landed first.
 */
export async function publishArticle(options: { db: Db; actor: Actor; articleId: string; input: PublishArticleInput; now?: Date }): Promise<PublishResult> {
  const { db, actor, articleId } = options;
  const article = await loadArticle(db, articleId);
  const next = checkWorkflowMove(actor, article.status, "publish", { revisionAuthorIds: [] });
  const input = parseInput(publishArticleSchema, options.input);
  const revisionNumber = article.approvedRevisionNumber;
  if (revisionNumber === null || input.revisionNumber !== revisionNumber) {
    throw new AppError("conflict", "Not the approved revision", { details: { approvedRevisionNumber: revisionNumber } });
  }
  const [revision, latest] = await Promise.all([
    db.revision.findUnique({
      where: { articleId_number: { articleId, number: revisionNumber } },
      select: { title: true, content: true, plainText: true },
    }),
    db.publishedVersion.findFirst({ where: { articleId }, orderBy: { version: "desc" }, select: { version: true } }),
  ]);
  if (!revision) throw new Error(`Approved revision ${revisionNumber} of article ${articleId} is missing`);
  const parsed = validateEditorDoc(JSON.parse(revision.content) as unknown);
  // Stored revisions were validated when saved; failing now is a data bug, not the caller's.
  if (!parsed.ok) throw new Error(`Approved revision ${revisionNumber} of article ${articleId} is not a valid document`);
  const body = renderPublication(parsed.doc);
  const version = (latest?.version ?? 0) + 1;
  const now = options.now ?? new Date();
  const metadata: PublishedMetadata = {
    outlet: article.outlet,
    author: article.author,
    originalUrl: article.originalUrl,
    originalPublishedAt: article.originalPublishedAt?.toISOString() ?? null,
    sourceTitle: article.sourceTitle,
    wordCount: countWords(revision.plainText, article.targetLang),
  };
  const publication = { state: "published", version, title: withoutControlCharacters(revision.title), targetLang: article.targetLang, changedAt: now, retractedAt: null };

  await commitGuarded(db, [
    moveArticle(db, article, { status: next, publishedRevisionNumber: revisionNumber }),
    db.publishedVersion.create({
      data: {
        articleId,
        version,
        revisionNumber,
        title: withoutControlCharacters(revision.title),
        html: body.html,
        markdown: body.markdown,
        text: body.text,
        sourceLang: article.sourceLang,
        targetLang: article.targetLang,
        metadata: JSON.stringify(metadata),
        publishedAt: now,
        publishedById: actor.id,
      },
      select: { id: true },
    }),
    db.publication.upsert({
      where: { articleId },
      create: { articleId, ...publication },
      update: { ...publication, rowVersion: { increment: 1 } },
      select: { articleId: true },
    }),
    articleEvent(db, actor, articleId, { type: "article.published", data: { revisionNumber, version } }),
    webhookEvent(db, {
      type: "article.published",
      at: now,
      data: { articleId, version, revisionNumber, url: exportArticleUrl(env.COPYDESK_URL, articleId), versionUrl: exportVersionUrl(env.COPYDESK_URL, articleId, version) },
    }),
  ]);
  forgetArticle(articleId);
  return { status: next, version, revisionNumber, publishedAt: now.toISOString() };
}
