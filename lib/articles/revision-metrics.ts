/**
 * Numbers stored with each revision, computed once when it is saved (a
 * revision never changes): how many words it changed against the revision it
 * started from, and the post-editing effort against the MT.
 */
import { editEffort } from "@/lib/diff";
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";

export type RevisionMetrics = {
  wordsChanged: number;
  mtWords: number;
  mtEditDistance: number;
  mtInsertions: number;
  mtDeletions: number;
  mtSubstitutions: number;
  mtEditRate: number;
};

export function revisionMetrics(options: { mt: EditorDoc; base: EditorDoc; doc: EditorDoc; lang: string }): RevisionMetrics {
  const { lang } = options;
  const doc = docToBlocks(options.doc);
  const changed = editEffort(docToBlocks(options.base), doc, { lang });
  const mt = options.base === options.mt ? changed : editEffort(docToBlocks(options.mt), doc, { lang });
  return {
    wordsChanged: changed.editDistance,
    mtWords: mt.mtWords,
    mtEditDistance: mt.editDistance,
    mtInsertions: mt.insertions,
    mtDeletions: mt.deletions,
    mtSubstitutions: mt.substitutions,
    mtEditRate: mt.editRate,
  };
}
