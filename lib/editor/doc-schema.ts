/**
 * Strict zod schema of stored editor JSON, mirroring the ProseMirror schema
 * of `editorExtensions()`. Node-type positions, allowed attributes and link
 * protocols are all encoded here so that errors come with precise paths.
 */
import { z } from "zod";
import { HEADING_LEVELS, isAllowedHref } from "./extensions";
import type { EditorDocIssueCode } from "./issues";
import { ORDERED_LIST_TYPES, type EditorDoc } from "./types";

type IssueCodeParams = { params: { code: EditorDocIssueCode } };
const withCode = (code: EditorDocIssueCode, message: string): IssueCodeParams & { message: string } => ({
  message,
  params: { code },
});

const MAX_ATTR_LENGTH = 2048;
const MAX_HREF_LENGTH = 8192;

const noAttrs = z.strictObject({});
const optionalString = z.string().max(MAX_ATTR_LENGTH).nullable().optional();

const linkAttrs = z.strictObject({
  href: z
    .string()
    .max(MAX_HREF_LENGTH)
    .refine(isAllowedHref, withCode("link_protocol", "Links must be absolute http, https or mailto URLs")),
  target: optionalString,
  rel: optionalString,
  class: optionalString,
  title: optionalString,
});

const markSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("bold"), attrs: noAttrs.optional() }),
  z.strictObject({ type: z.literal("italic"), attrs: noAttrs.optional() }),
  z.strictObject({ type: z.literal("link"), attrs: linkAttrs }),
]);

// ProseMirror rejects a mark set holding the same mark type twice.
const marksSchema = z.array(markSchema).superRefine((marks, ctx) => {
  const seen = new Set<string>();
  marks.forEach((mark, i) => {
    if (seen.has(mark.type)) {
      ctx.addIssue({ code: "custom", path: [i], ...withCode("invalid_structure", `Duplicate ${mark.type} mark`) });
    }
    seen.add(mark.type);
  });
});

const inlineSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text"), text: z.string().min(1), marks: marksSchema.optional() }),
  z.strictObject({ type: z.literal("hardBreak"), attrs: noAttrs.optional(), marks: marksSchema.optional() }),
]);

const paragraphSchema = z.strictObject({
  type: z.literal("paragraph"),
  attrs: noAttrs.optional(),
  content: z.array(inlineSchema).optional(),
});

const headingSchema = z.strictObject({
  type: z.literal("heading"),
  attrs: z.strictObject({ level: z.literal(HEADING_LEVELS) }),
  content: z.array(inlineSchema).optional(),
});

const listItemSchema = z.strictObject({
  type: z.literal("listItem"),
  attrs: noAttrs.optional(),
  // Getter: blocks and list items are mutually recursive.
  get content() {
    return z
      .array(blockSchema)
      .min(1)
      .superRefine((content, ctx) => {
        if (content[0]?.type !== "paragraph") {
          ctx.addIssue({
            code: "custom",
            path: [0],
            ...withCode("invalid_nesting", "A list item must start with a paragraph"),
          });
        }
      });
  },
});

const bulletListSchema = z.strictObject({
  type: z.literal("bulletList"),
  attrs: noAttrs.optional(),
  content: z.array(listItemSchema).min(1),
});

const orderedListSchema = z.strictObject({
  type: z.literal("orderedList"),
  attrs: z
    .strictObject({
      start: z.number().int().optional(),
      type: z.enum(ORDERED_LIST_TYPES).nullable().optional(),
    })
    .optional(),
  content: z.array(listItemSchema).min(1),
});

const blockquoteSchema = z.strictObject({
  type: z.literal("blockquote"),
  attrs: noAttrs.optional(),
  get content() {
    return z.array(blockSchema).min(1);
  },
});

const blockSchema = z.discriminatedUnion("type", [
  paragraphSchema,
  headingSchema,
  bulletListSchema,
  orderedListSchema,
  blockquoteSchema,
]);

/**
 * Strict zod schema of a stored editor document. Unknown keys are rejected,
 * never stripped, so what parses is byte-for-byte what was sent.
 * Prefer `validateEditorDoc`, which adds size, depth and ProseMirror checks.
 */
export const editorDocSchema = z.strictObject({
  type: z.literal("doc"),
  attrs: noAttrs.optional(),
  content: z.array(blockSchema).min(1),
});

/** Type-level guarantee that the zod schema and `EditorDoc` stay in sync. */
type Equals<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesType: Equals<z.output<typeof editorDocSchema>, EditorDoc> = true;
void schemaMatchesType;
