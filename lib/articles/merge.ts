/**
 * Three-way merge of editor documents at the level of top-level blocks, for
 * the conflict view: when two people edited different paragraphs of the same
 * revision, both edits can be kept. A paragraph changed on both sides, or a
 * change in the number of paragraphs, is left to the person to resolve.
 */
import type { EditorDoc } from "@/lib/editor/validate";

export type MergeResult = { ok: true; doc: EditorDoc } | { ok: false; reason: "same_block_changed" | "structure_changed"; blocks: number[] };

export function mergeDocs(base: EditorDoc, theirs: EditorDoc, mine: EditorDoc): MergeResult {
  const [b, t, m] = [base.content, theirs.content, mine.content];
  if (b.length !== t.length || b.length !== m.length) return { ok: false, reason: "structure_changed", blocks: [] };
  const key = (node: unknown) => JSON.stringify(node);
  const conflicts: number[] = [];
  const merged = b.map((node, i) => {
    const [bk, tk, mk] = [key(node), key(t[i]), key(m[i])];
    if (tk === mk || mk === bk) return t[i]!;
    if (tk === bk) return m[i]!;
    conflicts.push(i);
    return m[i]!;
  });
  return conflicts.length ? { ok: false, reason: "same_block_changed", blocks: conflicts } : { ok: true, doc: { ...theirs, content: merged } };
}
