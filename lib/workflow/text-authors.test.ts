import { describe, expect, it } from "vitest";
import { unapprovedTextAuthors, type RevisionLineage } from "./text-authors";

const rev = (number: number, authorId: string, restoredFrom: number | null = null, baseNumber = number - 1): RevisionLineage => ({
  number,
  baseNumber,
  authorId,
  restoredFrom,
});

describe("unapprovedTextAuthors", () => {
  it("is the savers since the last approval when nothing was restored", () => {
    const revisions = [rev(1, "r"), rev(2, "e"), rev(3, "f")];
    expect(unapprovedTextAuthors(revisions, { upTo: 3, lastApproved: 1, approvedNumbers: new Set([1]) }).sort()).toEqual(["e", "f"]);
    expect(unapprovedTextAuthors(revisions, { upTo: 3, lastApproved: null, approvedNumbers: new Set() }).sort()).toEqual(["e", "f", "r"]);
  });

  it("carries the authors of a restored revision written before the last approval", () => {
    // R saves 2, the editor 3 (approved), the editor restores 2 as 4.
    const revisions = [rev(1, "e"), rev(2, "R"), rev(3, "e"), rev(4, "e", 2)];
    expect(unapprovedTextAuthors(revisions, { upTo: 4, lastApproved: 3, approvedNumbers: new Set([3]) }).sort()).toEqual(["R", "e"]);
  });

  it("follows restores of restores, and stops at an approved revision on the way", () => {
    const revisions = [rev(1, "a"), rev(2, "b"), rev(3, "c"), rev(4, "d", 2), rev(5, "e"), rev(6, "f", 4)];
    expect(unapprovedTextAuthors(revisions, { upTo: 6, lastApproved: 5, approvedNumbers: new Set([5]) }).sort()).toEqual(["a", "b", "d", "f"]);
    expect(unapprovedTextAuthors(revisions, { upTo: 6, lastApproved: 5, approvedNumbers: new Set([1, 5]) }).sort()).toEqual(["b", "d", "f"]);
    expect(unapprovedTextAuthors(revisions, { upTo: 6, lastApproved: 5, approvedNumbers: new Set([2, 5]) }).sort()).toEqual(["d", "f"]);
  });

  it("does not hold an approved text's author against a restore of it", () => {
    const revisions = [rev(1, "R"), rev(2, "e"), rev(3, "e", 1)];
    expect(unapprovedTextAuthors(revisions, { upTo: 3, lastApproved: 1, approvedNumbers: new Set([1]) })).toEqual(["e"]);
  });

  it("ignores revisions after the submitted one and terminates on a corrupt cycle", () => {
    const revisions = [rev(1, "a"), rev(2, "b", 3), rev(3, "c", 2), rev(4, "late")];
    expect(unapprovedTextAuthors(revisions, { upTo: 3, lastApproved: 3, approvedNumbers: new Set() }).sort()).toEqual(["b", "c"]);
  });
});
