/**
 * Reading one revision of an article: for the conflict view ("take theirs"),
 * restore and history. Number 0 stands for the machine translation itself,
 * so that "the head" always has a snapshot, even before the first save.
 */
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { parseStoredDocument } from "@/lib/editor/stored-document";
import type { EditorDoc } from "@/lib/editor/validate";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

/** One revision as the API returns it (and as a 409 names the current head). */
export type RevisionView = {
  /** 0 = the machine translation as imported. */
  number: number;
  /** The revision it was edited from; null for the MT. */
  baseNumber: number | null;
  title: string;
  content: EditorDoc;
  /** Null for the MT, which no user wrote. */
  authorName: string | null;
  /** ISO 8601. For the MT: when the article was imported. */
  createdAt: string;
  message: string | null;
  wordCount: number | null;
  schemaVersion: number | null;
  restoredFrom: number | null;
};

/** The article fields needed to present number 0 (the MT) as a revision. */
export type ArticleForView = { id: string; mtTitle: string; mtDoc: string; createdAt: Date };

/** The MT snapshot of an article, shaped like a revision. */
export function machineTranslationView(article: ArticleForView): RevisionView {
  return {
    number: 0,
    baseNumber: null,
    title: article.mtTitle,
    content: parseStoredDocument(article.mtDoc),
    authorName: null,
    createdAt: article.createdAt.toISOString(),
    message: null,
    wordCount: null,
    schemaVersion: null,
    restoredFrom: null,
  };
}

/**
 * Revision `number` of `article` (0 = the MT), or null when it does not exist.
 * No policy check: for callers that already made one (e.g. saveRevision).
 */
export async function loadRevisionView(db: Db, article: ArticleForView, number: number): Promise<RevisionView | null> {
  if (number === 0) return machineTranslationView(article);
  const revision = await db.revision.findUnique({
    where: { articleId_number: { articleId: article.id, number } },
    select: {
      number: true,
      baseNumber: true,
      title: true,
      content: true,
      createdAt: true,
      message: true,
      wordCount: true,
      schemaVersion: true,
      restoredFrom: true,
      author: { select: { name: true } },
    },
  });
  if (!revision) return null;
  const { author, content, createdAt, ...rest } = revision;
  return { ...rest, content: parseStoredDocument(content), authorName: author.name, createdAt: createdAt.toISOString() };
}

// Path segments arrive as strings; only plain decimal integers name a revision
// ("1e2", " 3" or "03" are not numbers a client of this API would produce).
const revisionNumber = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,8})$/, { error: "invalid" })
  .transform(Number);

/**
 * Revision `number` of article `articleId` (0 = the MT). 403 when the actor
 * may not read articles, 404 when the article or the revision does not exist,
 * 422 when `number` is not a non-negative integer.
 */
export async function getRevision(options: { db: Db; actor: Actor; articleId: string; number: string | number }): Promise<RevisionView> {
  const { db, actor, articleId } = options;
  if (!can(actor, "article.read")) throw new AppError("forbidden", "May not read articles");
  const number = parseInput(z.object({ number: revisionNumber }), { number: String(options.number) }).number;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, mtTitle: true, mtDoc: true, createdAt: true },
  });
  if (!article) throw new AppError("not_found", "No such article");
  const view = await loadRevisionView(db, article, number);
  if (!view) throw new AppError("not_found", "No such revision");
  return view;
}
