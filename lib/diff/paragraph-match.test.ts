import { describe, expect, it } from "vitest";
import { matchParagraphs, type ParagraphMatching } from "./paragraph-match";

const summary = (m: ParagraphMatching) => ({
  pairs: m.pairs.map((p) => `${p.oldIndex}→${p.newIndex}${p.moved ? " moved" : ""}${p.identical ? "" : " edited"}`),
  deleted: m.deleted,
  inserted: m.inserted,
});

const A = "The minister arrived in Beijing on Monday for two days of talks.";
const B = "Trade and climate were expected to dominate the agenda of the meeting.";
const C = "Officials declined to comment on the timing of the visit.";
const D = "Markets in Asia rose slightly after the announcement on Monday.";
const E = "Analysts said the outcome would depend on the details of the deal.";

describe("matchParagraphs", () => {
  it("matches identical paragraphs in order and finds insertions and deletions", () => {
    expect(summary(matchParagraphs([A, B, C], [A, D, C, E]))).toEqual({
      pairs: ["0→0", "2→2"],
      deleted: [1],
      inserted: [1, 3],
    });
  });

  it("pairs an edited paragraph in place", () => {
    const edited = B.replace("climate", "security");
    expect(summary(matchParagraphs([A, B, C], [A, edited, C]))).toEqual({ pairs: ["0→0", "1→1 edited", "2→2"], deleted: [], inserted: [] });
  });

  it("treats an identical paragraph at another position as moved", () => {
    expect(summary(matchParagraphs([A, B, C, D], [B, C, D, A])).pairs).toEqual(["1→0", "2→1", "3→2", "0→3 moved"]);
  });

  it("treats a near-identical paragraph at another position as moved, a loosely similar one as not", () => {
    const nearA = A.replace("Monday", "Tuesday");
    expect(summary(matchParagraphs([A, B, C, D], [B, C, D, nearA])).pairs).toContain("0→3 moved edited");
    const looseA = "The minister left Beijing on Friday after talks that ended without a deal.";
    const loose = summary(matchParagraphs([A, B, C, D], [B, C, D, looseA]));
    expect(loose.deleted).toEqual([0]);
    expect(loose.inserted).toEqual([3]);
  });

  it("keeps the longest in-order run in place when edited paragraphs swap", () => {
    const a2 = A.replace("two", "three");
    const e2 = E.replace("details", "fine print");
    const m = summary(matchParagraphs([A, E, C], [e2, a2, C]));
    expect(m.pairs.filter((x) => x.includes("moved"))).toHaveLength(1);
    expect(m.deleted).toEqual([]);
    expect(m.inserted).toEqual([]);
  });

  it("never moves blank paragraphs", () => {
    expect(summary(matchParagraphs(["", A, B], [A, B, ""]))).toEqual({ pairs: ["1→0", "2→1"], deleted: [0], inserted: [2] });
  });

  it("handles repeated identical paragraphs and empty documents", () => {
    expect(summary(matchParagraphs([C, C, C], [C, C])).deleted).toHaveLength(1);
    expect(summary(matchParagraphs([], []))).toEqual({ pairs: [], deleted: [], inserted: [] });
  });

  it("stays consistent when a reversed document of thousands of paragraphs exceeds the LCS cap", () => {
    const texts = Array.from({ length: 3000 }, (_, i) => `Paragraph number ${i} of the archive.`);
    const m = matchParagraphs(texts, [...texts].reverse());
    expect(m.complete).toBe(false);
    expect(m.pairs).toHaveLength(3000);
    expect(m.pairs.filter((x) => !x.moved)).toHaveLength(1);
  });
});
