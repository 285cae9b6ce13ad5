/**
 * Public API of the editor module (server side: validation, import, export).
 *
 * Client components should import from "@/lib/editor/client" (or the
 * individual modules) instead: this barrel also pulls in zod and builds the
 * ProseMirror schema at import time, which the browser bundle does not need.
 */
export {
  ALLOWED_LINK_PROTOCOLS,
  EDITOR_SCHEMA_VERSION,
  HEADING_LEVELS,
  LINK_REL,
  editorExtensions,
  editorSchema,
  isAllowedHref,
  type EditorExtensionsOptions,
  type HeadingLevel,
} from "./extensions";
export { MAX_DOC_BYTES, MAX_DOC_DEPTH } from "./limits";
export {
  EDITOR_DOC_ISSUE_CODES,
  MAX_REPORTED_ISSUES,
  editorDocSchema,
  formatPath,
  validateEditorDoc,
  type EditorDocIssue,
  type EditorDocIssueCode,
  type EditorDocValidation,
} from "./validate";
export { detectFormat, htmlToDoc, plainTextToDoc, type ImportFormat } from "./from-import";
export {
  countWords,
  docParagraphTexts,
  docToBlocks,
  docToPlainText,
  listItemNumber,
  type TextBlock,
  type TextBlockMark,
} from "./to-text";
export { renderHtml, renderMarkdown } from "./render";
export { transformPastedHTML } from "./paste";
export { ORDERED_LIST_TYPES } from "./types";
export type * from "./types";
