/**
 * The single place where Copydesk's editor extensions are configured.
 *
 * The browser editor and the server (validation, import, export) must agree on
 * one ProseMirror schema, so both build it from `editorExtensions()`. This
 * module therefore must stay free of React and DOM imports.
 */
import { getSchema, type Extensions } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { StarterKit } from "@tiptap/starter-kit";

/**
 * Bump when the stored editor JSON changes shape (new node/mark/attribute),
 * so that revisions can be migrated or rejected knowingly.
 */
export const EDITOR_SCHEMA_VERSION = 1;

/** Link protocols allowed anywhere in the product (editor, import, export). */
export const ALLOWED_LINK_PROTOCOLS = ["http", "https", "mailto"] as const;

/** `rel` put on every link we render: news copy links out to untrusted sites. */
export const LINK_REL = "noopener noreferrer nofollow";

/** Heading levels of the schema; imported h5/h6 are clamped to the last one. */
export const HEADING_LEVELS = [1, 2, 3, 4] as const;

/** A heading level allowed by the schema. */
export type HeadingLevel = (typeof HEADING_LEVELS)[number];

/**
 * True when `href` is an absolute http(s) or mailto URL.
 *
 * We parse with `URL` instead of using TipTap's default regex because the
 * default also accepts relative URLs and protocols such as ftp, tel or sms,
 * which a published article must not carry.
 */
export function isAllowedHref(href: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme
  // ("java\tscript:"); URL() strips them the same way, so parsing is enough.
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme === "mailto") return url.pathname.length > 0;
  if (scheme === "http" || scheme === "https") return url.hostname.length > 0;
  return false;
}

/** Options that only change editor behaviour, never the schema. */
export interface EditorExtensionsOptions {
  /**
   * Keep the undo/redo history plugin (default true). Turn it off when
   * another history source, e.g. collaboration, owns undo.
   */
  undoRedo?: boolean;
  /**
   * Turn typed or pasted URLs into links (default true). Only absolute
   * http(s)/mailto URLs qualify; bare domains ("Amazon.com") never do.
   */
  autolink?: boolean;
}

/**
 * The editor's extensions, configured to exactly Copydesk's schema:
 * paragraph, heading 1–4, bullet/ordered lists, blockquote, hard break;
 * marks bold, italic and link (http, https, mailto only).
 *
 * Options may change behaviour but never the schema, so the server may call
 * this without options and still get the schema the browser edits.
 */
export function editorExtensions(options: EditorExtensionsOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [...HEADING_LEVELS] },
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // A forced empty last paragraph would be saved into every revision and
      // show up as an unmatched row beside the original.
      trailingNode: false,
      undoRedo: options.undoRedo === false ? false : {},
      link: {
        protocols: [...ALLOWED_LINK_PROTOCOLS],
        defaultProtocol: "https",
        // TipTap checks parsed, pasted and set hrefs with this, and also the
        // raw text autolink finds. Being strict means bare domains are not
        // autolinked, which news copy wants: "Amazon.com said…" is a name.
        isAllowedUri: (url) => isAllowedHref(url),
        shouldAutoLink: (url) => isAllowedHref(url),
        openOnClick: false,
        autolink: options.autolink ?? true,
        linkOnPaste: true,
        HTMLAttributes: { rel: LINK_REL, target: null },
      },
    }),
  ];
}

let cachedSchema: Schema | undefined;

/**
 * The ProseMirror schema built from `editorExtensions()`, created once per
 * process because building it resolves every extension.
 */
export function editorSchema(): Schema {
  cachedSchema ??= getSchema(editorExtensions());
  return cachedSchema;
}
