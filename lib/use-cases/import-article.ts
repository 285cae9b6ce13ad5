import { randomUUID } from "node:crypto";
import { auditEvent, type AuditActor } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { detectFormat, htmlToDoc, plainTextToDoc } from "@/lib/editor/from-import";
import { importArticleSchema, type ImportArticleInput } from "@/lib/articles/import-schema";
import { validateEditorDoc } from "@/lib/editor/validate";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * Converts one body to editor JSON and checks the result against the editor
 * schema, so an imported article can always be opened and saved (a body
 * within the character limit can still convert to a too-large document).
 */
function toDoc(body: string, path: "body.source" | "body.mt") {
  const format = detectFormat(body);
  const doc = format === "html" ? htmlToDoc(body) : plainTextToDoc(body);
  const check = validateEditorDoc(doc);
  if (!check.ok) {
    throw new AppError("validation_failed", "Body does not convert to a valid document", {
      issues: check.issues.map((issue) => ({ path, code: issue.code === "too_large" ? "too_long" : "invalid", message: issue.message })),
    });
  }
  return { format, doc };
}

/**
 * Imports one article: validates the input, converts both bodies to editor
 * JSON (HTML sanitized by allowlist), and stores the article with its audit
 * event in one transaction. The MT is kept exactly as received.
 */
export async function importArticle(options: { db: Db; actor: AuditActor; input: ImportArticleInput }) {
  const { db, actor } = options;
  const input = parseInput(importArticleSchema, options.input);
  const source = toDoc(input.body.source, "body.source");
  const mt = toDoc(input.body.mt, "body.mt");
  const id = randomUUID();
  const createdById = actor.type === "user" ? actor.id : actor.type === "token" ? actor.createdById : null;

  const [article] = await db.$transaction([
    db.article.create({
      data: {
        id,
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        sourceTitle: input.title.source,
        sourceBody: input.body.source,
        sourceFormat: source.format,
        sourceDoc: JSON.stringify(source.doc),
        mtTitle: input.title.mt,
        mtBody: input.body.mt,
        mtFormat: mt.format,
        mtDoc: JSON.stringify(mt.doc),
        targetTitle: input.title.mt,
        outlet: input.metadata?.outlet ?? null,
        author: input.metadata?.author ?? null,
        originalUrl: input.metadata?.originalUrl ?? null,
        originalPublishedAt: input.metadata?.originalPublishedAt ?? null,
        createdById,
      },
      select: { id: true, status: true, createdAt: true },
    }),
    auditEvent(db, {
      actor,
      type: "article.imported",
      subjectType: "article",
      subjectId: id,
      articleId: id,
      data: { sourceLang: input.sourceLang, targetLang: input.targetLang, title: input.title.source },
    }),
  ]);
  return article;
}
