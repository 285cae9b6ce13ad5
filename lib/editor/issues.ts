/**
 * The vocabulary of editor-document validation errors, shared by the zod
 * schema and the validator.
 */

/**
 * Stable machine-readable reasons a document is rejected; the API maps them
 * to localized messages, so never rename one.
 * - unknown_node_type: a node `type` the schema lacks ("image", "codeBlock");
 * - unknown_mark_type: a mark `type` the schema lacks ("underline", "strike");
 * - unknown_attribute: an attribute the node or mark type does not have;
 * - invalid_attribute: an attribute with a wrong type or value (heading level 7);
 * - link_protocol: a link href that is not an absolute http, https or mailto URL;
 * - empty_text: a text node with an empty string;
 * - invalid_nesting: a known node where it may not appear (text in the doc
 *   root, a listItem outside a list, a list item not starting with a paragraph);
 * - unknown_property: a key other than type/attrs/content/marks/text;
 * - too_large: JSON larger than MAX_DOC_BYTES;
 * - too_deep: nodes nested deeper than MAX_DOC_DEPTH;
 * - invalid_structure: anything else (not an object, empty list, duplicate mark…).
 */
export const EDITOR_DOC_ISSUE_CODES = [
  "unknown_node_type",
  "unknown_mark_type",
  "unknown_attribute",
  "invalid_attribute",
  "link_protocol",
  "empty_text",
  "invalid_nesting",
  "unknown_property",
  "too_large",
  "too_deep",
  "invalid_structure",
] as const;

/** One of EDITOR_DOC_ISSUE_CODES. */
export type EditorDocIssueCode = (typeof EDITOR_DOC_ISSUE_CODES)[number];

/** Whether a value is one of EDITOR_DOC_ISSUE_CODES. */
export const isIssueCode = (value: unknown): value is EditorDocIssueCode =>
  EDITOR_DOC_ISSUE_CODES.some((code) => code === value);

/** One reason a document was rejected. */
export interface EditorDocIssue {
  /** Where, e.g. "content[3].content[0].marks[0].attrs.href"; "" is the root. */
  path: string;
  code: EditorDocIssueCode;
  /** English, for logs and developers; users see the localized code. */
  message: string;
}

/** Formats a path the way API clients address JSON: `content[3].attrs.href`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out === "" ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
