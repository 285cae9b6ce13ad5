/**
 * Reading editor JSON back from the database (a revision's `content`, an
 * article's `mtDoc` and `sourceDoc`). Everything stored there was validated
 * against the editor schema (saves) or produced by the importer from the
 * schema's own nodes before it was written, and revisions are immutable, so
 * a read does not validate the whole tree again (that would cost a full
 * schema walk per document on every page view). It checks the root shape
 * only, so that a corrupt or foreign value fails here, loudly, instead of
 * deep inside a renderer.
 */
import type { EditorDoc } from "./types";

/** Thrown when a stored value is not an editor document (a bug or a corrupt row, never user input). */
export class StoredDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoredDocumentError";
  }
}

/** True when `value` has the root shape of an editor document: `{ type: "doc", content: [...] }`. */
export function isEditorDocRoot(value: unknown): value is EditorDoc {
  return typeof value === "object" && value !== null && (value as { type?: unknown }).type === "doc" && Array.isArray((value as { content?: unknown }).content);
}

/** A stored editor document, parsed. The one place stored editor JSON becomes an `EditorDoc`. */
export function parseStoredDocument(json: string): EditorDoc {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new StoredDocumentError("Stored document is not JSON");
  }
  if (!isEditorDocRoot(value)) throw new StoredDocumentError("Stored document is not an editor document");
  return value;
}
