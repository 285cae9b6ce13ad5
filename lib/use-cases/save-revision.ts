/**
 * Saving a revision of an article's translation.
 *
 * Correctness rests on two database facts, not on reads: revision numbers are
 * unique per article, and the article row is updated only while its head is
 * still the revision the editor started from. Both writes, and the audit
 * event, go in one ARRAY transaction (interactive ones can roll back other
 * requests' writes on the shared SQLite connection; see
 * ../shared/notes/prisma-offline.md). A save that loses a race therefore
 * fails as a whole and is answered 409 with the head that won, so every text
 * is either stored or handed back to the editor who wrote it.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { auditEvent } from "@/lib/audit";
import { can } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/client";
import { isLostRace } from "@/lib/db/guarded-write";
import { EDITOR_SCHEMA_VERSION, editorSchema } from "@/lib/editor/extensions";
import { countWords, docParagraphTexts, docToPlainText } from "@/lib/editor/to-text";
import { MAX_DOC_BYTES, MAX_DOC_DEPTH, validateEditorDoc, type EditorDoc } from "@/lib/editor/validate";
import { parseStoredDocument } from "@/lib/editor/stored-document";
import { AppError, type FieldIssue } from "@/lib/errors";
import { fieldIssues } from "@/lib/validation/parse-input";
import { cleanString, visibleTitle } from "@/lib/text/clean-input";
import { revisionMetrics } from "@/lib/articles/revision-metrics";
import { parseArticleStatus } from "@/lib/articles/status";
import { checkWorkflowMove } from "@/lib/workflow/guard";
import { anchorUpdates, savedAnchorsSchema, type SavedAnchor } from "@/lib/comments/save-anchors";
import { checkDocument } from "@/lib/qa/check-document";
import { loadRevisionView, type ArticleForView, type RevisionView } from "./get-revision";
import { loadQaDismissals, qaArticleDocs } from "./check-revision";
import { CLEARED_SUBMISSION } from "./workflow-article";

/**
 * Largest accepted request body for a save: the largest document plus room
 * for title, message and JSON escaping, so that an oversized document is
 * answered with a 422 naming `content` rather than a bare 413.
 */
export const MAX_SAVE_BODY_BYTES = 3 * 1024 * 1024;

export const MAX_REVISION_TITLE_CHARS = 500;
export const MAX_REVISION_MESSAGE_CHARS = 500;
/** One day: more between two saves is a clock or client bug, not editing. */
export const MAX_EDIT_SECONDS = 86_400;

const nonNegativeInt = (max?: number) => {
  const int = z.int({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") }).min(0, { error: "invalid" });
  return max === undefined ? int : int.max(max, { error: "too_big" });
};

// `content` is only checked for presence here; validateEditorDoc owns its shape.
export const saveRevisionSchema = z.strictObject(
  {
    baseNumber: nonNegativeInt(),
    title: cleanString({ error: (issue) => (issue.input === undefined ? "required" : "invalid_type") })
      .trim()
      .min(1, { error: "required" })
      .max(MAX_REVISION_TITLE_CHARS, { error: "too_long" })
      .refine(...visibleTitle),
    content: z.unknown().refine((value) => value !== undefined, { error: "required" }),
    message: cleanString({ error: "invalid_type" })
      .trim()
      .max(MAX_REVISION_MESSAGE_CHARS, { error: "too_long" })
      .nullish()
      .transform((value) => value || null),
    editSeconds: nonNegativeInt(MAX_EDIT_SECONDS).nullish().transform((value) => value ?? null),
    // Open comment threads' ranges as the editor mapped them through its edits.
    anchors: savedAnchorsSchema.optional().transform((value) => value ?? []),
  },
  { error: (issue) => (issue.code === "invalid_type" ? "invalid_type" : undefined) },
);

/**
 * What the editor sends; see saveRevisionSchema for the limits. `content` is
 * typed `unknown` on purpose: lib/editor/validate.ts owns the document's shape
 * and names each problem in it.
 */
export type SaveRevisionInput = z.input<typeof saveRevisionSchema>;

/** The revision a save produced, or the unchanged head. */
export type RevisionSummary = {
  number: number;
  createdAt: string;
  title: string;
  message: string | null;
  authorName: string;
};

export type SaveRevisionResult =
  | { unchanged: false; revision: RevisionSummary }
  | { unchanged: true; revision: RevisionSummary | null };

/** What a 409 from saveRevision carries as `details.current`: the head that won, for the editor to merge with. */
export type SaveConflictHead = RevisionView;

/** Limits named in the localized messages of document issues. */
const DOC_ISSUE_PARAMS: Record<string, Record<string, string | number>> = {
  too_large: { max: `${(MAX_DOC_BYTES / 1_000_000).toFixed(0)} MB` },
  too_deep: { max: MAX_DOC_DEPTH },
};

/** Validator paths are relative to the document ("" is its root, "content[2]…" inside it). */
function contentPath(path: string): string {
  return path === "" ? "content" : `content.${path}`;
}

type ParsedSave = { baseNumber: number; title: string; content: EditorDoc; message: string | null; editSeconds: number | null; anchors: SavedAnchor[] };

/** Bodies {@link checkSaveRevisionInput} already validated, so the verb does not validate a large document twice. */
const checkedSaves = new WeakMap<object, ParsedSave>();

/** The envelope with zod, the document with the editor's validator; one 422 naming every problem. */
function validateSave(input: unknown): ParsedSave {
  const envelope = saveRevisionSchema.safeParse(input);
  const issues: FieldIssue[] = envelope.success ? [] : fieldIssues(envelope.error);
  const rawContent = typeof input === "object" && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>).content : undefined;
  const doc = rawContent === undefined ? null : validateEditorDoc(rawContent);
  if (doc && !doc.ok) {
    for (const issue of doc.issues) {
      issues.push({ path: contentPath(issue.path), code: issue.code, message: issue.message, params: DOC_ISSUE_PARAMS[issue.code] });
    }
  }
  // A missing `content` fails the envelope, so `doc` is only null on that path.
  if (!envelope.success || !doc?.ok) {
    throw new AppError("validation_failed", "Invalid revision", { issues });
  }
  return { ...envelope.data, content: doc.doc };
}

/**
 * For the route: validates a save body (the envelope and the document, one
 * 422 naming every problem) and returns it as the verb's typed input.
 */
export function checkSaveRevisionInput(raw: unknown): SaveRevisionInput {
  const parsed = validateSave(raw);
  if (typeof raw === "object" && raw !== null) checkedSaves.set(raw, parsed);
  return raw as SaveRevisionInput;
}

function parseSave(input: SaveRevisionInput): ParsedSave {
  return checkedSaves.get(input) ?? validateSave(input);
}

/**
 * True when the two documents are the same content. Stored JSON may differ in
 * key order or in omitted default attributes (the importer writes less than
 * TipTap's getJSON), so equality is decided on ProseMirror nodes.
 */
function sameDoc(doc: EditorDoc, docJson: string, storedJson: string): boolean {
  if (docJson === storedJson) return true;
  const schema = editorSchema();
  try {
    return schema.nodeFromJSON(doc).eq(schema.nodeFromJSON(JSON.parse(storedJson)));
  } catch {
    // A stored document the current schema cannot read differs by definition.
    return false;
  }
}

type ArticleRow = ArticleForView & { headRevisionNumber: number; sourceLang: string; targetLang: string; sourceDoc: string };

const ARTICLE_SELECT = {
  id: true,
  status: true,
  headRevisionNumber: true,
  sourceLang: true,
  targetLang: true,
  sourceDoc: true,
  mtTitle: true,
  mtDoc: true,
  createdAt: true,
} as const;

/** 409 carrying the article's current head, read fresh, for the editor to merge with. */
async function conflict(db: Db, articleId: string): Promise<AppError> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: ARTICLE_SELECT });
  if (!article) return new AppError("not_found", "Article deleted during save");
  const current = await loadRevisionView(db, article, article.headRevisionNumber);
  return new AppError("conflict", "Head moved", { details: { current } });
}

async function headSummary(db: Db, article: ArticleRow) {
  if (article.headRevisionNumber === 0) return { title: article.mtTitle, content: article.mtDoc, summary: null };
  const head = await db.revision.findUnique({
    where: { articleId_number: { articleId: article.id, number: article.headRevisionNumber } },
    select: { number: true, title: true, content: true, message: true, createdAt: true, author: { select: { name: true } } },
  });
  // The head number and the head row are written in one transaction.
  if (!head) throw new Error(`Article ${article.id} has no revision ${article.headRevisionNumber}`);
  const summary: RevisionSummary = {
    number: head.number,
    createdAt: head.createdAt.toISOString(),
    title: head.title,
    message: head.message,
    authorName: head.author.name,
  };
  return { title: head.title, content: head.content, summary };
}

/**
 * Saves the editor's text as revision `baseNumber + 1` of article `articleId`.
 *
 * 404 for an unknown article, 403 when the actor may not save, 422 naming
 * each bad field (document issues under `content…`, with the validator's
 * codes), 409 with `details.current` (the head) when `baseNumber` is not the
 * head or another save lands first. Saving the base's title and document
 * again creates nothing and returns `{ unchanged: true }`.
 */
export async function saveRevision(options: {
  db: Db;
  actor: Actor;
  articleId: string;
  input: SaveRevisionInput;
  /** Set by restoreRevision: the older revision this save brings back. */
  restoredFrom?: number;
}): Promise<SaveRevisionResult> {
  const { db, actor, articleId, restoredFrom } = options;
  const article = await db.article.findUnique({ where: { id: articleId }, select: ARTICLE_SELECT });
  if (!article) throw new AppError("not_found", "No such article");
  if (!can(actor, "article.save")) throw new AppError("forbidden", "May not save revisions");
  const input = parseSave(options.input);
  // Saving moves changes_requested/approved/published back to draft (what was
  // approved or published stays as it is); while in review it is refused.
  const status = parseArticleStatus(article.status);
  const nextStatus = checkWorkflowMove(actor, status, "save", { revisionAuthorIds: [] });
  if (input.baseNumber !== article.headRevisionNumber) throw await conflict(db, articleId);

  const base = await headSummary(db, article);
  const contentJson = JSON.stringify(input.content);
  if (input.title === base.title && sameDoc(input.content, contentJson, base.content)) {
    return { unchanged: true, revision: base.summary };
  }

  const number = input.baseNumber + 1;
  const plainText = docToPlainText(input.content);
  // Counted on the blocks' own text: the plain text carries list markers ("3.")
  // that a newsroom does not count as words.
  const words = countWords(docParagraphTexts(input.content).join("\n"), article.targetLang);
  const mt = { title: article.mtTitle, doc: parseStoredDocument(article.mtDoc) };
  const metrics = revisionMetrics({
    mt,
    base: article.headRevisionNumber === 0 ? mt : { title: base.title, doc: parseStoredDocument(base.content) },
    next: { title: input.title, doc: input.content },
    lang: article.targetLang,
  });
  // The revision's QA counts, with the dismissals stored now: computed before
  // the write, so the transaction stays an array one.
  const qa = checkDocument(qaArticleDocs(article), input.content, await loadQaDismissals(db, articleId)).counts;
  const revisionId = randomUUID();
  try {
    const [, revision] = await db.$transaction([
      // The compare-and-set: matches no row once another save moved the head.
      // Also guarded by the status read, so a submit that lands first wins.
      db.article.update({
        where: { id: articleId, headRevisionNumber: input.baseNumber, status },
        data: {
          headRevisionNumber: { set: number },
          targetTitle: input.title,
          status: nextStatus,
          // Leaving changes_requested ends that submission; its reasons stay in `review`.
          ...(status === "changes_requested" ? CLEARED_SUBMISSION : {}),
          version: { increment: 1 },
        },
        select: { id: true },
      }),
      db.revision.create({
        data: {
          id: revisionId,
          articleId,
          number,
          baseNumber: input.baseNumber,
          authorId: actor.id,
          message: input.message,
          title: input.title,
          content: contentJson,
          plainText,
          schemaVersion: EDITOR_SCHEMA_VERSION,
          wordCount: words,
          editSeconds: input.editSeconds,
          restoredFrom: restoredFrom ?? null,
          ...metrics,
          qaErrors: qa.errors,
          qaWarnings: qa.warnings,
          qaDismissed: qa.dismissed,
        },
        select: { number: true, createdAt: true, title: true, message: true },
      }),
      auditEvent(db, {
        actor: { type: "user", id: actor.id },
        subjectType: "revision",
        subjectId: revisionId,
        articleId,
        ...(restoredFrom === undefined
          ? { type: "revision.saved", data: { number, baseNumber: input.baseNumber, words, wordsChanged: metrics.wordsChanged } }
          : { type: "revision.restored", data: { number, baseNumber: input.baseNumber, words, wordsChanged: metrics.wordsChanged, restoredFrom } }),
      }),
      // Rolled back with the revision when the save loses a race.
      ...anchorUpdates(db, { articleId, number, doc: input.content, lang: article.targetLang, anchors: input.anchors }),
    ]);
    return { unchanged: false, revision: { ...revision, createdAt: revision.createdAt.toISOString(), authorName: actor.name } };
  } catch (error) {
    if (isLostRace(error)) throw await conflict(db, articleId);
    throw error;
  }
}
