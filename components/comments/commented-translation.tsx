"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { editorExtensions } from "@/lib/editor/extensions";
import type { EditorDoc } from "@/lib/editor/validate";
import { CommentAnchors, dispatchAnchors } from "./anchors-extension";
import { CommentsPanel } from "./comments-panel";
import { useCommentThreads } from "./use-comment-threads";

export type CommentedTranslationProps = {
  articleId: string;
  /** The revision shown (0 = the MT); threads are anchored in it. */
  revisionNumber: number;
  /** That revision's editor JSON. */
  doc: EditorDoc;
  /** BCP 47 tag of the translation. */
  lang: string;
  /** can(actor, "comment.write"): start threads, reply, resolve and reopen. */
  canComment: boolean;
};

/**
 * One revision of the translation, read-only, with its comment threads
 * highlighted and the threads panel beside it (for the review view). Text
 * can be selected, or a sentence clicked, to start a thread.
 */
export function CommentedTranslation({ articleId, revisionNumber, doc, lang, canComment }: CommentedTranslationProps) {
  const t = useTranslations("Editor");
  const editor = useEditor({
    immediatelyRender: false,
    editable: false,
    extensions: [...editorExtensions(), CommentAnchors.configure({ lang })],
    content: doc,
    editorProps: { attributes: { class: "commented-doc", lang, "aria-label": t("translation"), "aria-readonly": "true" } },
  });

  // Another revision shown in the same component: new text, anchors based on it.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (JSON.stringify(editor.getJSON()) === JSON.stringify(doc)) return;
    editor.commands.setContent(doc, { emitUpdate: false });
    dispatchAnchors(editor.view, { type: "rebase", doc: editor.state.doc, keepFrom: Number.MAX_SAFE_INTEGER });
  }, [editor, doc]);

  const comments = useCommentThreads({ articleId, revision: revisionNumber, editor, lang });

  return (
    <div className="commented-translation">
      <div className="ro-doc">
        <EditorContent editor={editor} />
      </div>
      <CommentsPanel comments={comments} canComment={canComment} />
    </div>
  );
}
