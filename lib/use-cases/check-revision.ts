/**
 * Recomputes the QA findings of a stored revision on the server: the
 * article's original and MT, the revision's document and the article's
 * dismissals go through lib/qa/check-document.ts. The workflow gate
 * (submit, approve) and the revision counts rely on this, never on what a
 * browser reports.
 */
import type { Db } from "@/lib/db/client";
import type { EditorDoc } from "@/lib/editor/validate";
import { AppError } from "@/lib/errors";
import { checkDocument, type DocumentQa, type QaArticleDocs } from "@/lib/qa/check-document";
import { QA_DISMISSAL_REASONS, type QaDismissalReason, type QaDismissalView } from "@/lib/qa/dismissals";

const DISMISSAL_SELECT = {
  id: true,
  check: true,
  sourceText: true,
  targetText: true,
  spanText: true,
  reason: true,
  note: true,
  userId: true,
  createdAt: true,
  user: { select: { name: true } },
} as const;

type DismissalRow = {
  id: string;
  check: string;
  sourceText: string;
  targetText: string;
  spanText: string;
  reason: string;
  note: string | null;
  userId: string;
  createdAt: Date;
  user: { name: string };
};

/** An unknown stored reason reads as "other" (the reason that asks for a note). */
function parseReason(value: string): QaDismissalReason {
  return (QA_DISMISSAL_REASONS as readonly string[]).includes(value) ? (value as QaDismissalReason) : "other";
}

/** A stored dismissal as the API shows it. */
export function dismissalView(row: DismissalRow): QaDismissalView {
  return {
    id: row.id,
    check: row.check,
    sourceText: row.sourceText,
    targetText: row.targetText,
    spanText: row.spanText,
    reason: parseReason(row.reason),
    note: row.note,
    userId: row.userId,
    userName: row.user.name,
    createdAt: row.createdAt.toISOString(),
  };
}

export { DISMISSAL_SELECT };

/** The article's dismissals, oldest first (the matcher takes the first that fits). */
export async function loadQaDismissals(db: Db, articleId: string): Promise<QaDismissalView[]> {
  const rows = await db.qaDismissal.findMany({ where: { articleId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: DISMISSAL_SELECT });
  return rows.map(dismissalView);
}

/** The article columns {@link qaArticleDocs} reads. */
export const QA_ARTICLE_SELECT = { sourceLang: true, targetLang: true, sourceDoc: true, mtDoc: true } as const;

/** Stored editor JSON was validated (or produced by the importer) before it was written. */
export function qaArticleDocs(article: { sourceLang: string; targetLang: string; sourceDoc: string; mtDoc: string }): QaArticleDocs {
  return {
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    sourceDoc: JSON.parse(article.sourceDoc) as EditorDoc,
    mtDoc: JSON.parse(article.mtDoc) as EditorDoc,
  };
}

/**
 * The findings and counts of revision `revisionNumber` (0 = the MT) of the
 * article, with the dismissals stored now. 404 for an unknown article or revision.
 */
export async function checkRevision(options: { db: Db; articleId: string; revisionNumber: number }): Promise<DocumentQa> {
  const { db, articleId, revisionNumber } = options;
  const [article, revision, dismissals] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: QA_ARTICLE_SELECT }),
    revisionNumber > 0
      ? db.revision.findUnique({ where: { articleId_number: { articleId, number: revisionNumber } }, select: { content: true } })
      : Promise.resolve(null),
    loadQaDismissals(db, articleId),
  ]);
  if (!article) throw new AppError("not_found", "No such article");
  if (revisionNumber > 0 && !revision) throw new AppError("not_found", "No such revision");
  const docs = qaArticleDocs(article);
  const doc = revision ? (JSON.parse(revision.content) as EditorDoc) : docs.mtDoc;
  return checkDocument(docs, doc, dismissals);
}
