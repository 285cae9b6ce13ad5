"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { StarterKit } from "@tiptap/starter-kit";
import type { EditorDoc } from "@/lib/editor/validate";

/** TipTap with StarterKit and nothing else: the benchmark's baseline. */
export function BareEditor({ content }: { content: EditorDoc }) {
  const editor = useEditor({ immediatelyRender: false, extensions: [StarterKit], content, editorProps: { attributes: { class: "tgt-doc" } } });
  return (
    <main className="page">
      <EditorContent editor={editor} />
    </main>
  );
}
