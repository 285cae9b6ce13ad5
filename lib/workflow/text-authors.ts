/**
 * Whose unapproved text a revision contains: the authors the four-eyes rule
 * keeps from judging it. Pure; the caller loads the article's revisions
 * (light columns only) and which of them were ever approved.
 *
 * Two sets are joined:
 *
 * 1. Everyone who saved a revision after the last approval, up to the
 *    submitted one (who pressed save in this round, restorers included).
 * 2. The text's own lineage: from the submitted revision back through the
 *    revision each one's text came from (`restoredFrom` for a restore,
 *    otherwise `baseNumber`), stopping at a revision that was approved (its
 *    text was judged as a whole) or at the MT (0). A restore thereby carries
 *    the authors of the revision it brings back, even when they saved before
 *    the last approval.
 *
 * Merges need nothing more: the conflict dialog's "keep both" merges the
 * current head ("theirs") under the editor's changes and saves on top of that
 * head, so the merged-in text's authors are the new revision's `baseNumber`
 * lineage already.
 */
export type RevisionLineage = {
  number: number;
  /** The revision the save started from (0 = the MT). */
  baseNumber: number;
  authorId: string;
  /** For a restore: the revision whose text it brought back. */
  restoredFrom: number | null;
};

/**
 * Distinct author ids whose text in revision `upTo` no approval has covered
 * (see the module comment for the rule).
 *
 * @param lastApproved the article's current approved revision, or null.
 * @param approvedNumbers every revision number that was ever approved.
 */
export function unapprovedTextAuthors(
  revisions: readonly RevisionLineage[],
  options: { upTo: number; lastApproved: number | null; approvedNumbers: ReadonlySet<number> },
): string[] {
  const { upTo, lastApproved, approvedNumbers } = options;
  const byNumber = new Map(revisions.map((r) => [r.number, r]));
  const authors = new Set<string>();
  for (const r of revisions) {
    if (r.number > (lastApproved ?? 0) && r.number <= upTo) authors.add(r.authorId);
  }
  const seen = new Set<number>();
  let n = upTo;
  // Each step goes to a smaller number (a base or a restored revision is
  // older); `seen` only guards against corrupt rows.
  while (n > 0 && !approvedNumbers.has(n) && !seen.has(n)) {
    seen.add(n);
    const r = byNumber.get(n);
    if (!r) break;
    authors.add(r.authorId);
    n = r.restoredFrom ?? r.baseNumber;
  }
  return [...authors];
}
