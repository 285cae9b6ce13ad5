/**
 * The QA of one whole translation as the server judges it: the article's
 * original and MT, the translation's paragraphs and the article's stored
 * dismissals go through the same runner and the same sentence matching as
 * the desk (lib/qa/run.ts, lib/qa/dismissals.ts). Pure; the use-cases load
 * the inputs (lib/use-cases/check-revision.ts) and never take counts from a
 * browser.
 *
 * Only the body is checked: the title is a single line the desk does not
 * underline, and a count the editor cannot see on the desk would make the
 * gate refuse for no visible reason.
 */
import { docToBlocks } from "@/lib/editor/to-text";
import type { EditorDoc } from "@/lib/editor/validate";
import { countOpen, locateFindings, matchDismissals, type LocatedFinding, type QaDismissalView } from "./dismissals";
import { runQa, type QaArticle } from "./run";
import type { SentencePair } from "./types";

/** What a revision stores and the gate decides on: findings that count, by severity, and how many were dismissed. */
export type QaCounts = { errors: number; warnings: number; dismissed: number };

export type DocumentQa = {
  findings: LocatedFinding[];
  pairs: SentencePair[];
  /** For each finding, the dismissal that covers it, or null. */
  dismissals: (QaDismissalView | null)[];
  counts: QaCounts;
};

/** The texts of an article the checks need, parsed from its stored editor JSON. */
export type QaArticleDocs = { sourceLang: string; targetLang: string; sourceDoc: EditorDoc; mtDoc: EditorDoc };

/**
 * The texts of a document's top-level blocks, inner blocks on lines of their
 * own: the paragraphs the desk aligns and checks, so the gate, the desk and
 * the read-only pages see the same sentences (and dismissals match alike).
 */
export function topLevelTexts(doc: EditorDoc): string[] {
  return doc.content.map((node) => docToBlocks({ type: "doc", content: [node] }).map((b) => b.text).join("\n"));
}

/** The runner's input for translation `doc` of the article (the MT feeds the "unchanged" info). */
export function qaInputOf(article: QaArticleDocs, doc: EditorDoc): QaArticle {
  return {
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    source: topLevelTexts(article.sourceDoc),
    target: topLevelTexts(doc),
    mt: topLevelTexts(article.mtDoc),
  };
}

/**
 * Checks translation `doc` and applies `dismissals`. Errors and warnings a
 * dismissal covers count as dismissed, never as open; info findings never count.
 */
export function checkDocument(article: QaArticleDocs, doc: EditorDoc, dismissals: readonly QaDismissalView[]): DocumentQa {
  const input = qaInputOf(article, doc);
  const result = runQa(input);
  const { findings, pairs } = locateFindings(input, result);
  const matched = matchDismissals(findings, pairs, dismissals);
  const open = countOpen(findings, matched);
  return { findings, pairs, dismissals: matched, counts: { errors: open.error, warnings: open.warning, dismissed: open.dismissed } };
}
