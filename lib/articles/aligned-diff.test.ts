import { describe, expect, it } from "vitest";
import { diffDocuments } from "@/lib/diff";
import type { EditorDoc } from "@/lib/editor/validate";
import { alignDiffRows, compareAligned } from "./aligned-diff";

const p = (text: string) => ({ type: "paragraph", text });
const doc = (...paragraphs: string[]): EditorDoc =>
  ({ type: "doc", content: paragraphs.map((text) => ({ type: "paragraph", content: text ? [{ type: "text", text }] : [] })) }) as EditorDoc;

const ZH = ["第一段讲的是经济增长的情况。", "第二段讲的是数字产业化和产业数字化的推进。", "第三段是结尾。"];
const EN_OLD = ["The first paragraph is about economic growth.", "The second is about advancing digital industrialization And industrial digitalization.", "The third is the end."];

function rowsFor(oldTexts: string[], newTexts: string[], source = ZH) {
  const diff = diffDocuments(oldTexts.map(p), newTexts.map(p), { lang: "en" });
  return alignDiffRows({ source: source.map(p), targetTexts: newTexts, diff, sourceLang: "zh", targetLang: "en" });
}

describe("alignDiffRows", () => {
  it("puts each original paragraph beside the diff of its translation, and marks only the edited row changed", () => {
    const edited = [EN_OLD[0]!, EN_OLD[1]!.replace("And", "and"), EN_OLD[2]!];
    const rows = rowsFor(EN_OLD, edited);
    expect(rows.map((r) => r.source.map((s) => s.text))).toEqual([[ZH[0]], [ZH[1]], [ZH[2]]]);
    expect(rows.map((r) => r.blocks.map((b) => b.newIndex))).toEqual([[0], [1], [2]]);
    expect(rows.map((r) => r.changed)).toEqual([false, true, false]);
    expect(rows[1]!.blocks[0]!.parts.filter((x) => x.op !== "equal").map((x) => x.text)).toEqual(["And", "and"]);
  });

  it("keeps a deleted translation paragraph in the row of the paragraph that followed it", () => {
    const extra = "An extra sentence the MT invented out of nothing at all.";
    const old = [EN_OLD[0]!, extra, EN_OLD[1]!, EN_OLD[2]!];
    const rows = rowsFor(old, EN_OLD);
    const kinds = rows.map((r) => r.blocks.map((b) => b.kind));
    expect(kinds).toEqual([["equal"], ["deleted", "equal"], ["equal"]]);
    expect(rows.map((r) => r.changed)).toEqual([false, true, false]);
    // Nothing is lost: every diff entry is in exactly one row.
    expect(rows.flatMap((r) => r.blocks)).toHaveLength(4);
  });

  it("puts trailing deletions beside the last row, and an original paragraph without translation in a row of its own", () => {
    const rows = rowsFor([...EN_OLD, "A closing line that was removed."], EN_OLD.slice(0, 2), ZH);
    expect(rows.flatMap((r) => r.source.map((s) => s.text))).toEqual(ZH);
    expect(rows.flatMap((r) => r.blocks.map((b) => b.kind))).toEqual(["equal", "equal", "deleted", "deleted"]);
    expect(rows.at(-1)!.changed).toBe(true);
  });

  it("makes a row even when the newer version is empty", () => {
    const rows = rowsFor(["Only text."], [], []);
    expect(rows).toEqual([{ source: [], blocks: [expect.objectContaining({ kind: "deleted" })], changed: true }]);
  });
});

describe("compareAligned", () => {
  it("starts with the headline row: the original's title beside the title diff", () => {
    const result = compareAligned(
      { title: "Old Headline", content: doc(...EN_OLD) },
      { title: "New Headline", content: doc(...EN_OLD) },
      { title: "中文标题", content: doc(...ZH) },
      { sourceLang: "zh", targetLang: "en" },
    );
    expect(result.headline.source).toBe("中文标题");
    expect(result.headline.changed).toBe(true);
    expect(result.headline.blocks[0]!.parts.filter((x) => x.op !== "equal").map((x) => x.text)).toEqual(["Old", "New"]);
    expect(result.rows.map((r) => r.changed)).toEqual([false, false, false]);
  });
});
