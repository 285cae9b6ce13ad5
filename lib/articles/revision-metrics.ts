/**
 * Numbers stored with each revision, computed once when it is saved (a
 * revision never changes): how many words it changed against the revision it
 * started from, and the post-editing effort against the MT. Both count the
 * headline with the body (a rewritten headline is work), and punctuation and
 * spacing fixes as lib/diff does.
 */
import { editEffort, type EditEffort } from "@/lib/diff";
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

/** A version of the translation: its headline and its body. */
export type TranslationVersion = { title: string; doc: EditorDoc };

type Counts = Pick<EditEffort, "mtWords" | "insertions" | "deletions" | "substitutions" | "editDistance">;

/**
 * Headline and body measured apart, then summed: as one text the paragraph
 * matcher could pair a headline with a body paragraph.
 */
function versionEffort(from: TranslationVersion, to: TranslationVersion, lang: string): Counts & { editRate: number } {
  const title = editEffort(from.title, to.title, { lang });
  const body = editEffort(docToBlocks(from.doc), docToBlocks(to.doc), { lang });
  const mtWords = title.mtWords + body.mtWords;
  const editDistance = title.editDistance + body.editDistance;
  return {
    mtWords,
    insertions: title.insertions + body.insertions,
    deletions: title.deletions + body.deletions,
    substitutions: title.substitutions + body.substitutions,
    editDistance,
    // As editEffort: 0 when unchanged, 1 for any change to an empty MT.
    editRate: mtWords > 0 ? editDistance / mtWords : editDistance > 0 ? 1 : 0,
  };
}

export function revisionMetrics(options: { mt: TranslationVersion; base: TranslationVersion; next: TranslationVersion; lang: string }): RevisionMetrics {
  const { lang, next } = options;
  const changed = versionEffort(options.base, next, lang);
  const mt = options.base === options.mt ? changed : versionEffort(options.mt, next, lang);
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
