/**
 * What browser code may import from lib/editor: the editor's extensions,
 * paste cleaning and types, without zod or the ProseMirror schema build that
 * server-side validation needs.
 */
export { editorExtensions, isAllowedHref, EDITOR_SCHEMA_VERSION, LINK_REL, type EditorExtensionsOptions } from "./extensions";
export { transformPastedHTML } from "./paste";
export { MAX_DOC_BYTES, MAX_DOC_DEPTH } from "./limits";
export type * from "./types";
