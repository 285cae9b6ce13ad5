/**
 * Comparing two versions of a translation (pure: the caller loads them).
 */
import { diffDocuments } from "@/lib/diff";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";

/** The word-level diff between two versions, computed when viewed (work-budgeted, deterministic). */
export function compareVersions(from: { title: string; content: EditorDoc }, to: { title: string; content: EditorDoc }, lang: string) {
  return {
    title: diffDocuments([{ type: "heading", text: from.title }], [{ type: "heading", text: to.title }], { lang }),
    body: diffDocuments(docToBlocks(from.content), docToBlocks(to.content), { lang }),
  };
}
