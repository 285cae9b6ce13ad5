/**
 * Paragraph rows for the bilingual view: the original's and the
 * translation's text blocks, aligned by length (lib/alignment).
 */
import { alignParagraphs } from "@/lib/alignment";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";

export type BlockText = { text: string; type: string };
export type ParagraphRow = { source: BlockText[]; target: BlockText[] };

export function alignDocs(sourceDoc: EditorDoc, targetDoc: EditorDoc, sourceLang: string, targetLang: string): ParagraphRow[] {
  const source = docToBlocks(sourceDoc).map((b) => ({ text: b.text, type: b.type }));
  const target = docToBlocks(targetDoc).map((b) => ({ text: b.text, type: b.type }));
  const pairs = alignParagraphs(source.map((b) => b.text), target.map((b) => b.text), sourceLang, targetLang);
  return pairs.map((pair) => ({
    source: pair.source.map((i) => source[i]!),
    target: pair.target.map((i) => target[i]!),
  }));
}
