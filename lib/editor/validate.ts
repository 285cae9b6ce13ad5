/**
 * Server-side validation of editor JSON before it is stored as a revision.
 *
 * Two layers: a strict zod schema (doc-schema.ts) gives precise,
 * path-addressed issues with stable codes (the API localizes by code), then
 * ProseMirror's own `nodeFromJSON(...).check()` guarantees the editor can
 * load what we store. Cheap size and depth guards run first so hostile input
 * cannot make either layer recurse or allocate without bound.
 */
import type { z } from "zod";
import { editorDocSchema } from "./doc-schema";
import { editorSchema } from "./extensions";
import { formatPath, isIssueCode, type EditorDocIssue } from "./issues";
import { MAX_DOC_BYTES, MAX_DOC_DEPTH } from "./limits";
import type { EditorDoc } from "./types";

export type { EditorDoc } from "./types";
export { MAX_DOC_BYTES, MAX_DOC_DEPTH } from "./limits";
export { editorDocSchema } from "./doc-schema";
export { EDITOR_DOC_ISSUE_CODES, formatPath, type EditorDocIssue, type EditorDocIssueCode } from "./issues";

/** Most issues reported for one document; the rest are dropped. */
export const MAX_REPORTED_ISSUES = 50;

/** Result of `validateEditorDoc`. */
export type EditorDocValidation = { ok: true; doc: EditorDoc } | { ok: false; issues: EditorDocIssue[] };

type PathSegment = string | number;

/**
 * Walks the raw input iteratively, enforcing the node depth limit and a
 * generous bound on any other nesting (attrs could hide deep objects).
 * The container count also bounds the work: each object or array costs at
 * least two bytes of JSON, so more than MAX_DOC_BYTES / 2 is too large,
 * which also defuses shared-reference "JSON bombs" passed as objects.
 */
function checkShape(input: unknown): EditorDocIssue | null {
  const maxContainerDepth = MAX_DOC_DEPTH * 2 + 8;
  const maxContainers = MAX_DOC_BYTES / 2;
  // nodeDepth counts node objects on the way down; containerDepth counts all.
  const stack: { value: unknown; path: PathSegment[]; nodeDepth: number; containerDepth: number }[] = [
    { value: input, path: [], nodeDepth: 0, containerDepth: 0 },
  ];
  let containers = 0;
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined || typeof item.value !== "object" || item.value === null) continue;
    containers += 1;
    if (containers > maxContainers) {
      return { path: "", code: "too_large", message: `Document exceeds ${MAX_DOC_BYTES} bytes` };
    }
    const containerDepth = item.containerDepth + 1;
    const isNode = !Array.isArray(item.value) && "type" in item.value;
    const nodeDepth = item.nodeDepth + (isNode ? 1 : 0);
    if (nodeDepth > MAX_DOC_DEPTH || containerDepth > maxContainerDepth) {
      return {
        path: formatPath(item.path),
        code: "too_deep",
        message: `Document nests deeper than ${MAX_DOC_DEPTH} levels`,
      };
    }
    const entries: [PathSegment, unknown][] = Array.isArray(item.value)
      ? item.value.map((v, i): [PathSegment, unknown] => [i, v])
      : Object.entries(item.value);
    for (const [key, value] of entries) {
      // Marks and attrs are not nodes even though marks have a `type`.
      const childNodeDepth = key === "marks" || key === "attrs" ? Number.NEGATIVE_INFINITY : nodeDepth;
      stack.push({ value, path: [...item.path, key], nodeDepth: childNodeDepth, containerDepth });
    }
  }
  return null;
}

function checkSize(input: unknown): EditorDocIssue | null {
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    // Cycles are caught by checkShape as too_deep; this leaves BigInt & co.
    return { path: "", code: "invalid_structure", message: "Document is not serializable as JSON" };
  }
  if (json === undefined) return null; // undefined, functions: zod reports the type.
  // UTF-8 never takes fewer bytes than UTF-16 code units, so most documents
  // skip the encoding pass entirely.
  const bytes = json.length * 3 <= MAX_DOC_BYTES ? json.length : new TextEncoder().encode(json).byteLength;
  if (bytes > MAX_DOC_BYTES) {
    return { path: "", code: "too_large", message: `Document is ${bytes} bytes; the limit is ${MAX_DOC_BYTES}` };
  }
  return null;
}

// ---------------------------------------------------------------------------
// zod issues → stable codes

const NODE_TYPES: ReadonlySet<string> = new Set(Object.keys(editorSchema().nodes));
const MARK_TYPES: ReadonlySet<string> = new Set(Object.keys(editorSchema().marks));

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function toIssues(issue: z.core.$ZodIssue, input: unknown): EditorDocIssue[] {
  const path = issue.path;
  const last = path[path.length - 1];
  const inAttrs = path.includes("attrs");
  const inMarks = path.includes("marks");
  const at = formatPath(path);

  if (issue.code === "custom") {
    const code: unknown = issue.params?.["code"];
    return [{ path: at, code: isIssueCode(code) ? code : "invalid_structure", message: issue.message }];
  }
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: formatPath([...path, key]),
      code: last === "attrs" ? "unknown_attribute" : "unknown_property",
      message: last === "attrs" ? `Unknown attribute "${key}"` : `Unknown property "${key}"`,
    }));
  }
  // A discriminated union found no option for this `type`, or a position
  // that takes one node type (list → listItem) got another.
  const typeMismatch = (issue.code === "invalid_union" || issue.code === "invalid_value") && last === "type" && !inAttrs;
  if (typeMismatch && path.length > 1) {
    const type = valueAt(input, path);
    if (typeof type === "string") {
      if (inMarks && path[path.length - 3] === "marks") {
        return [{ path: at, code: "unknown_mark_type", message: `Unknown mark type "${type}"` }];
      }
      if (NODE_TYPES.has(type) || MARK_TYPES.has(type)) {
        return [{ path: at, code: "invalid_nesting", message: `A ${type} node is not allowed here` }];
      }
      return [{ path: at, code: "unknown_node_type", message: `Unknown node type "${type}"` }];
    }
  }
  if (issue.code === "too_small" && last === "text") {
    return [{ path: at, code: "empty_text", message: "Text nodes must not be empty" }];
  }
  if (inAttrs) return [{ path: at, code: "invalid_attribute", message: issue.message }];
  return [{ path: at, code: "invalid_structure", message: issue.message }];
}

// ---------------------------------------------------------------------------

/**
 * Validates untrusted editor JSON (e.g. a revision body from the API).
 *
 * On success `doc` is the validated value itself: nothing stripped, no
 * defaults filled, so storing it stores exactly what the editor sent.
 * On failure, issues carry stable codes (see `EditorDocIssueCode`).
 */
export function validateEditorDoc(input: unknown): EditorDocValidation {
  const guard = checkShape(input) ?? checkSize(input);
  if (guard) return { ok: false, issues: [guard] };

  const parsed = editorDocSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.flatMap((issue) => toIssues(issue, input));
    return { ok: false, issues: issues.slice(0, MAX_REPORTED_ISSUES) };
  }

  // The zod schema mirrors ProseMirror's content expressions; this catches
  // anything it might miss, so the editor can always reopen a stored doc.
  try {
    editorSchema().nodeFromJSON(parsed.data).check();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: "", code: "invalid_structure", message }] };
  }
  return { ok: true, doc: parsed.data };
}
