/**
 * Size limits of editor documents, in a module of their own so that client
 * code (paste cleaning) can respect them without pulling in zod.
 */

/** Largest accepted document, in bytes of its UTF-8 JSON. */
export const MAX_DOC_BYTES = 2_000_000;

/**
 * Deepest accepted node nesting, counting the doc as 1 and text as a level:
 * a top-level paragraph's text is at depth 3, a list nested in a list item
 * adds 2. Real articles stay far below; the limit keeps recursion bounded.
 */
export const MAX_DOC_DEPTH = 32;
