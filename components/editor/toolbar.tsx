"use client";

import type { Editor } from "@tiptap/core";
import { redoDepth, undoDepth } from "@tiptap/pm/history";
import { useEditorState } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent, type ReactNode } from "react";
import { isAllowedHref } from "@/lib/editor/extensions";
import { BulletIcon, LinkIcon, OrderedIcon, QuoteIcon, RedoIcon, UndoIcon, UnlinkIcon } from "./icons";

/** Formatting controls for exactly the schema's nodes and marks. */
export function Toolbar({ editor }: { editor: Editor }) {
  const t = useTranslations("Editor");
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      // undoDepth reads the history plugin's state; can().undo() would dry-run
      // an undo on the whole document after every keystroke.
      canUndo: undoDepth(e.state) > 0,
      canRedo: redoDepth(e.state) > 0,
    }),
  });
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState("");
  const [linkError, setLinkError] = useState(false);

  const button = (label: string, pressed: boolean | undefined, run: () => void, text: ReactNode, disabled = false) => (
    <button
      type="button"
      className={pressed ? "tool is-on" : "tool"}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={run}
    >
      {text}
    </button>
  );

  function applyLink(e: FormEvent) {
    e.preventDefault();
    const value = href.trim();
    if (!isAllowedHref(value)) return setLinkError(true);
    editor.chain().focus().extendMarkRange("link").setLink({ href: value }).run();
    setLinkOpen(false);
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t("toolbar")}>
      {button(t("bold"), state.bold, () => editor.chain().focus().toggleBold().run(), "B")}
      {button(t("italic"), state.italic, () => editor.chain().focus().toggleItalic().run(), "I")}
      <span className="tool-sep" />
      {button(t("heading"), state.h2, () => editor.chain().focus().toggleHeading({ level: 2 }).run(), "H2")}
      {button(t("subheading"), state.h3, () => editor.chain().focus().toggleHeading({ level: 3 }).run(), "H3")}
      {button(t("bulletList"), state.bullet, () => editor.chain().focus().toggleBulletList().run(), <BulletIcon />)}
      {button(t("orderedList"), state.ordered, () => editor.chain().focus().toggleOrderedList().run(), <OrderedIcon />)}
      {button(t("blockquote"), state.quote, () => editor.chain().focus().toggleBlockquote().run(), <QuoteIcon />)}
      <span className="tool-sep" />
      {button(t("link"), state.link, () => {
        setHref((editor.getAttributes("link").href as string | undefined) ?? "https://");
        setLinkError(false);
        setLinkOpen((open) => !open);
      }, <LinkIcon />)}
      {state.link && button(t("unlink"), undefined, () => editor.chain().focus().extendMarkRange("link").unsetLink().run(), <UnlinkIcon />)}
      <span className="tool-sep" />
      {button(t("undo"), undefined, () => editor.chain().focus().undo().run(), <UndoIcon />, !state.canUndo)}
      {button(t("redo"), undefined, () => editor.chain().focus().redo().run(), <RedoIcon />, !state.canRedo)}
      {linkOpen && (
        <form className="link-form" onSubmit={applyLink}>
          <label htmlFor="link-href" className="visually-hidden">{t("linkAddress")}</label>
          <input id="link-href" type="url" value={href} onChange={(e) => setHref(e.target.value)} autoFocus aria-invalid={linkError || undefined} />
          <button type="submit" className="button button-small">{t("linkApply")}</button>
          {linkError && <span className="error small" role="alert">{t("linkInvalid")}</span>}
        </form>
      )}
    </div>
  );
}
